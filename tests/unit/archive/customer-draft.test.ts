import { describe, expect, it } from 'vitest';
import { toCustomerDraft } from '../../../lib/archive/customer-draft.ts';
import { parseCustomerText } from '../../../lib/archive/parse-customer-text.ts';
import { customerSchema } from '../../../lib/db/schemas.ts';

describe('toCustomerDraft', () => {
  it('fills the confirm form from a parsed block', () => {
    const parsed = parseCustomerText('张三 0571-88886666 13812345678 浙江省杭州市西湖区文三路90号 订单号:241105-583920174639201');
    const draft = toCustomerDraft(parsed, { platform: 'pinduoduo', platformUid: ' pdd_123 ', nickname: '张**' });
    expect(draft).toMatchObject({
      platform: 'pinduoduo',
      platformUid: 'pdd_123',
      nickname: '张**',
      name: '张三',
      phone: '13812345678',
      otherPhones: ['0571-88886666'],
      orderNumbers: ['241105-583920174639201'],
      address: { province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号' },
    });
  });

  it('produces something the customer schema accepts once ids and times are added', () => {
    const draft = toCustomerDraft(parseCustomerText('John Smith\n+1 (415) 555-0132\n500 Market St, San Francisco, CA 94105'), {
      platform: 'amazon',
      platformUid: 'A1B2C3',
    });
    const { otherPhones: _o, orderNumbers: _n, trackingNumbers: _t, ...fields } = draft;
    const result = customerSchema.safeParse({ ...fields, id: 'c1', createdAt: 1, updatedAt: 1 });
    expect(result.success).toBe(true);
  });

  it('leaves unknown fields out instead of empty strings', () => {
    const draft = toCustomerDraft(parseCustomerText('小fish爱购物'), { platform: 'taobao', nickname: '小fish爱购物' });
    expect(draft).toEqual({ platform: 'taobao', nickname: '小fish爱购物', otherPhones: [], orderNumbers: [], trackingNumbers: [] });
  });

  it('rejects an unknown platform', () => {
    expect(() => toCustomerDraft(parseCustomerText(''), { platform: 'tiktok' as never })).toThrow(/unknown platform "tiktok"/);
  });
});
