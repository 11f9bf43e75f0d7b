/**
 * The sidebar hands advise the classification it worked out (the lazily loaded model, the
 * shop's corrections, the seller's pick): the replies and the playbook follow it, and the
 * module the sidebar imports carries no model of its own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/advise/advise';
import { adviseWith } from '../../../lib/advise/advise-core';
import type { AdviseConversation } from '../../../lib/advise/types';
import { settingsSchema } from '../../../lib/settings/settings';
import { classify } from '../../../lib/situations/classify';
import { correctSituation } from '../../../lib/situations/correction';

const settings = settingsSchema.parse({ shop: { returnAddress: '杭州市余杭区文一西路8号' } });
const conversation = (text: string): AdviseConversation => ({
  now: Date.UTC(2026, 11, 4, 2),
  platform: 'pinduoduo',
  locale: 'zh-CN',
  settings,
  messages: [{ from: 'buyer', text }],
});

describe('advise with a corrected classification', () => {
  const text = '宝贝什么时候能到我这边';

  it('offers only the corrected situation’s replies', () => {
    const plain = advise(conversation(text));
    expect(plain.situations[0]!.id).toBe('logistics');
    // The sidebar marks a correction as the seller's pick, which outranks flows that follow the words.
    const view = advise(conversation(text), { classification: correctSituation(classify(text), 'ship_time'), situationChosen: true });
    expect(view.situations[0]).toMatchObject({ id: 'ship_time', score: 1 });
    expect(view.replies.length).toBeGreaterThan(0);
    expect(view.replies.every((r) => r.group === 'ship_time')).toBe(true);
    expect(view.classification.unsure).toBe(false);
  });

  it('lets the playbook of the corrected situation decide', () => {
    const view = advise(conversation(text), { classification: correctSituation(classify(text), 'damaged'), situationChosen: true });
    expect(view.playbook?.id).toBe('return');
    // A claimed fault is answered with a request for a photo first.
    expect(view.playbook?.decision).toBe('ask_evidence');
  });

  it('lets the seller’s pick outrank a playbook that would follow the words on its own', () => {
    const haggle: AdviseConversation = {
      ...conversation('52我就拍了'),
      product: { title: '马克杯', price: 59, floorPrice: 50 },
      messages: [
        { from: 'buyer', text: '能便宜点吗' },
        { from: 'seller', text: '亲，最低给您55元' },
        { from: 'buyer', text: '52我就拍了' },
      ],
    };
    expect(advise(haggle).playbook?.id).toBe('haggle');
    const invoice = correctSituation(classify('52我就拍了'), 'invoice');
    // Handed in without saying it is the seller's pick, the running haggle still decides.
    expect(advise(haggle, { classification: invoice }).playbook?.id).toBe('haggle');
    const picked = advise(haggle, { classification: invoice, situationChosen: true });
    expect(picked.playbook).toBeNull();
    expect(picked.replies.length).toBeGreaterThan(0);
    expect(picked.replies.every((r) => r.group === 'invoice')).toBe(true);

    const refund = conversation('我要仅退款');
    expect(advise(refund).playbook?.id).toBe('return');
    const logistics = advise(refund, { classification: correctSituation(classify('我要仅退款'), 'logistics'), situationChosen: true });
    expect(logistics.playbook).toBeNull();
    expect(logistics.replies.every((r) => r.group === 'logistics')).toBe(true);
  });

  it('gives the same view through adviseWith with the same classifier', () => {
    const c = correctSituation(classify(text), 'invoice');
    expect(adviseWith(conversation(text), { classifier: classify, classification: c })).toEqual(advise(conversation(text), { classification: c }));
  });

  it('keeps the model out of what the sidebar imports with advise-core (value imports, followed through)', () => {
    const reached = valueImports(resolve(import.meta.dirname, '../../../lib/advise/advise-core.ts'));
    expect(reached.size).toBeGreaterThan(20);
    const model = [...reached].filter((f) => /situations\/(classify\.ts|lr-model\.json|index\.ts)$/.test(f));
    expect(model).toEqual([]);
  });
});

/** Every file reached through relative imports that are not `import type`. */
function valueImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.endsWith('.ts')) return seen;
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from '(\.[^']+)'/gms)) {
    const base = resolve(dirname(entry), m[1]!);
    const file = [base, `${base}.ts`, `${base}/index.ts`].find((f) => existsSync(f) && !f.endsWith('/') && statSync(f).isFile());
    if (file) valueImports(file, seen);
  }
  return seen;
}
