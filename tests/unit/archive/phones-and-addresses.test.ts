/**
 * Issue 14, item 11: phones through libphonenumber-js (extensions kept, 0086, international),
 * addresses through the division gazetteer (cities and counties written without 市/县).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCustomerText } from '../../../lib/archive/parse-customer-text.ts';
import { phoneIdentity } from '../../../lib/db/customer-merge.ts';
import { parsePhone } from '../../../lib/io/cell-values.ts';
import { labelledTexts } from '../../fixtures/customer-texts/build-labelled.ts';

const phones = (text: string) => parseCustomerText(text).phones.map((p) => p.value);
const parts = (text: string) => {
  const a = parseCustomerText(text).address;
  return a && [a.province, a.city, a.district, a.street];
};

describe('phones keep their extension', () => {
  it.each([
    ['张三 0571-87654321-8', '0571-87654321-8'],
    ['王五 电话 021-66668888-123', '021-66668888-123'],
    ['孙七 13812345678转8', '13812345678-8'],
    ['周八 0571-88886666#802', '0571-88886666-802'],
    ['公司电话 0755-23456789 分机号 66', '0755-23456789-66'],
    ['0571 8765 4321 转分机 66', '0571-87654321-66'],
    ['Mike Chen +1 (212) 555-0147 x 204', '+12125550147-204'],
    ['020-87654321 ext 12', '020-87654321-12'],
  ])('%s → %s', (text, stored) => {
    expect(phones(text)).toEqual([stored]);
  });

  it('an imported cell with a dash extension is a phone, not an error', () => {
    expect(parsePhone('0571-88886666-8')).toEqual({ ok: true, value: '0571-88886666-8' });
    expect(parsePhone('0571-88886666 转 8')).toEqual({ ok: true, value: '0571-88886666-8' });
  });

  it('a mobile in groups is never read as a landline with an extension', () => {
    expect(phones('李四 138-1234-5678')).toEqual(['13812345678']);
  });
});

describe('phones normalised by the library', () => {
  it('reads the 00 international prefix, +86 landlines and foreign numbers in their stored form', () => {
    expect(phones('收件人：吴九 电话：0086 138 1234 5678')).toEqual(['13812345678']);
    expect(phones('0085291234567')).toEqual(['+85291234567']);
    expect(phones('+86 10 6234 5678')).toEqual(['010-62345678']);
    expect(phones('+86 (0)571 8888 6666')).toEqual(['0571-88886666']);
    expect(phones('+33 6 12 34 56 78')).toEqual(['+33612345678']);
    expect(phones('400-820-8820')).toEqual(['400-820-8820']);
    expect(parseCustomerText('+86 139 1234 5678 0571-88886666').phones.map((p) => p.kind)).toEqual(['mobile', 'landline']);
  });

  it('keeps the merge rule: the stored forms of one number written three ways share one identity', () => {
    const identities = ['0086 138 1234 5678', '+86-138-1234-5678', '13812345678'].map((text) => phoneIdentity(phones(text)[0]));
    expect(new Set(identities)).toEqual(new Set(['13812345678']));
  });

  it('still warns about masked numbers and digit runs that are not phones, and stores neither', () => {
    const masked = parseCustomerText('赵六 138****5678');
    expect(masked.phones).toEqual([]);
    expect(masked.warnings.map((w) => w.en).join()).toContain('masked');
    const short = parseCustomerText('张三 138123456789');
    expect(short.phones).toEqual([]);
    expect(short.warnings.map((w) => w.en).join()).toContain('12 digits');
  });
});

describe('what is not a phone stays out', () => {
  it.each(['2024-05-01 14:30 下单', '请在 2024/5/1 前发货', '身份证 330106199001011234', '买家ID：tb_123456789012', '会员卡号 6222 0212 3456 7890', '数量 2 件 单价 59.9'])('%s', (text) => {
    const parsed = parseCustomerText(text);
    expect(parsed.phones).toEqual([]);
    expect(parsed.warnings.map((w) => w.en).join()).not.toMatch(/The number/);
  });
});

describe('addresses split by the division gazetteer', () => {
  it.each([
    ['张三 13812345678 浙江杭州西湖区文三路90号', ['浙江省', '杭州市', '西湖区', '文三路90号']],
    ['张三 13812345678 内蒙古呼和浩特赛罕区大学东街1号', ['内蒙古自治区', '呼和浩特市', '赛罕区', '大学东街1号']],
    ['张三 13812345678 云南大理州大理市复兴路1号', ['云南省', '大理白族自治州', '大理市', '复兴路1号']],
    ['张三 13812345678 浙江金华义乌稠城街道工人北路1号', ['浙江省', '金华市', '义乌市', '稠城街道工人北路1号']],
    ['张三 13812345678 新疆喀什地区喀什市人民东路1号', ['新疆维吾尔自治区', '喀什地区', '喀什市', '人民东路1号']],
    ['张三 13812345678 广东省东莞市长安镇振安路1号', ['广东省', '东莞市', undefined, '长安镇振安路1号']],
    ['张三 13812345678 北京朝阳路10号', ['北京市', '北京市', undefined, '朝阳路10号']],
    ['张三 13812345678 湖北省恩施州巴东县信陵镇1号', ['湖北省', '恩施土家族苗族自治州', '巴东县', '信陵镇1号']],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('takes the province from a city written in full when none is written', () => {
    expect(parts('宁波市海曙区中山西路1号 邹静')).toEqual(['浙江省', '宁波市', '海曙区', '中山西路1号']);
  });
});

describe('the labelled set', () => {
  it('labelled.json is what build-labelled.ts writes, with at least 150 texts', () => {
    const stored = JSON.parse(readFileSync(new URL('../../fixtures/customer-texts/labelled.json', import.meta.url), 'utf8')) as unknown[];
    expect(stored).toEqual(JSON.parse(JSON.stringify(labelledTexts())));
    expect(stored.length).toBeGreaterThanOrEqual(150);
  });
});
