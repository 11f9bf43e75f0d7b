import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations/classify';
import { createShopLayer } from '../../../lib/situations/shop-layer';

const main = (c: { situations: { id: string }[] }) => c.situations[0]!.id;

describe('per-shop layer', () => {
  it('learns a correction at once and applies it to a similar message, not to unrelated ones', () => {
    // A shop selling fish tanks, where "水泵嗡嗡响" is product trouble this shop handles as a return.
    const text = '鱼缸水泵一直嗡嗡响 睡不着觉';
    const shop = createShopLayer();
    const before = classify(text);
    expect(shop.blend(before, text)).toBe(before);
    shop.learn(text, 'return_request');
    expect(main(shop.blend(classify(text), text))).toBe('return_request');
    const similar = '鱼缸水泵一直嗡嗡的响 晚上睡不着';
    expect(main(shop.blend(classify(similar), similar))).toBe('return_request');
    const unrelated = '什么时候发货';
    expect(main(shop.blend(classify(unrelated), unrelated))).toBe(main(classify(unrelated)));
  });

  it('starts from stored examples, keeps the newest label for a repeated text and lists its examples', () => {
    const shop = createShopLayer([{ text: '这个能放洗碗机吗', situation: 'product_info' }]);
    shop.learn('这个能放洗碗机吗', 'authenticity');
    expect(shop.size).toBe(1);
    expect(shop.examples()).toEqual([{ text: '这个能放洗碗机吗', situation: 'authenticity' }]);
    expect(main(shop.blend(classify('这个能放洗碗机吗'), '这个能放洗碗机吗'))).toBe('authenticity');
  });

  it('keeps the output contract and refuses unknown ids', () => {
    const shop = createShopLayer([{ text: '快递放驿站就行', situation: 'logistics' }]);
    const out = shop.blend(classify('快递放驿站就可以'), '快递放驿站就可以');
    expect(out.situations.length).toBeGreaterThan(0);
    expect(out.situations.length).toBeLessThanOrEqual(3);
    for (const s of out.situations) expect(s.score >= 0 && s.score <= 1).toBe(true);
    expect(() => shop.learn('x', 'nope' as never)).toThrow(/unknown situation/);
  });
});
