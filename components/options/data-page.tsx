/** Import, export, backup and erase for the whole archive (filled in below). */
export function DataPage() {
  return <section data-testid="data-page" />;
}
