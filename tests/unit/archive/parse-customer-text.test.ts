import { describe, expect, it } from 'vitest';
import { addressSchema } from '../../../lib/db/schemas.ts';
import { CustomerTextError, parseCustomerText } from '../../../lib/archive/parse-customer-text.ts';
import type { ParsedAddress } from '../../../lib/archive/parsed-customer.ts';
import { findProvince, PROVINCES } from '../../../lib/archive/province-table.ts';

const phonesOf = (text: string) => parseCustomerText(text).phones.map((p) => [p.value, p.kind]);
const warningsOf = (text: string) => parseCustomerText(text).warnings.map((w) => w.en);
const addr = (text: string) => parseCustomerText(text).address;
const split = (a: ParsedAddress | undefined) => a && [a.province, a.city, a.district, a.street];

describe('complete Chinese blocks', () => {
  it('1. name, mobile and address on one line', () => {
    const r = parseCustomerText('张三 13812345678 浙江省杭州市西湖区文三路90号');
    expect(r.name).toBe('张三');
    expect(r.phones).toEqual([{ value: '13812345678', kind: 'mobile', raw: '13812345678' }]);
    expect(split(r.address)).toEqual(['浙江省', '杭州市', '西湖区', '文三路90号']);
    expect(r.address?.full).toBe('浙江省杭州市西湖区文三路90号');
    expect(r.warnings).toEqual([]);
  });

  it('2. labelled fields separated by full-width commas', () => {
    const r = parseCustomerText('收货人：李四，手机：138-1234-5678，地址：广东省深圳市南山区科技园南区xx栋');
    expect(r.name).toBe('李四');
    expect(r.phones[0]).toEqual({ value: '13812345678', kind: 'mobile', raw: '138-1234-5678' });
    expect(split(r.address)).toEqual(['广东省', '深圳市', '南山区', '科技园南区xx栋']);
  });

  it('3. Pinduoduo/Taobao copied block with 86- prefix, spaces and 000000 postcode', () => {
    const r = parseCustomerText('王五，86-13912345678，江苏省 南京市 鼓楼区 中山路1号 ，000000');
    expect(r.name).toBe('王五');
    expect(phonesOf('王五，86-13912345678，江苏省 南京市 鼓楼区 中山路1号 ，000000')).toEqual([['13912345678', 'mobile']]);
    expect(split(r.address)).toEqual(['江苏省', '南京市', '鼓楼区', '中山路1号']);
    expect(r.address?.full).not.toContain('000000');
  });

  it('4. half-width labels with +86 and spaced groups', () => {
    const r = parseCustomerText('姓名:赵六 电话:+86 139 1234 5678');
    expect(r.name).toBe('赵六');
    expect(r.phones).toEqual([{ value: '13912345678', kind: 'mobile', raw: '+86 139 1234 5678' }]);
    expect(r.address).toBeUndefined();
  });

  it('5. multi-line labelled block', () => {
    const r = parseCustomerText('收件人：钱七\n联系电话：13712345678\n收货地址：四川省成都市武侯区人民南路四段1号\n备注：放门卫');
    expect(r.name).toBe('钱七');
    expect(r.phones.map((p) => p.value)).toEqual(['13712345678']);
    expect(split(r.address)).toEqual(['四川省', '成都市', '武侯区', '人民南路四段1号']);
  });

  it('6. multi-line unlabelled block (name / phone / address)', () => {
    const r = parseCustomerText('孙八\n15012345678\n湖北省武汉市洪山区珞喻路1037号');
    expect(r.name).toBe('孙八');
    expect(r.phones.map((p) => p.value)).toEqual(['15012345678']);
    expect(split(r.address)).toEqual(['湖北省', '武汉市', '洪山区', '珞喻路1037号']);
  });

  it('7. address first, name and phone after it', () => {
    const r = parseCustomerText('北京市朝阳区建国路88号 孙七 13512345678');
    expect(r.name).toBe('孙七');
    expect(split(r.address)).toEqual(['北京市', '北京市', '朝阳区', '建国路88号']);
  });

  it('8. phone first, then name', () => {
    const r = parseCustomerText('18612345678 周九');
    expect(r.name).toBe('周九');
    expect(r.phones.map((p) => p.value)).toEqual(['18612345678']);
  });

  it('9. full-width digits and colon', () => {
    const r = parseCustomerText('联系人：吴十　手机：１３８１２３４５６７８');
    expect(r.name).toBe('吴十');
    expect(r.phones.map((p) => p.value)).toEqual(['13812345678']);
  });

  it('10. honorific name (张先生) is kept, bare 先生 is not', () => {
    expect(parseCustomerText('张先生 13812345678').name).toBe('张先生');
    expect(parseCustomerText('先生 13812345678').name).toBeUndefined();
    expect(parseCustomerText('女士，13812345678').name).toBeUndefined();
  });

  it('11. labelled minority name with a middle dot', () => {
    expect(parseCustomerText('收货人：阿依古丽·买买提 电话：13912345678').name).toBe('阿依古丽·买买提');
  });
});

describe('landlines', () => {
  it('12. 区号-号码', () => expect(phonesOf('座机 0571-88886666')).toEqual([['0571-88886666', 'landline']]));
  it('13. parenthesised area code', () => expect(phonesOf('(010)12345678')).toEqual([['010-12345678', 'landline']]));
  it('14. spaces and an extension (转)', () => expect(phonesOf('021 6666 8888 转 123')).toEqual([['021-66668888-123', 'landline']]));
  it('15. unseparated landline with a 3-digit area code', () => expect(phonesOf('电话02087654321')).toEqual([['020-87654321', 'landline']]));
  it('16. 400 hotline', () => expect(phonesOf('客服 400-123-4567')).toEqual([['400-123-4567', 'landline']]));
  it('17. mobile and landline together, mobile preferred in order of appearance', () => {
    expect(phonesOf('手机13812345678 座机0571-88886666')).toEqual([
      ['13812345678', 'mobile'],
      ['0571-88886666', 'landline'],
    ]);
  });
});

describe('administrative divisions', () => {
  it('18. municipality: province = city', () => {
    expect(split(addr('上海市浦东新区世纪大道100号'))).toEqual(['上海市', '上海市', '浦东新区', '世纪大道100号']);
  });
  it('19. municipality repeated as in Taobao blocks', () => {
    expect(split(addr('北京 北京市 海淀区 中关村大街1号'))).toEqual(['北京市', '北京市', '海淀区', '中关村大街1号']);
  });
  it('20. Xinjiang autonomous region', () => {
    expect(split(addr('新疆维吾尔自治区乌鲁木齐市天山区解放北路1号'))).toEqual(['新疆维吾尔自治区', '乌鲁木齐市', '天山区', '解放北路1号']);
  });
  it('21. Inner Mongolia with a league (盟)', () => {
    expect(split(addr('内蒙古自治区锡林郭勒盟锡林浩特市团结大街5号'))).toEqual(['内蒙古自治区', '锡林郭勒盟', '锡林浩特市', '团结大街5号']);
  });
  it('22. Guangxi', () => {
    expect(split(addr('广西壮族自治区南宁市青秀区民族大道100号'))).toEqual(['广西壮族自治区', '南宁市', '青秀区', '民族大道100号']);
  });
  it('23. autonomous prefecture (自治州)', () => {
    expect(split(addr('吉林省延边朝鲜族自治州延吉市光明街1号'))).toEqual(['吉林省', '延边朝鲜族自治州', '延吉市', '光明街1号']);
  });
  it('24. prefecture (地区) and county', () => {
    expect(split(addr('西藏自治区阿里地区噶尔县狮泉河镇'))).toEqual(['西藏自治区', '阿里地区', '噶尔县', '狮泉河镇']);
  });
  it('25. county-level city under a prefecture city (义乌市 under 金华市)', () => {
    expect(split(addr('浙江省金华市义乌市稠州北路100号'))).toEqual(['浙江省', '金华市', '义乌市', '稠州北路100号']);
  });
  it('26. province written without 省', () => {
    expect(split(addr('浙江杭州市西湖区文三路90号'))).toEqual(['浙江省', '杭州市', '西湖区', '文三路90号']);
  });
  it('27. short-form autonomous region without suffix', () => {
    expect(split(addr('广西桂林市秀峰区中山中路1号'))).toEqual(['广西壮族自治区', '桂林市', '秀峰区', '中山中路1号']);
  });
  it('28. banner (旗) as the county level', () => {
    expect(addr('内蒙古鄂尔多斯市伊金霍洛旗阿勒腾席热镇')?.district).toBe('伊金霍洛旗');
  });
  it('29. a street named after a province does not become the province', () => {
    const a = addr('广东省广州市越秀区北京路100号');
    expect(split(a)).toEqual(['广东省', '广州市', '越秀区', '北京路100号']);
  });
  it('30. 市场 in the street is not a county-level city', () => {
    expect(split(addr('山东省临沂市兰山区市场街3号'))).toEqual(['山东省', '临沂市', '兰山区', '市场街3号']);
  });
  it('every address fits addressSchema', () => {
    for (const text of ['浙江省杭州市西湖区文三路90号', '上海市浦东新区世纪大道100号', '500 Market St, San Francisco, CA 94105']) {
      expect(addressSchema.safeParse(addr(text)).success).toBe(true);
    }
  });
  it('the province table has the 34 divisions with unique names and abbreviations', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.abbr)).size).toBe(34);
    expect(findProvince('宁夏银川市')?.entry.name).toBe('宁夏回族自治区');
    expect(findProvince('香港九龙')?.entry.kind).toBe('sar');
  });
});

describe('order and tracking numbers', () => {
  it('31. Pinduoduo order number', () => {
    const r = parseCustomerText('订单编号：241105-583920174639201');
    expect(r.orderNumbers).toEqual(['241105-583920174639201']);
    expect(r.phones).toEqual([]);
  });
  it('32. Taobao 19-digit order number is not a phone', () => {
    const r = parseCustomerText('3456789012345678901 张三 13812345678');
    expect(r.orderNumbers).toEqual(['3456789012345678901']);
    expect(r.phones.map((p) => p.value)).toEqual(['13812345678']);
  });
  it('33. tracking numbers from SF, YTO, JD and ZTO', () => {
    const r = parseCustomerText('SF1234567890123 YT1234567890123 JDX123456789012 75123456789012');
    expect(r.trackingNumbers).toEqual(['SF1234567890123', 'YT1234567890123', 'JDX123456789012', '75123456789012']);
    expect(r.orderNumbers).toEqual([]);
    expect(r.phones).toEqual([]);
  });
  it('34. labelled tracking number with a courier name', () => {
    expect(parseCustomerText('快递单号：中通 78912345678901').trackingNumbers).toEqual(['78912345678901']);
  });
  it('35. Amazon order number', () => {
    expect(parseCustomerText('Order # 112-3456789-1234567').orderNumbers).toEqual(['112-3456789-1234567']);
  });
});

describe('English blocks', () => {
  it('36. US block: name line, phone, street with city/state/zip', () => {
    const r = parseCustomerText('John Smith\n+1 (415) 555-0132\n500 Market St, San Francisco, CA 94105');
    expect(r.name).toBe('John Smith');
    expect(r.phones).toEqual([{ value: '+14155550132', kind: 'international', raw: '+1 (415) 555-0132' }]);
    expect(r.address).toEqual({ street: '500 Market St', city: 'San Francisco', province: 'CA', full: '500 Market St, San Francisco, CA 94105' });
  });
  it('37. labelled name and UK phone on one line', () => {
    const r = parseCustomerText('Name: Jane Doe / Phone: +44 20 7946 0958');
    expect(r.name).toBe('Jane Doe');
    expect(phonesOf('Name: Jane Doe / Phone: +44 20 7946 0958')).toEqual([['+442079460958', 'international']]);
  });
  it('38. street and city on separate lines', () => {
    const a = addr('Mary Johnson\n1600 Amphitheatre Parkway\nMountain View, CA 94043');
    expect(a).toMatchObject({ street: '1600 Amphitheatre Parkway', city: 'Mountain View', province: 'CA' });
  });
  it('39. UK address kept whole rather than split wrongly', () => {
    const a = addr('221B Baker Street\nLondon NW1 6XE');
    expect(a).toEqual({ full: '221B Baker Street, London NW1 6XE' });
  });
});

describe('partial and malformed input', () => {
  it('40. masked phone is a warning, not a phone', () => {
    const r = parseCustomerText('张三 138****5678');
    expect(r.phones).toEqual([]);
    expect(r.name).toBe('张三');
    expect(r.warnings.map((w) => w.en).join()).toMatch(/masked/);
  });
  it('41. mobile with a missing digit is a warning with its digit count', () => {
    const r = parseCustomerText('张三 1381234567 浙江省杭州市西湖区文三路90号');
    expect(r.phones).toEqual([]);
    expect(r.warnings[0]?.['zh-CN']).toContain('10 位');
    expect(r.address?.city).toBe('杭州市');
  });
  it('42. address without a province takes it from the city the gazetteer knows; an unknown one keeps the text and warns', () => {
    const r = parseCustomerText('杭州市西湖区文三路90号 张三');
    expect(r.address).toEqual({ full: '杭州市西湖区文三路90号', province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号' });
    expect(r.name).toBe('张三');
    expect(warningsOf('杭州市西湖区文三路90号 张三').join()).not.toMatch(/No province/);
    const unknown = parseCustomerText('青山市绿水区幸福路1号 张三');
    expect(unknown.address).toMatchObject({ full: '青山市绿水区幸福路1号', city: '青山市', district: '绿水区' });
    expect(unknown.address?.province).toBeUndefined();
    expect(warningsOf('青山市绿水区幸福路1号 张三').join()).toMatch(/No province/);
  });
  it('43. a labelled address without province or divisions is kept whole', () => {
    const r = parseCustomerText('地址：幸福小区3栋2单元501');
    expect(r.address).toEqual({ full: '幸福小区3栋2单元501' });
  });
  it('44. just a nickname gives nothing but a warning', () => {
    const r = parseCustomerText('小fish爱购物');
    expect(r).toMatchObject({ phones: [], orderNumbers: [], trackingNumbers: [] });
    expect(r.name).toBeUndefined();
    expect(r.address).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
  });
  it('45. random chat text yields no fields', () => {
    for (const text of ['亲，我的快递到哪了？能不能快点发货', '这件衣服有点小，可以换大一码吗', '好的谢谢']) {
      const r = parseCustomerText(text);
      expect(r.name, text).toBeUndefined();
      expect(r.phones, text).toEqual([]);
      expect(r.address, text).toBeUndefined();
    }
  });
  it('46. a phone followed by a postcode on the same line', () => {
    expect(phonesOf('13812345678 310000')).toEqual([['13812345678', 'mobile']]);
  });
  it('47. a landline without area code is reported when labelled', () => {
    expect(parseCustomerText('电话：88886666').phones).toEqual([]);
    expect(warningsOf('电话：88886666').join()).toMatch(/area code/);
  });
  it('48. dates and prices are not phone warnings', () => {
    const r = parseCustomerText('2024-11-05 下单，共 129.00 元');
    expect(r.phones).toEqual([]);
    expect(r.warnings.map((w) => w.en).join()).not.toMatch(/The number/);
  });
  it('49. an address fragment is never a name', () => {
    expect(parseCustomerText('西湖区 13812345678').name).toBeUndefined();
    expect(parseCustomerText('文三路 13812345678').name).toBeUndefined();
  });
  it('50. a 12-digit mobile typo is a warning', () => {
    expect(parseCustomerText('13812345678 9'.replace(' ', '')).phones).toEqual([]);
    expect(warningsOf('138123456789').join()).toMatch(/12 digits/);
  });
  it('rejects non-text and oversized input with a specific error', () => {
    expect(() => parseCustomerText(undefined as unknown as string)).toThrow(CustomerTextError);
    expect(() => parseCustomerText(undefined as unknown as string)).toThrow(/must be a string/);
    expect(() => parseCustomerText('a'.repeat(4001))).toThrow(/too long/);
  });
});
