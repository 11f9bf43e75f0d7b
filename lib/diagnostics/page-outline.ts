/**
 * A redacted outline of a page's structure that a seller can paste into a bug report when an
 * adapter no longer finds a part of the chat: tags, ids, classes, the names of `data-*` (and
 * other non-standard) attributes, and how many alike rows follow each other. Never text,
 * never attribute values.
 *
 * Ids and classes can carry personal data themselves (JD's contact rows are
 * `u_<buyer pin>imcustomer<shop id>`, Pinduoduo's `data-random` holds the buyer's uid, rows
 * are numbered by timestamps), so every id, class and attribute name is cut into segments at
 * `-`, `_`, `:` and `.`, and a segment becomes `*` when it
 * - holds a digit or a character outside ASCII letters (ids, phone and order numbers, names),
 * - is longer than 24 characters (hashes),
 * - or contains a word of 3 or more letters or digits that appears anywhere in the page's
 *   text or attribute values (a buyer's pin or nickname written into an id); then only the
 *   camelCase humps it touches are masked.
 * Masking too much costs a little diagnosis; masking too little leaks a customer.
 *
 * Pure over one document (tested on fixture pages). Nothing runs it until the seller asks:
 * the background then injects it into each frame of the tab it may read
 * (entrypoints/page-outline.ts), so the content script on every seller page stays small.
 * Frames are outlined one by one, each by its own injection, so a frame here is one line.
 */

export interface OutlineOptions {
  /** Deepest level shown (the root's children are level 1). */
  maxDepth?: number;
  /** Lines at most; the rest is counted, not shown. */
  maxLines?: number;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'HEAD', 'BASE', 'TITLE']);
/** Drawn as one line: their insides are pictures, not page structure. */
const LEAF_TAGS = new Set(['SVG', 'svg', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'SELECT']);
/** Attribute names every page has; their presence says nothing about the chat's structure. */
const STANDARD_ATTRIBUTES = new Set(
  (
    'id class style href src srcset sizes title alt type name value placeholder width height tabindex role dir lang ' +
    'for rel target disabled readonly checked selected spellcheck autocomplete autofocus draggable hidden maxlength ' +
    'minlength rows cols loading action method accept multiple crossorigin referrerpolicy allow allowfullscreen ' +
    'sandbox frameborder scrolling charset content http-equiv xmlns viewbox fill stroke d x y cx cy r points ' +
    'transform colspan rowspan border cellpadding cellspacing align valign nowrap label download enterkeyhint ' +
    'inputmode translate is slot part nonce integrity async defer novalidate pattern required size step min max ' +
    'contenteditable'
  ).split(' '),
);
/** Our own frame and layout style, which are not the page's. */
const OWN_IDS = new Set(['seller-assistant-sidebar-frame']);

const MAX_SEGMENT = 24;
const MIN_EVIDENCE_WORD = 3;

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'cite', 'data']);
const QUOTED = /(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;

/**
 * Lower-cased words (ASCII letters and digits, 3 or more) from the page's text and attribute
 * values: the personal data an id or class might repeat. Of scripts, only string literals
 * (inline state such as a buyer's nickname); of URLs, the path, query values and fragment
 * (not the host or the query's names, which every page shares).
 */
function collectEvidence(root: Node, evidence: Set<string>): void {
  const addWords = (value: string | null | undefined) => {
    if (!value) return;
    for (const word of value.toLowerCase().split(/[^a-z0-9]+/)) {
      if (word.length >= MIN_EVIDENCE_WORD) evidence.add(word);
    }
  };
  const addUrl = (value: string) => {
    try {
      const url = new URL(value, 'https://outline.invalid/');
      addWords(decodeURIComponent(url.pathname));
      for (const query of url.searchParams.values()) addWords(query);
      addWords(decodeURIComponent(url.hash));
    } catch {
      addWords(value);
    }
  };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4); // elements and text
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement?.tagName.toUpperCase();
      if (parent === 'STYLE') continue;
      if (parent === 'SCRIPT') {
        for (const match of (node.nodeValue ?? '').matchAll(QUOTED)) addWords(match[2]);
      } else {
        addWords(node.nodeValue);
      }
      continue;
    }
    const el = node as Element;
    for (const attribute of Array.from(el.attributes)) {
      if (attribute.name === 'id' || attribute.name === 'class' || attribute.name === 'style') continue;
      if (URL_ATTRIBUTES.has(attribute.name)) addUrl(attribute.value);
      else addWords(attribute.value);
    }
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') addWords((el as HTMLInputElement).value);
  }
}

/**
 * Masks the parts of one segment (letters only, between separators) that repeat page data:
 * a match anywhere in the segment (also across camelCase humps: "LinXiaoyu") masks every
 * hump it touches; the other humps stay ("chatWindowHeader" with "window" in the text gives
 * "chat*Header").
 */
function maskEvidence(segment: string, evidence: ReadonlySet<string>): string {
  const lower = segment.toLowerCase();
  const covered = new Array<boolean>(segment.length).fill(false);
  let any = false;
  for (let start = 0; start + MIN_EVIDENCE_WORD <= lower.length; start += 1) {
    for (let end = start + MIN_EVIDENCE_WORD; end <= lower.length; end += 1) {
      if (!evidence.has(lower.slice(start, end))) continue;
      any = true;
      for (let i = start; i < end; i += 1) covered[i] = true;
    }
  }
  if (!any) return segment;
  const humps = segment.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [segment];
  let offset = 0;
  return humps
    .map((hump) => {
      const touched = covered.slice(offset, offset + hump.length).some(Boolean);
      offset += hump.length;
      return touched ? '*' : hump;
    })
    .join('')
    .replace(/\*+/g, '*');
}

function maskSegment(segment: string, evidence: ReadonlySet<string>): string {
  if (segment === '') return segment;
  if (!/^[A-Za-z]+$/.test(segment) || segment.length > MAX_SEGMENT) return '*';
  return maskEvidence(segment, evidence);
}

/** Masks one id, class or attribute name (see the module comment); cached per page. */
function makeMasker(evidence: ReadonlySet<string>): (token: string) => string {
  const cache = new Map<string, string>();
  return (token) => {
    let masked = cache.get(token);
    if (masked === undefined) {
      masked = token
        .split(/([-_:.]+)/)
        .map((part, index) => (index % 2 === 1 ? part : maskSegment(part, evidence)))
        .join('')
        // Runs of masked segments say no more than one.
        .replace(/\*(?:[-_:.]+\*)+/g, '*');
      cache.set(token, masked);
    }
    return masked;
  };
}

interface Described {
  /** What alike siblings share: tag, classes and attribute names (not the id). */
  key: string;
  id: string | undefined;
}

function describe(el: Element, mask: (token: string) => string): Described {
  const tag = el.tagName.toLowerCase();
  const classes = [...new Set(Array.from(el.classList, mask))].slice(0, 10);
  const names = Array.from(el.attributes, (a) => a.name.toLowerCase())
    .filter((name) => name.startsWith('data-') || (!STANDARD_ATTRIBUTES.has(name) && !name.startsWith('aria-') && !name.startsWith('on')))
    .map(mask)
    .sort();
  const editable = el.getAttribute('contenteditable');
  const marks = [...new Set(names)].map((name) => `[${name}]`);
  if (editable !== null && editable !== 'false') marks.push('[contenteditable]');
  const key = `${tag}${classes.map((c) => `.${c}`).join('')}${marks.length ? ` ${marks.join('')}` : ''}`;
  const id = el.id ? mask(el.id) : undefined;
  return { key, id };
}

function withId(key: string, id: string | undefined): string {
  if (!id) return key;
  const space = key.indexOf(' ');
  return space === -1 ? `${key}#${id}` : `${key.slice(0, space)}#${id}${key.slice(space)}`;
}

export function buildPageOutline(root: Document | Element, options: OutlineOptions = {}): string {
  const maxDepth = options.maxDepth ?? 40;
  const maxLines = options.maxLines ?? 800;
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (!start) return '(empty page)';

  const evidence = new Set<string>();
  collectEvidence(start, evidence);
  const mask = makeMasker(evidence);

  const lines: string[] = [];
  let hidden = 0;
  const emit = (depth: number, text: string) => {
    if (lines.length >= maxLines) {
      hidden += 1;
      return;
    }
    lines.push(`${'  '.repeat(depth)}${text}`);
  };

  const visit = (el: Element, depth: number, count: number, ids: readonly (string | undefined)[]): void => {
    const { key } = describe(el, mask);
    // Alike rows each with their own id: the ids are data (row numbers, buyer pins), never shown.
    const distinctIds = new Set(ids.filter(Boolean));
    const id = count > 1 ? (distinctIds.size > 0 ? '*' : undefined) : ids[0];
    let line = withId(key, id);
    if (count > 1) line += ` ×${count}`;
    emit(depth, line);
    if (!LEAF_TAGS.has(el.tagName) && depth < maxDepth) visitChildren(el, depth + 1);
    else if (el.children.length > 0 && !LEAF_TAGS.has(el.tagName)) emit(depth + 1, '…');
  };

  const visitChildren = (parent: Element, depth: number): void => {
    const children = Array.from(parent.children).filter(
      (child) => !SKIPPED_TAGS.has(child.tagName.toUpperCase()) && !OWN_IDS.has(child.id) && !(child as HTMLElement).dataset?.sellerAssistant,
    );
    let index = 0;
    while (index < children.length) {
      const first = children[index] as Element;
      const { key } = describe(first, mask);
      const ids: (string | undefined)[] = [first.id ? mask(first.id) : undefined];
      let next = index + 1;
      while (next < children.length && describe(children[next] as Element, mask).key === key) {
        const sibling = children[next] as Element;
        ids.push(sibling.id ? mask(sibling.id) : undefined);
        next += 1;
      }
      // Of a run of alike rows, the last is outlined: the newest message in a chat list.
      visit(children[next - 1] as Element, depth, next - index, ids);
      index = next;
    }
  };

  visit(start, 0, 1, [start.id ? mask(start.id) : undefined]);
  if (hidden > 0) lines.push(`… ${hidden} more lines not shown`);
  return lines.join('\n');
}
