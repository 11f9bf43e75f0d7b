import { describe, expect, it } from 'vitest';
import { guessColumnMapping, mappingProblem, setColumnTarget } from '../../../lib/io/column-mapping';
import { CUSTOMER_COLUMNS } from '../../../lib/io/customer-sheet';

describe('guessColumnMapping', () => {
  it('recognises the Chinese headers sellers use', () => {
    const { targets } = guessColumnMapping(['收货人', '手机号', '旺旺', '昵称', '平台', '收货地址', '生日', '标签', '买家备注', '订单数']);
    expect(targets).toEqual(['name', 'phone', 'platformUid', 'nickname', 'platform', 'addressFull', 'birthday', 'tags', 'note', 'ignore']);
  });

  it('recognises English headers with any case and spacing', () => {
    const { targets } = guessColumnMapping(['Name', 'Mobile', 'Buyer ID', 'e-mail', 'Address', 'Province', 'City', 'District', 'VIP level', 'Points']);
    expect(targets).toEqual(['name', 'phone', 'platformUid', 'ignore', 'addressFull', 'province', 'city', 'district', 'vipLevel', 'points']);
  });

  it('finds a synonym inside a longer header and gives each field to the first column only', () => {
    const { targets } = guessColumnMapping(['收货人手机号码（必填）', '联系电话', '备用 电话']);
    expect(targets).toEqual(['phone', 'ignore', 'ignore']);
  });

  it('maps every column of its own export back to its field, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { targets } = guessColumnMapping(CUSTOMER_COLUMNS.map((c) => c.header[locale]));
      expect(targets).toEqual(CUSTOMER_COLUMNS.map((c) => c.target));
    }
  });

  it('moves a field when the seller assigns it to another column', () => {
    const mapping = guessColumnMapping(['手机', '备用手机']);
    const changed = setColumnTarget(mapping, 1, 'phone');
    expect(changed.targets).toEqual(['ignore', 'phone']);
    expect(setColumnTarget(changed, 0, 'ignore').targets).toEqual(['ignore', 'phone']);
  });

  it('needs at least one identifying column', () => {
    expect(mappingProblem(guessColumnMapping(['省', '市']))?.['zh-CN']).toContain('至少要有一列');
    expect(mappingProblem(guessColumnMapping(['昵称']))).toBeUndefined();
  });
});
