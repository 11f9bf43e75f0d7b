/**
 * Classifier benchmark: accuracy on the labelled fixtures (dev, extra-*, held-out, English
 * sanity set), k-fold cross-validation of the n-gram fallback over dev + extra, and throughput.
 * The held-out set prints its overall line only: its per-situation table would invite tuning. Run: npx tsx -e "import('./tests/bench/classifier.ts').then(m=>m.run())"
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, createClassifier } from '../../lib/situations/classify';
import { crossValidate } from '../../lib/situations/cross-validate';
import { evaluate, formatReport, parseLabelledTsv, type LabelledMessage } from '../../lib/situations/evaluate';
import { chatFixturePaths, readTrainingSources, weighted } from '../../lib/situations/train-ngram';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SETS: { title: string; path: string; note: string; summaryOnly?: boolean }[] = [
  { title: 'dev.tsv', path: resolve(root, 'tests/fixtures/situations/dev.tsv'), note: 'tuning set (also n-gram training data)' },
  ...chatFixturePaths(root)
    .filter((path) => !path.endsWith('/dev.tsv'))
    .map((path) => ({ title: path.slice(path.lastIndexOf('/') + 1), path, note: 'own extra phrasings (also n-gram training data)' })),
  {
    title: 'holdout.tsv',
    path: resolve(root, 'tests/fixtures/situations/holdout.tsv'),
    note: 'held out, never tuned on',
    summaryOnly: true,
  },
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
    const report = formatReport(set.title, evaluate(examples, (t) => classify(t)));
    console.log(set.summaryOnly ? report.split('\n')[0] : report);
  }
  if (all.length === 0) return;

  // The model is trained on dev + extra, so its figures there are flattering; these are not
  // (for the model; the rules were still written while reading these sets).
  const { chat, english } = readTrainingSources(root);
  const rulesOnly = createClassifier(null);
  const plain = evaluate(chat, (t) => rulesOnly(t));
  const cv = crossValidate({ chat, alwaysTrain: english, toExamples: weighted, folds: 5 });
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`\n[dev + extra, ${chat.length} messages]`);
  console.log(`  rules alone:               top-1 ${pct(plain.top1)}, top-3 ${pct(plain.top3)}, missed as other ${plain.missedAsOther}`);
  console.log(`  rules + n-gram, 5-fold CV: top-1 ${pct(cv.top1)}, top-3 ${pct(cv.top3)}, missed as other ${cv.missedAsOther}, 'other' given a situation ${cv.falseSituation}`);
  // The same CV predictions per source file: the persona sets written late show how the model
  // copes with voices it was not built from (their rules were still tuned on them).
  const wrong = new Set(cv.errors.map((e) => e.example.text));
  for (const path of chatFixturePaths(root)) {
    const rows = parseLabelledTsv(readFileSync(path, 'utf8'));
    const right = rows.filter((m) => !wrong.has(m.text)).length;
    console.log(`    ${path.slice(path.lastIndexOf('/') + 1).padEnd(28)} CV top-1 ${pct(right / rows.length)} (${rows.length})`);
  }

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
