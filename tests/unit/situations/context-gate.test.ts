/**
 * The context gate weighs the earlier turns by how much the follow-up says of its own: the
 * strength comes from the cue rules, and the gate's interaction features carry it.
 */
import { describe, expect, it } from 'vitest';
import { situationModel } from '../../../lib/situations/classify';
import { gateFeatures, ownStrength } from '../../../lib/situations/context-gate';
import { modelScores } from '../../../lib/situations/model-classifier';

const scoreOf = (text: string) => modelScores(situationModel, text);

describe('the follow-up\u2019s own strength', () => {
  it('is nothing for a message that only continues, full for a named fault or a closing word', () => {
    expect(ownStrength(scoreOf('那怎么弄'))).toBe(0);
    expect(ownStrength(scoreOf('盘子碎了两个 还少了一个碗'))).toBe(1);
    expect(ownStrength(scoreOf('好吧'))).toBe(1);
  });

  it('scales the follow-up\u2019s scores up and the earlier turns\u2019 down in the gate\u2019s features', () => {
    const history = [
      { from: 'buyer' as const, text: '我前天拍的碗发货了吗' },
      { from: 'seller' as const, text: '亲 昨天发出了' },
    ];
    const named = scoreOf('盘子碎了两个 还少了一个碗');
    const bare = scoreOf('那怎么弄');
    const sum = (f: Map<string, number>, prefix: string) => [...f].filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
    const namedFeatures = gateFeatures(named, named.features, history, scoreOf);
    const bareFeatures = gateFeatures(bare, bare.features, history, scoreOf);
    expect(sum(namedFeatures, 'ownx:')).toBeGreaterThan(0.9);
    expect(sum(namedFeatures, 'buyerx:')).toBe(0);
    expect(sum(bareFeatures, 'ownx:')).toBe(0);
    expect(sum(bareFeatures, 'buyerx:')).toBeGreaterThan(0.9);
  });
});
