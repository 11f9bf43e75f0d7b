import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { situationModel } from '../../../lib/situations/classify';
import { englishPath, readSealedCorpus, readTrainingCorpus, textKey } from '../../../lib/situations/corpus';
import { extractFeatures, featureText, LEX } from '../../../lib/situations/features';
import { fitTemperature, floatModel, loadLr, lrLogits, serializeLr, softmaxInPlace, trainLr, type LrExample } from '../../../lib/situations/lr-model';
import { currentInputsHash, inputsHash, MODEL_PATH, TRAINER_SOURCES, trainingSet } from '../../../lib/situations/train';
import { SITUATION_IDS } from '../../../lib/situations/taxonomy';

describe('committed situation model', () => {
  // The full retrain runs in `npm run train -- --check` and the benchmark; this compares the
  // hash of everything the model is built from (trainer sources, data files) with the one the
  // model was built with, so an edit to either without `npm run train` fails here.
  it.runIf(existsSync(englishPath()))('was built from the current data and trainer (else: npm run train)', () => {
    expect(situationModel.serialized.inputsHash).toBe(currentInputsHash());
  });

  it('changes its inputs hash when a source or a data file changes', () => {
    const files = readTrainingCorpus().files;
    const base = inputsHash(files);
    expect(inputsHash(files.slice(1))).not.toBe(base);
    expect(TRAINER_SOURCES).toContain('lib/situations/lexicon.ts');
    expect(TRAINER_SOURCES).toContain('lib/situations/cue-rules.ts');
  });

  it('never trains on the sealed split', () => {
    const sealed = readSealedCorpus();
    const training = trainingSet(readTrainingCorpus());
    const train = new Set(training.messages.map((m) => textKey(m.text)));
    const leaked = [...sealed.messages, ...sealed.followUps].filter((m) => train.has(textKey(m.text)));
    expect(leaked.map((m) => m.text)).toEqual([]);
  });

  it('stays within 2 MB gzip and matches the taxonomy', () => {
    expect(gzipSync(readFileSync(MODEL_PATH)).byteLength).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(situationModel.serialized.classes).toEqual([...SITUATION_IDS]);
    expect(situationModel.temperature).toBeGreaterThan(0);
  });
});

describe('model features', () => {
  it('turns anonymisation placeholders and masks into one token per kind', () => {
    const a = featureText('订单[订单1]还没发 付了[金额2] 张** 138****5678');
    const b = featureText('订单【订单号】还没发 付了[金额x] 张**** 139****0000');
    expect(a).toBe(b);
    expect(a).not.toMatch(/订单1|金额|\*/);
    expect(featureText('[订单1]')).not.toBe(featureText('[金额1]'));
    // Short numbers fold to 0 (prices), long runs to one id token (order and tracking numbers).
    expect(featureText('85出不出')).toBe(featureText('120出不出'));
    expect(featureText('单号 7736251099182')).toBe(featureText('单号 123456789'));
  });

  it('lights up lexicon families for defects described, not named', () => {
    for (const text of ['苹果一点都不甜还发软', '用三天就充不进电', '老是死机蓝屏']) {
      expect(extractFeatures(featureText(text), { words: false, rules: false }).has(`${LEX}defect`)).toBe(true);
    }
    expect(extractFeatures(featureText('穿上勒得慌'), { words: false, rules: false }).has(`${LEX}fit`)).toBe(true);
    expect(extractFeatures(featureText('先别派送'), { words: false, rules: false }).has(`${LEX}delivery`)).toBe(true);
  });
});

describe('logistic regression', () => {
  const ex = (text: string, id: (typeof SITUATION_IDS)[number]): LrExample => ({
    features: extractFeatures(featureText(text), { words: false, rules: false }),
    label: SITUATION_IDS.indexOf(id),
    weight: 1,
  });
  const data = [ex('发票抬头', 'invoice'), ex('开发票', 'invoice'), ex('要发票', 'invoice'), ex('快递到哪', 'logistics'), ex('快递没到', 'logistics'), ex('快递呢', 'logistics')];
  const options = { lambda: 1e-4, epochs: 30, lr0: 0.5, seed: 7, minCount: 1 };

  it('is deterministic and learns the classes', () => {
    const a = trainLr(data, options);
    const b = trainLr(data, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const meta = { features: { words: false, rules: false }, temperature: 1, unsure: { minTop: 0.5, minMargin: 0.1 }, inputsHash: 'x' };
    const model = loadLr(serializeLr(a, meta));
    const z = new Float64Array(SITUATION_IDS.length);
    lrLogits(model, extractFeatures(featureText('发票'), { words: false, rules: false }), z);
    const p = softmaxInPlace(z, 1);
    expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
    expect(p[SITUATION_IDS.indexOf('invoice')]!).toBeGreaterThan(p[SITUATION_IDS.indexOf('logistics')]!);
    expect(JSON.stringify(serializeLr(a, meta))).toBe(JSON.stringify(serializeLr(b, meta)));
  });

  it('fits a temperature that undoes overconfidence', () => {
    // Logits twice as sharp as the truth (70% right at p≈0.98) want T > 1.
    const logits: Float64Array[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 100; i++) {
      logits.push(Float64Array.from([8, 0]));
      labels.push(i < 70 ? 0 : 1);
    }
    const T = fitTemperature(logits, labels);
    const p = softmaxInPlace(Float64Array.from([8, 0]), T);
    expect(p[0]).toBeCloseTo(0.7, 2);
  });

  it('refuses a model file of another format or a corrupt one with a clear message', () => {
    const trained = floatModel(trainLr(data, options));
    expect(trained.bias.length).toBe(SITUATION_IDS.length);
    const good = serializeLr(trainLr(data, options), { features: { words: false, rules: false }, temperature: 1, unsure: { minTop: 0.5, minMargin: 0.1 }, inputsHash: 'x' });
    expect(() => loadLr({ ...good, format: 'old' } as never)).toThrow(/npm run train/);
    expect(() => loadLr({ ...good, weights: '' })).toThrow(/corrupt/);
  });
});
