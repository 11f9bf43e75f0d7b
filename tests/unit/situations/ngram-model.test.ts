import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidate, foldOf } from '../../../lib/situations/cross-validate';
import { forEachGramKey, gramKey, ngramFeatures } from '../../../lib/situations/ngram-features';
import { loadNgramModel, ngramPosterior, trainNgramModel, type SerializedNgramModel } from '../../../lib/situations/ngram-model';
import { normalizeMessage } from '../../../lib/situations/normalize';
import { buildNgramModel, englishPath, REPO_ROOT, serializeModel } from '../../../lib/situations/train-ngram';
import { SITUATION_IDS } from '../../../lib/situations/taxonomy';

const MODEL_PATH = resolve(REPO_ROOT, 'lib/situations/ngram-model.json');

describe('committed n-gram model', () => {
  it.runIf(existsSync(englishPath()))('is exactly what train-ngram.ts produces from the current data', () => {
    const committed = readFileSync(MODEL_PATH, 'utf8');
    // If this fails: the data changed; run `npx tsx lib/situations/train-ngram.ts` and commit.
    expect(committed === serializeModel(buildNgramModel())).toBe(true);
  });

  it('stays compact', () => {
    expect(readFileSync(MODEL_PATH).byteLength).toBeLessThanOrEqual(300 * 1024);
  });
});

describe('n-gram features', () => {
  it('packs exactly the grams used in training', () => {
    for (const text of ['退款呢?', '能by不 😂', 'where is my 123 parcel', '']) {
      const normalized = normalizeMessage(text);
      const fromStrings = new Set(ngramFeatures(normalized).map(gramKey));
      const packed = new Set<number>();
      forEachGramKey(normalized, (key) => packed.add(key));
      expect(packed).toEqual(fromStrings);
    }
  });

  it('folds digit runs so prices share features', () => {
    expect(ngramFeatures('85出不出')).toEqual(ngramFeatures('120出不出'));
  });
});

describe('naive Bayes model', () => {
  const examples = [
    { text: '发票抬头', situation: 'invoice' as const, weight: 10 },
    { text: '开发票', situation: 'invoice' as const, weight: 10 },
    { text: '快递到哪', situation: 'logistics' as const, weight: 10 },
    { text: '快递没到', situation: 'logistics' as const, weight: 10 },
  ];

  it('is deterministic and favours the class whose grams a message shares', () => {
    const a = trainNgramModel(examples, normalizeMessage, { alpha: 0.5, minExamples: 1 });
    expect(trainNgramModel(examples, normalizeMessage, { alpha: 0.5, minExamples: 1 })).toEqual(a);
    const p = new Float64Array(SITUATION_IDS.length);
    expect(ngramPosterior(loadNgramModel(a), '发票', 1, p)).toBeGreaterThan(0);
    const sum = p.reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(p[SITUATION_IDS.indexOf('invoice')]!).toBeGreaterThan(p[SITUATION_IDS.indexOf('logistics')]!);
  });

  it('knows nothing about unseen text and says so', () => {
    const model = loadNgramModel(trainNgramModel(examples, normalizeMessage, { alpha: 0.5, minExamples: 1 }));
    const p = new Float64Array(SITUATION_IDS.length);
    expect(ngramPosterior(model, 'zzz', 1, p)).toBe(0);
    expect(p[0]).toBeCloseTo(1 / SITUATION_IDS.length, 9);
  });

  it('rejects bad training weights and stale model files with a clear message', () => {
    expect(() => trainNgramModel([{ text: 'x', situation: 'other', weight: 0.5 }], normalizeMessage)).toThrow(/positive integer/);
    const stale = { format: 'old', classes: [], alpha: 1, totals: [], grams: '' } as unknown as SerializedNgramModel;
    expect(() => loadNgramModel(stale)).toThrow(/train-ngram\.ts/);
  });
});

describe('cross-validation', () => {
  it('assigns folds from the text, not the order', () => {
    expect(foldOf('包邮吗', 5)).toBe(foldOf('包邮吗', 5));
    const folds = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((t) => foldOf(t, 5)));
    expect(folds.size).toBeGreaterThan(1);
  });

  it('scores every example once and refuses fewer than two folds', () => {
    const chat = [
      { text: '碎了', situation: 'damaged' as const, also: [], line: 2 },
      { text: '包邮吗', situation: 'free_shipping' as const, also: [], line: 3 },
      { text: '发票抬头', situation: 'invoice' as const, also: [], line: 4 },
    ];
    const toExamples = (c: readonly { text: string; situation: (typeof SITUATION_IDS)[number] }[]) =>
      c.map((m) => ({ text: m.text, situation: m.situation, weight: 1 }));
    const report = crossValidate({ chat, alwaysTrain: [], toExamples, folds: 2 });
    expect(report.count).toBe(3);
    expect(report.top1).toBe(1);
    expect(() => crossValidate({ chat, alwaysTrain: [], toExamples, folds: 1 })).toThrow(/at least 2 folds/);
  });
});
