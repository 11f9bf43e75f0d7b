/**
 * Turns a failed bulk write into a message the seller can act on. IndexedDB reports a full
 * disk as QuotaExceededError, which Dexie may wrap (AbortError with an `inner` cause, or a
 * BulkError listing failures), so the whole chain is searched.
 */
import { localized, type Localized } from '../i18n/localized';

function errorNames(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof e.name === 'string' ? [e.name] : [];
  names.push(...errorNames(e.inner ?? e.cause, depth + 1));
  // Dexie's BulkError lists the failed operations' own errors.
  if (Array.isArray(e.failures)) for (const failure of e.failures.slice(0, 5)) names.push(...errorNames(failure, depth + 1));
  return names;
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

export function describeWriteError(error: unknown): Localized {
  if (isQuotaError(error)) {
    return localized(
      '浏览器存储空间不足，没有写入任何内容。请清理磁盘或浏览器数据、申请持久存储后再试。',
      'The browser ran out of storage space; nothing was written. Free some disk or browser space, or request persistent storage, then try again.',
    );
  }
  if (errorNames(error).includes('ConstraintError')) {
    return localized(
      '档案在预览之后有变化（有重复的买家 ID），没有写入任何内容。请重新预览后再导入。',
      'The archive changed after the preview (a buyer id now exists twice); nothing was written. Preview again, then import.',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return localized(`写入失败，没有写入任何内容：${detail}`, `The write failed and nothing was written: ${detail}`);
}
