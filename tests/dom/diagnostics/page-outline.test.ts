/**
 * The page outline a seller pastes into a bug report must describe the structure and carry
 * nothing from the conversation: no message text, names, uids, phone or order numbers, not
 * even when a page writes them into ids, classes or attribute names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageOutline } from '../../../lib/diagnostics/page-outline';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function fixtureFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['sites', 'frames', 'demo', 'outline', 'hostile']) {
    const root = join(FIXTURES, dir);
    const walk = (path: string) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.html')) files.push(full);
      }
    };
    try {
      walk(root);
    } catch {
      // A fixture folder this branch does not have.
    }
  }
  return files;
}

/**
 * Everything personal a page holds, as the outline could spell it: every word of 3 or more
 * ASCII letters or digits in the page's text, in string literals of its scripts, and in its
 * attribute values (of a URL: the path, the query's values and the fragment; ids and classes
 * excepted: their structural parts are what the outline is for, and their personal parts are
 * checked through the same words found elsewhere). Digits are checked on their own.
 */
function personalWords(doc: Document): Set<string> {
  const words = new Set<string>();
  const add = (value: string | null) => {
    for (const word of (value ?? '').toLowerCase().split(/[^a-z0-9]+/)) if (word.length >= 3) words.add(word);
  };
  const body = doc.body;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.tagName;
      if (parent === 'SCRIPT') for (const literal of (node.nodeValue ?? '').match(/'[^'\n]*'|"[^"\n]*"/g) ?? []) add(literal);
      else if (parent !== 'STYLE') add(node.nodeValue);
    } else {
      for (const attribute of Array.from((node as Element).attributes)) {
        if (['id', 'class', 'style'].includes(attribute.name)) continue;
        if (['href', 'src'].includes(attribute.name)) {
          const url = new URL(attribute.value, 'https://fixture.invalid/');
          [url.pathname, ...url.searchParams.values(), url.hash].forEach(add);
        } else {
          add(attribute.value);
        }
      }
    }
  }
  return words;
}

/** The outline's words that are not personal even when a page's text uses them too. */
function outlineVocabulary(doc: Document): Set<string> {
  const tags = new Set(Array.from(doc.querySelectorAll('*'), (el) => el.tagName.toLowerCase()));
  return new Set([...tags, 'more', 'lines', 'not', 'shown']);
}

function assertRedacted(outline: string, doc: Document, where: string): void {
  expect(outline, where).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/); // no Chinese text or full-width signs
  expect(outline.replace(/×\d+/g, '').replace(/… \d+ more lines/, '').replace(/\bh[1-6]\b/g, ''), where).not.toMatch(/\d/); // no numbers (but h1–h6)
  // The outline's own marker for editors is not page data.
  const vocabulary = outlineVocabulary(doc);
  // Tag names are the page's structure, not its data: a page word that only begins a tag name
  // ("text" and <textarea>) is not a leak, so whole tag names are taken out before looking.
  let lower = outline.toLowerCase().replaceAll('[contenteditable]', '');
  for (const tag of [...vocabulary].sort((a, b) => b.length - a.length)) {
    lower = lower.replace(new RegExp(`(^|[^a-z0-9])${tag}(?![a-z0-9])`, 'g'), '$1');
  }
  const leaked = [...personalWords(doc)].filter((word) => !vocabulary.has(word) && new RegExp(`(^|[^a-z0-9])${word}`).test(lower));
  expect(leaked, where).toEqual([]);
}

describe('page outline', () => {
  const html = readFileSync(join(FIXTURES, 'outline/personal-data-chat.html'), 'utf8');
  const doc = parse(html);
  const outline = buildPageOutline(doc);

  it('keeps the structure a bug report needs', () => {
    for (const part of [
      'div.workbench.index-module__root--*#app',
      'section.chat-window#msgListContainer',
      'div.chatWindowHeader',
      'div.buyer*Card',
      'ul.msg-list',
      'li.onemsg#* ×3',
      'div.buyer-item [currentuid]',
      'p.msg-content-box',
      'div.chat-item-box.active [data-random]',
      'span.nickname-span',
      'textarea#replyTextarea',
      'div.EditorContent [contenteditable]',
      'button.send-btn',
      'iframe#im-*-search',
    ]) {
      const [head, tail] = part.includes(' [') || part.includes(' #') ? part.split(' ') : [part, ''];
      expect(outline).toContain(head);
      if (tail) expect(outline).toContain(tail);
    }
    // Alike sibling rows are counted, not repeated.
    expect(outline.match(/li\.onemsg/g)).toHaveLength(1);
    expect(outline).toMatch(/div\.alluser-item#\* ×2/);
  });

  it('carries no text, names, uids, phone or order numbers, even from ids, classes and attribute names', () => {
    for (const secret of [
      '林小雨',
      '张三',
      'linxiaoyu',
      'zhangsan',
      'wangwu',
      '8834512',
      '13812345678',
      '2026120412345678',
      '10086',
      '1733300000000',
      '998877',
      'SF1234567890123',
      'example.com',
      'a9f3c2e1b7d4',
      'E***E',
      '退款',
      'secret',
      'color',
    ]) {
      expect(outline.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // The ids that held a buyer's pin keep only their structural words.
    expect(outline).toContain('div.alluser-item.alluser-item_check#u_jd_*\n');
    expect(outline).not.toContain('u_zhangsan');
    expect(outline).toContain('[data-uid-*]');
    expect(outline).toContain('div.u-*-badge.*-gold [data-buyer-level][data-uid-*]');
    assertRedacted(outline, doc, 'personal-data-chat.html');
  });

  it.each(fixtureFiles().map((file) => [file.slice(FIXTURES.length + 1), file]))('%s: nothing from the conversation', (_name, file) => {
    const page = parse(readFileSync(file, 'utf8'));
    const pageOutline = buildPageOutline(page);
    expect(pageOutline.split('\n').length).toBeGreaterThan(1);
    assertRedacted(pageOutline, page, file);
  });

  it('stops at its line budget and says how much it left out', () => {
    const big = parse(`<body>${Array.from({ length: 50 }, (_, i) => `<div class="k${'abcdefghij'[i % 10]}x"><span class="s${'abcdefghij'[i % 10]}"></span></div>`).join('')}</body>`);
    const limited = buildPageOutline(big, { maxLines: 10 });
    const lines = limited.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^… \d+ more lines not shown$/);
  });
});
