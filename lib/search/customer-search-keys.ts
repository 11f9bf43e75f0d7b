/**
 * The keys a customer can be found by, stored in a multi-entry index so a search is one
 * index range scan however large the archive is. A prefix lookup on suffixes is a substring
 * lookup: storing every suffix of the phone digits lets "5678" or "1234" find
 * 138-1234-5678; pinyin and initials suffixes let "sanfeng" or "sf" find 张三丰.
 */
import { pinyin } from 'pinyin-pro';
import { foldForSearch } from './pinyin-keys';

const HAN = /\p{Script=Han}/u;
/** Four digits is the shortest fragment sellers search by (the last four of a phone). */
export const MIN_PHONE_FRAGMENT = 4;
const MAX_NAME_CHARS = 12;

export interface SearchableCustomer {
  name?: string;
  nickname?: string;
  platformUid: string;
  phone?: string;
}

export function customerSearchKeys(customer: SearchableCustomer): string[] {
  const keys = new Set<string>();
  for (const text of [customer.name, customer.nickname]) {
    if (text) addNameKeys(keys, text);
  }
  keys.add(foldForSearch(customer.platformUid));
  const digits = (customer.phone ?? '').replace(/\D/g, '');
  for (let start = 0; start <= digits.length - MIN_PHONE_FRAGMENT; start++) keys.add(digits.slice(start));
  keys.delete('');
  return [...keys];
}

function addNameKeys(keys: Set<string>, raw: string): void {
  const folded = foldForSearch(raw).slice(0, MAX_NAME_CHARS * 2);
  // Masked nicknames like "e***e" carry no searchable letters beyond themselves.
  keys.add(folded);
  if (!HAN.test(folded)) return;
  const chars = [...folded].slice(0, MAX_NAME_CHARS);
  for (let i = 1; i < chars.length; i++) keys.add(chars.slice(i).join(''));
  const syllables = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true }).map((s) =>
    s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  );
  for (let i = 0; i < syllables.length; i++) {
    const rest = syllables.slice(i).filter(Boolean);
    if (rest.length === 0) continue;
    keys.add(rest.join(''));
    keys.add(rest.map((s) => s[0]).join(''));
  }
}

/** How a typed query is looked up: the same folding as the keys; digits-only keeps digits. */
export function customerQueryKey(query: string): string {
  const folded = foldForSearch(query);
  return /^[\d\s+()-]+$/.test(query.trim()) ? folded.replace(/\D/g, '') : folded;
}
