/** Save data as a file through a temporary object URL (no extra permission needed). */
export function downloadBlob(filename: string, data: string | Uint8Array | Blob, type: string): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBlob(filename, text, type);
}
