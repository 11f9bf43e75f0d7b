/**
 * Classifier benchmark: accuracy on the labelled fixtures (dev, held-out, English sanity set)
 * and throughput. Run: npx tsx -e "import('./tests/bench/classifier.ts').then(m=>m.run())"
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../../lib/situations/classify';
import { evaluate, formatReport, parseLabelledTsv, type LabelledMessage } from '../../lib/situations/evaluate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SETS: { title: string; path: string; note: string }[] = [
  { title: 'dev.tsv', path: resolve(root, 'tests/fixtures/situations/dev.tsv'), note: 'tuning set' },
  { title: 'holdout.tsv', path: resolve(root, 'tests/fixtures/situations/holdout.tsv'), note: 'held out, never tuned on' },
  {
    title: 'en-support-intents.tsv',
    path: resolve(root, '../shared/data/en-support-intents.tsv'),
    note: 'English sanity set (machine-expanded, not real chats)',
  },
];

export async function run(): Promise<void> {
  const all: LabelledMessage[] = [];
  for (const set of SETS) {
    if (!existsSync(set.path)) {
      console.log(`${set.title}: not present (${set.path}), skipped`);
      continue;
    }
    const examples = parseLabelledTsv(readFileSync(set.path, 'utf8'));
    all.push(...examples);
    console.log(`\n[${set.note}]`);
    console.log(formatReport(set.title, evaluate(examples, (t) => classify(t))));
  }
  if (all.length === 0) return;

  const texts = all.map((e) => e.text);
  // Warm-up lets the JIT settle before timing.
  for (let i = 0; i < 20_000; i++) classify(texts[i % texts.length]!);
  const seconds = 4;
  let n = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) classify(texts[(n + i) % texts.length]!);
    n += 1000;
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`\nthroughput: ${Math.round(n / elapsed).toLocaleString('en')} messages/second (${n} messages in ${elapsed.toFixed(1)} s, mixed zh/en)`);
}
