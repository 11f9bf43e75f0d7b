/**
 * The content scripts of the built extension, as its manifest lists them, with their sizes:
 * they load on every seller page, so their gzip size has a budget (issue 12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 20 KB gzip for each content script (a seller page loads one). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 20 * 1024;

export interface ManifestContentScript {
  matches: string[];
  js?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
}

export interface ContentScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

export function manifestContentScripts(extensionDir: string): ManifestContentScript[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: ManifestContentScript[] };
  return manifest.content_scripts ?? [];
}

export function contentScriptSizes(extensionDir: string): ContentScriptSize[] {
  const files = [...new Set(manifestContentScripts(extensionDir).flatMap((script) => script.js ?? []))];
  return files.map((file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}
