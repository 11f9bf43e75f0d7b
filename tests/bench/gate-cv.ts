/**
 * `npm run bench -- gate-cv`: the context gate cross-validated on the training conversations
 * (corpus/train/*.jsonl), through the whole classifier (the gate, the hand-set mixing for a bare
 * number, the ranking). Training data only; the sealed split is not read beyond the trainer's
 * dropping of shared texts.
 *
 * Two ways to train the gate: on the shipped message models' scores of its conversations
 * ("in-sample", the former trainer) or on cross-fitted scores (each conversation scored by
 * message models trained without its writing pass, train.ts). Two ways to score the held-out
 * conversations: by the shipped models (the former evaluation; they trained on the same passes)
 * or cross-fitted (the message models never saw the pass: what new chats look like).
 */
import { performance } from 'node:perf_hooks';
import { readTrainingCorpus, type LabelledFollowUp } from '../../lib/situations/corpus';
import { GATE_OPTIONS, VALIDATION_FOLDS, buildModel, gateExamples, gateFold } from '../../lib/situations/train';
import { loadEnsemble, serializeLr, trainLr, type Ensemble, type LrExample } from '../../lib/situations/lr-model';
import { createModelClassifier, type Classifier } from '../../lib/situations/model-classifier';

interface Figures {
  top1: number;
  top3: number;
  n: number;
  /** Per scored conversation (by index): main situation right. */
  right: Map<number, boolean>;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** Gate trained on `train` rows of the other folds, each held-out conversation scored by `testScorers`. */
function crossValidate(
  followUps: readonly LabelledFollowUp[],
  train: readonly LrExample[],
  temperature: number,
  testScorers: readonly Ensemble[],
  scored: (f: LabelledFollowUp) => boolean,
): Figures {
  const fold = followUps.map(gateFold);
  let top1 = 0;
  let top3 = 0;
  let n = 0;
  const right = new Map<number, boolean>();
  for (let k = 0; k < VALIDATION_FOLDS; k++) {
    const gate = serializeLr(trainLr(train.filter((_, i) => fold[i] !== k), GATE_OPTIONS), {
      features: { words: false, rules: false },
      temperature,
      unsure: testScorers[0]!.serialized.unsure,
      inputsHash: 'cv',
    });
    const classifiers = new Map<Ensemble, Classifier>();
    followUps.forEach((f, i) => {
      if (fold[i] !== k || !scored(f)) return;
      const scorer = testScorers[i]!;
      let classify = classifiers.get(scorer);
      if (!classify) classifiers.set(scorer, (classify = createModelClassifier(loadEnsemble({ ...scorer.serialized, context: gate }))));
      const ranked = classify(f.text, { history: f.history }).situations;
      n++;
      right.set(i, ranked[0]?.id === f.situation);
      if (ranked[0]?.id === f.situation) top1++;
      if (ranked.slice(0, 3).some((s) => s.id === f.situation)) top3++;
    });
  }
  return { top1: top1 / n, top3: top3 / n, n, right };
}

export async function run(): Promise<void> {
  const corpus = readTrainingCorpus();
  let started = performance.now();
  const before = buildModel(corpus, { inSampleGate: true });
  const inSampleSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const after = buildModel(corpus);
  const crossFitSeconds = (performance.now() - started) / 1000;
  console.log(`training: in-sample gate ${inSampleSeconds.toFixed(1)} s, cross-fitted gate ${crossFitSeconds.toFixed(1)} s`);
  const followUps = after.gate!.followUps;
  const shipped = before.gate!.scorers;
  const crossFitted = after.gate!.scorers;
  const rows = { 'in-sample': gateExamples(followUps, shipped), 'cross-fitted': gateExamples(followUps, crossFitted) };
  const temperatures = { 'in-sample': before.model.context!.temperature, 'cross-fitted': after.model.context!.temperature };
  const subsets: [string, (f: LabelledFollowUp) => boolean][] = [
    ['w1–w4', (f) => /^w[1-4]-/.test(f.source)],
    ['all', () => true],
  ];
  console.log(`\n[context gate, ${VALIDATION_FOLDS}-fold cross-validation on ${followUps.length} training conversations, top-1 / top-3]`);
  console.log(`  ${'gate trained on'.padEnd(16)} ${'held-out scored by'.padEnd(22)} ${subsets.map(([name]) => name.padEnd(22)).join('')}`);
  const honest = new Map<string, Figures>();
  for (const gateOn of ['in-sample', 'cross-fitted'] as const) {
    for (const [testName, scorers] of [
      ['shipped models', shipped],
      ['cross-fitted models', crossFitted],
    ] as const) {
      const cells = subsets.map(([, scored]) => {
        const f = crossValidate(followUps, rows[gateOn], temperatures[gateOn], scorers, scored);
        if (scorers === crossFitted) honest.set(`${gateOn}|${subsets.find(([, s]) => s === scored)![0]}`, f);
        return `${pct(f.top1)} / ${pct(f.top3)} (${f.n})`.padEnd(22);
      });
      console.log(`  ${gateOn.padEnd(16)} ${testName.padEnd(22)} ${cells.join('')}`);
    }
  }
  // Paired: on held-out conversations scored as new text, where the two gates disagree.
  for (const [name] of subsets) {
    const a = honest.get(`in-sample|${name}`)!.right;
    const b = honest.get(`cross-fitted|${name}`)!.right;
    let onlyA = 0;
    let onlyB = 0;
    for (const [i, r] of a) {
      if (r && !b.get(i)) onlyA++;
      if (!r && b.get(i)) onlyB++;
    }
    console.log(`  ${name}, scored cross-fitted: right only with the in-sample gate ${onlyA}, only with the cross-fitted gate ${onlyB}`);
  }
}

if (process.argv[1]?.endsWith('gate-cv.ts')) await run();
