/**
 * The labelled data the trained model learns from and is measured on:
 *   - today's hand-written sets: tests/fixtures/situations/dev.tsv and extra-*.tsv;
 *   - the issue-12 corpus: tests/fixtures/situations/corpus/train/*.tsv (single messages,
 *     header `text situation also vertical persona`) and *.jsonl (follow-ups with their
 *     `history`), and corpus/sealed/ (same formats), written by a separate pass on verticals
 *     and personas the training never saw: measured, never trained or tuned on;
 *   - the English sanity set in ../shared/data (when present).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelledTsv, type LabelledMessage } from './evaluate';
import type { Turn } from './rule-classifier';
import { isSituationId, type SituationId } from './taxonomy';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = 'tests/fixtures/situations';
export const CORPUS_TRAIN = `${FIXTURES}/corpus/train`;
export const CORPUS_SEALED = `${FIXTURES}/corpus/sealed`;
const ENGLISH = '../shared/data/en-support-intents.tsv';

export interface LabelledMessageWithSource extends LabelledMessage {
  /** File name the row came from. */
  source: string;
  vertical?: string;
  persona?: string;
}

export interface LabelledFollowUp {
  history: Turn[];
  text: string;
  situation: SituationId;
  also: SituationId[];
  source: string;
  line: number;
  vertical?: string;
  persona?: string;
}

export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => resolve(dir, name));
}

/** dev.tsv and every extra-*.tsv, in name order. */
export function legacyChatPaths(root = REPO_ROOT): string[] {
  const dir = resolve(root, FIXTURES);
  return [resolve(dir, 'dev.tsv'), ...listFiles(dir, '.tsv').filter((p) => /\/extra-[^/]*\.tsv$/.test(p))];
}

export function englishPath(root = REPO_ROOT): string {
  return resolve(root, ENGLISH);
}

export function readTsv(path: string): LabelledMessageWithSource[] {
  const source = path.slice(path.lastIndexOf('/') + 1);
  const content = readFileSync(path, 'utf8');
  let rows: LabelledMessage[];
  try {
    rows = parseLabelledTsv(content);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split('\t');
  const verticalCol = header.indexOf('vertical');
  const personaCol = header.indexOf('persona');
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  return rows.map((row) => {
    const cols = lines[row.line - 1]!.split('\t');
    return {
      ...row,
      source,
      vertical: verticalCol >= 0 ? cols[verticalCol]?.trim() || undefined : undefined,
      persona: personaCol >= 0 ? cols[personaCol]?.trim() || undefined : undefined,
    };
  });
}

/** Follow-up conversations, one JSON object a line; a bad line is an error naming it. */
export function readJsonl(path: string): LabelledFollowUp[] {
  const source = path.slice(path.lastIndexOf('/') + 1);
  const out: LabelledFollowUp[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, n) => {
      if (line.trim() === '') return;
      const where = `${path}: line ${n + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const o = value as Record<string, unknown>;
      if (typeof o.text !== 'string' || typeof o.situation !== 'string' || !isSituationId(o.situation)) {
        throw new Error(`${where}: needs "text" and a known "situation"`);
      }
      const history: Turn[] = [];
      for (const turn of Array.isArray(o.history) ? o.history : []) {
        const t = turn as Record<string, unknown>;
        if ((t.from !== 'buyer' && t.from !== 'seller') || typeof t.text !== 'string') throw new Error(`${where}: a history turn needs "from" (buyer|seller) and "text"`);
        history.push({ from: t.from, text: t.text });
      }
      const also = (Array.isArray(o.also) ? o.also : []).filter((id): id is SituationId => typeof id === 'string' && isSituationId(id));
      out.push({
        history,
        text: o.text,
        situation: o.situation,
        also,
        source,
        line: n + 1,
        vertical: typeof o.vertical === 'string' ? o.vertical : undefined,
        persona: typeof o.persona === 'string' ? o.persona : undefined,
      });
    });
  return out;
}

/** How two messages count as the same text: NFKC, case and whitespace folded. */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export interface TrainingCorpus {
  /** Today's hand-written chat sets. */
  legacy: LabelledMessageWithSource[];
  /** The issue-12 training messages. */
  corpus: LabelledMessageWithSource[];
  /** The issue-12 training follow-ups (used to tune context, not to train the message model). */
  followUps: LabelledFollowUp[];
  english: LabelledMessageWithSource[];
  /**
   * Texts of the sealed split (textKey). Short phrases written independently coincide
   * ("快递员态度很差", "Never mind"); such rows are dropped from training so the sealed figures
   * measure only what the model never saw. Nothing else of the sealed split is read.
   */
  sealedKeys: Set<string>;
  /** Every file read, for the inputs hash. */
  files: string[];
}

export function readTrainingCorpus(root = REPO_ROOT): TrainingCorpus {
  const legacyPaths = legacyChatPaths(root);
  const corpusTsv = listFiles(resolve(root, CORPUS_TRAIN), '.tsv');
  const corpusJsonl = listFiles(resolve(root, CORPUS_TRAIN), '.jsonl');
  const en = englishPath(root);
  const english = existsSync(en) ? readTsv(en) : [];
  const sealedDir = resolve(root, CORPUS_SEALED);
  const sealedFiles = [...listFiles(sealedDir, '.tsv'), ...listFiles(sealedDir, '.jsonl')];
  const sealed = readSealedCorpus(root);
  const sealedKeys = new Set([...sealed.messages, ...sealed.followUps].map((m) => textKey(m.text)));
  return {
    sealedKeys,
    legacy: legacyPaths.flatMap(readTsv),
    corpus: corpusTsv.flatMap(readTsv),
    followUps: corpusJsonl.flatMap(readJsonl),
    english,
    files: [...legacyPaths, ...corpusTsv, ...corpusJsonl, ...(existsSync(en) ? [en] : []), ...sealedFiles],
  };
}

export interface SealedCorpus {
  messages: LabelledMessageWithSource[];
  followUps: LabelledFollowUp[];
}

export function readSealedCorpus(root = REPO_ROOT): SealedCorpus {
  const dir = resolve(root, CORPUS_SEALED);
  return { messages: listFiles(dir, '.tsv').flatMap(readTsv), followUps: listFiles(dir, '.jsonl').flatMap(readJsonl) };
}
