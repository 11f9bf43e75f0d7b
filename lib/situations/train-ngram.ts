/**
 * Regenerates lib/situations/ngram-model.json from the labelled data:
 *   npx tsx lib/situations/train-ngram.ts
 * Sources: tests/fixtures/situations/dev.tsv, every tests/fixtures/situations/extra-*.tsv, and
 * the English sanity set in ../shared/data (when present). The held-out set is never read.
 * A unit test retrains and compares, so edit the data, then rerun this and commit both.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelledTsv, type LabelledMessage } from './evaluate';
import { trainNgramModel, type SerializedNgramModel, type TrainingExample } from './ngram-model';
import { normalizeMessage } from './normalize';

/** Hand-written chat lines outweigh the machine-expanded English set, which is 4× larger. */
export const CHAT_WEIGHT = 10;
export const ENGLISH_WEIGHT = 3;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = 'tests/fixtures/situations';
const ENGLISH = '../shared/data/en-support-intents.tsv';

export interface TrainingSources {
  /** dev.tsv and extra-*.tsv rows: the sets cross-validation folds are cut from. */
  chat: LabelledMessage[];
  /** The English sanity set, always in training (empty when the file is absent). */
  english: LabelledMessage[];
}

export function chatFixturePaths(root = REPO_ROOT): string[] {
  const dir = resolve(root, FIXTURES);
  const extras = readdirSync(dir)
    .filter((name) => /^extra-.*\.tsv$/.test(name))
    .sort();
  return ['dev.tsv', ...extras].map((name) => resolve(dir, name));
}

export function englishPath(root = REPO_ROOT): string {
  return resolve(root, ENGLISH);
}

export function readTrainingSources(root = REPO_ROOT): TrainingSources {
  const chat = chatFixturePaths(root).flatMap((path) => parseLabelled(path));
  const en = englishPath(root);
  return { chat, english: existsSync(en) ? parseLabelled(en) : [] };
}

export function weighted(chat: readonly LabelledMessage[], english: readonly LabelledMessage[]): TrainingExample[] {
  return [
    ...chat.map((m) => ({ text: m.text, situation: m.situation, weight: CHAT_WEIGHT })),
    ...english.map((m) => ({ text: m.text, situation: m.situation, weight: ENGLISH_WEIGHT })),
  ];
}

export function buildNgramModel(root = REPO_ROOT): SerializedNgramModel {
  const { chat, english } = readTrainingSources(root);
  return trainNgramModel(weighted(chat, english), normalizeMessage);
}

/** The exact file content, shared by the script and the up-to-date test. */
export function serializeModel(model: SerializedNgramModel): string {
  return JSON.stringify(model) + '\n';
}

function parseLabelled(path: string): LabelledMessage[] {
  try {
    return parseLabelledTsv(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const model = buildNgramModel();
  const out = resolve(REPO_ROOT, 'lib/situations/ngram-model.json');
  const content = serializeModel(model);
  writeFileSync(out, content);
  const grams = model.grams.split('\n').length;
  console.log(`wrote ${out}: ${grams} grams, ${(Buffer.byteLength(content) / 1024).toFixed(0)} KB`);
}
