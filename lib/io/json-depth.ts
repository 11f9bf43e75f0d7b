/**
 * A bound on how deeply a JSON file nests, checked on the text before anything parses it.
 *
 * The files we read (backups, template packs) nest a handful of levels. A hand-made file
 * nesting thousands deep parses, but then every recursive walk over it (the backup checksum,
 * schema validation, IndexedDB's structured clone) overflows the stack and the seller sees
 * "Maximum call stack size exceeded" instead of a reason.
 */
import { localized, type Localized } from '../i18n/localized';

/** Ten times what our own files use (a backup's haggle state is the deepest, at 6). */
export const MAX_JSON_DEPTH = 64;

/** Whether arrays and objects in `text` nest deeper than `limit`; one pass, strings skipped. */
export function jsonNestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

export function tooDeepMessage(limit = MAX_JSON_DEPTH): Localized {
  return localized(
    `文件的嵌套超过 ${limit} 层，不是售后助手导出的文件（可能被改坏或是恶意构造的），没有导入任何内容。`,
    `The file nests more than ${limit} levels deep, so it is not a file Seller Assistant wrote (it may be damaged or crafted); nothing was imported.`,
  );
}
