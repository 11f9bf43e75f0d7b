import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOP_FACTS, findProductFacts, shopFactsFormSchema, shopFactsSchema } from '../../../lib/settings/product-catalog';
import { normaliseSettings } from '../../../lib/settings/settings';

describe('shop facts settings', () => {
  it('defaults promise nothing: no cut-off, no promotion, no link, 48 hours to ship', () => {
    expect(DEFAULT_SHOP_FACTS).toEqual({ shipCutoffHour: null, shipWithinHours: 48, promotion: '', sizeChartLink: '', products: {} });
    expect(normaliseSettings({}).facts).toEqual(DEFAULT_SHOP_FACTS);
  });

  it('reading storage: a bad field falls back alone and the others are kept', () => {
    const facts = shopFactsSchema.parse({ shipCutoffHour: 99, promotion: '满199减20', sizeChartLink: 'javascript:alert(1)', products: { p1: { shortName: '睡衣', category: '女装' } } });
    expect(facts).toEqual({ shipCutoffHour: null, shipWithinHours: 48, promotion: '满199减20', sizeChartLink: '', products: { p1: { shortName: '睡衣', category: '女装' } } });
    expect(normaliseSettings({ facts: 'garbage', shop: { name: '小林茶铺' } })).toMatchObject({ facts: DEFAULT_SHOP_FACTS, shop: { name: '小林茶铺' } });
  });

  it('the options form names each bad value', () => {
    const r = shopFactsFormSchema.safeParse({ shipCutoffHour: 24, shipWithinHours: 0, promotion: '', sizeChartLink: 'example.com/size', products: {} });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(['shipCutoffHour', 'shipWithinHours', 'sizeChartLink']);
  });

  it('finds a product by id or by a loosely matched title', () => {
    const facts = shopFactsSchema.parse({ products: { 'Ceramic Mug 350ml': { shortName: 'mug' } } });
    expect(findProductFacts(facts, '  ceramic mug 350ML ')?.shortName).toBe('mug');
    expect(findProductFacts(facts, 'Tea cup')).toBeUndefined();
    expect(findProductFacts(facts, undefined)).toBeUndefined();
  });
});
