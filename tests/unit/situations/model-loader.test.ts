/**
 * The classifier of extension pages, built from the packaged model file: it answers exactly as
 * the Node classifier over the same file, fetches the file once however many ask, and a load
 * that fails says why and is tried afresh next time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations/classify';
import { SITUATION_MODEL_ASSET, SITUATION_MODEL_SOURCE } from '../../../lib/situations/model-asset';
import { createClassifierLoader, SituationModelError, type FetchModel } from '../../../lib/situations/model-loader';
import { REPO_ROOT } from '../../../lib/situations/corpus';
import { MODEL_PATH } from '../../../lib/situations/train';

const URL = `chrome-extension://test${SITUATION_MODEL_ASSET}`;
const MODEL_TEXT = readFileSync(resolve(REPO_ROOT, SITUATION_MODEL_SOURCE), 'utf8');

/** A `fetch` over fixed answers, one per call; JSON is parsed the way Response.json does. */
function fakeFetch(...answers: Array<{ status: number; body: string } | Error>) {
  const calls: string[] = [];
  const fetchModel: FetchModel = async (url) => {
    calls.push(url);
    const answer = answers[Math.min(calls.length, answers.length) - 1]!;
    if (answer instanceof Error) throw answer;
    return { ok: answer.status >= 200 && answer.status < 300, status: answer.status, json: async () => JSON.parse(answer.body) as unknown };
  };
  return { fetchModel, calls };
}

const OK = { status: 200, body: MODEL_TEXT };

describe('the packaged situation model', () => {
  it('is the file npm run train writes', () => {
    expect(resolve(REPO_ROOT, SITUATION_MODEL_SOURCE)).toBe(MODEL_PATH);
  });

  it('gives the same answers as the Node classifier', async () => {
    const { fetchModel, calls } = fakeFetch(OK);
    const fetched = await createClassifierLoader(URL, fetchModel)();
    expect(calls).toEqual([URL]);
    const history = [
      { from: 'buyer' as const, text: '杯子碎了' },
      { from: 'seller' as const, text: '亲 拍个照' },
    ];
    for (const text of ['能便宜点吗', '快递到哪了', '收到的杯子是碎的', '谢谢', 'can you do 40']) {
      expect(fetched(text)).toEqual(classify(text));
    }
    expect(fetched('那怎么弄', { history })).toEqual(classify('那怎么弄', { history }));
  });

  it('is fetched and parsed once, however many ask', async () => {
    const { fetchModel, calls } = fakeFetch(OK);
    const load = createClassifierLoader(URL, fetchModel);
    const [a, b] = await Promise.all([load(), load()]);
    const c = await load();
    expect(calls).toHaveLength(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it.each([
    ['missing (HTTP 404)', { status: 404, body: '' }, /HTTP 404/],
    ['not JSON', { status: 200, body: '{"format": "situation-ensemble/1", "classes": [' }, /not valid JSON/],
    ['not an object', { status: 200, body: 'null' }, /not a model object/],
    ['of another format', { status: 200, body: '{"format": "situation-ensemble/0"}' }, /cannot be used: unsupported situation model format/],
    ['unreadable', new TypeError('Failed to fetch'), /not readable/],
  ])('a model file %s fails with a reason, and the next ask fetches again', async (_name, bad, reason) => {
    const { fetchModel, calls } = fakeFetch(bad, OK);
    const load = createClassifierLoader(URL, fetchModel);
    const failure = await load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SituationModelError);
    expect((failure as Error).message).toMatch(reason);
    const retried = await load();
    expect(retried('能便宜点吗').situations[0]!.id).toBe(classify('能便宜点吗').situations[0]!.id);
    expect(calls).toHaveLength(2);
  });

  it('reports a model whose classes differ from the taxonomy', async () => {
    const model = JSON.parse(MODEL_TEXT) as { classes: string[] };
    model.classes = [...model.classes].reverse();
    const failure = await createClassifierLoader(URL, fakeFetch({ status: 200, body: JSON.stringify(model) }).fetchModel)().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SituationModelError);
    expect((failure as Error).message).toMatch(/classes differ from the taxonomy/);
  });
});
