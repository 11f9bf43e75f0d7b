import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../../lib/io/column-mapping';
import { previewImport } from '../../../lib/io/preview-import';
import { customer, T0 } from './io-fixtures';

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const options = () => ({ defaultPlatform: 'taobao' as const, now: T0 + 1, newId: ids() });

describe('previewImport', () => {
  it('adds new customers and reports nothing for a clean sheet', () => {
    const mapping = guessColumnMapping(['旺旺', '收货人', '手机', '收货地址', '标签', '备注']);
    const preview = previewImport(
      [
        ['tb_amy', '王芳', '13900001111', '浙江省杭州市西湖区文三路90号', '老顾客、爱买围巾', '要发票'],
        ['tb_bob', '赵强', '139-0000-2222', '', '', ''],
      ],
      mapping,
      [],
      options(),
    );
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ totalRows: 2, addedRows: 2, mergedRows: 0, badRows: 0 });
    const amy = preview.adds[0]!;
    expect(amy.customer).toMatchObject({
      id: 'new-1',
      platform: 'taobao',
      platformUid: 'tb_amy',
      name: '王芳',
      phone: '13900001111',
      address: { province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号', full: '浙江省杭州市西湖区文三路90号' },
      tags: ['老顾客', '爱买围巾'],
      createdAt: T0 + 1,
    });
    expect(amy.notes).toEqual(['要发票']);
    expect(amy.rows).toEqual([2]);
    expect(preview.adds[1]!.customer.phone).toBe('13900002222');
  });

  it('reports every bad cell with the row number Excel shows, the column and the reason', () => {
    const mapping = guessColumnMapping(['姓名', '电话', '生日', 'VIP等级', '平台']);
    const rows = [
      ['甲', '13900001111', '', '', ''],
      ['', '', '', '', ''], // blank rows are skipped but still counted for numbering
      ['乙', '13900002222', '', '', ''],
      ['丙', '13900003333', '', '', ''],
      ['丁', '13900004444', '', '', ''],
      ['戊', '13812345', '1990-13-01', 'V12', '拍拍'],
    ];
    const preview = previewImport(rows, mapping, [], options());
    expect(preview.badRows).toBe(1);
    expect(preview.totalRows).toBe(5);
    expect(preview.problems.map((p) => p.message['zh-CN'])).toEqual([
      '第 7 行「电话」：13812345 不是有效的手机号',
      '第 7 行「生日」：1990-13-01 不是有效的日期（例如 1990-05-17 或 5月17日）',
      '第 7 行「VIP等级」：V12 不是 0 到 10 之间的等级',
      '第 7 行「平台」：拍拍 不是支持的平台（如 拼多多、抖音、京东、淘宝）',
    ]);
    expect(preview.problems[0]).toMatchObject({ row: 7, column: '电话' });
    expect(preview.problems[0]!.message.en).toBe('Row 7, "电话": 13812345 is not a valid phone number');
    expect(preview.adds).toHaveLength(4);
  });

  it('rejects a row with nothing to identify the customer', () => {
    const preview = previewImport([['浙江省杭州市', 'x']], guessColumnMapping(['地址', '姓名']), [], options());
    expect(preview.adds).toHaveLength(1); // a name alone is enough
    const none = previewImport([['浙江省杭州市', '']], guessColumnMapping(['地址', '姓名']), [], options());
    expect(none.problems[0]!.message['zh-CN']).toBe('第 2 行：没有买家ID、电话、姓名或昵称，无法识别是哪位顾客');
  });

  it('merges into archive customers by platform + buyer id, else by phone; blank cells never erase', () => {
    const archive = [
      customer({ id: 'a1', platform: 'taobao', platformUid: 'tb_amy', name: '王芳', phone: '13900001111', tags: ['老顾客'], points: 50 }),
      customer({ id: 'a2', platform: 'jd', platformUid: 'jd_c', name: '陈', phone: '13900003333' }),
    ];
    const mapping = guessColumnMapping(['平台', '买家ID', '姓名', '电话', '标签', '积分']);
    const preview = previewImport(
      [
        ['淘宝', 'tb_amy', '', '', 'VIP', '80'],
        ['拼多多', 'pdd_c', '陈小姐', '13900003333', '', ''],
        ['淘宝', 'tb_new', '新人', '13900009999', '', ''],
      ],
      mapping,
      archive,
      options(),
    );
    expect(preview).toMatchObject({ addedRows: 1, mergedRows: 2 });
    const [amy, chen] = preview.merges;
    expect(amy!.before).toBe(archive[0]);
    expect(amy!.customer).toMatchObject({ id: 'a1', name: '王芳', phone: '13900001111', tags: ['老顾客', 'VIP'], points: 80, updatedAt: T0 + 1, createdAt: T0 });
    // Matched by phone across platforms: identity stays as stored.
    expect(chen!.customer).toMatchObject({ id: 'a2', platform: 'jd', platformUid: 'jd_c', name: '陈小姐' });
    expect(preview.adds.map((a) => a.customer.platformUid)).toEqual(['tb_new']);
  });

  it('matches a phone stored with dashes or +86 to the same number in the sheet', () => {
    const archive = [customer({ id: 'a1', platform: 'jd', platformUid: 'jd_c', phone: '+86 139-0000-3333' })];
    const preview = previewImport([['pdd_c', '陈小姐', '13900003333']], guessColumnMapping(['买家ID', '姓名', '电话']), archive, options());
    expect(preview).toMatchObject({ addedRows: 0, mergedRows: 1 });
    expect(preview.merges[0]!.customer).toMatchObject({ id: 'a1', name: '陈小姐', phone: '13900003333' });
  });

  it('merges rows of the same file with each other, by buyer id or phone', () => {
    const mapping = guessColumnMapping(['买家ID', '姓名', '电话', '标签', '备注']);
    const preview = previewImport(
      [
        ['u1', '王芳', '', '甲', '第一次'],
        ['u1', '', '13900001111', '乙', '第二次'],
        ['', '王小芳', '13900001111', '', '第一次'],
        ['u2', '李', '13900002222', '', ''],
      ],
      mapping,
      [],
      options(),
    );
    expect(preview).toMatchObject({ totalRows: 4, addedRows: 2, mergedRows: 2 });
    expect(preview.adds[0]).toMatchObject({ rows: [2, 3, 4], notes: ['第一次', '第二次'] });
    expect(preview.adds[0]!.customer).toMatchObject({ platformUid: 'u1', name: '王小芳', phone: '13900001111', tags: ['甲', '乙'] });
    expect(preview.merges).toEqual([]);
  });

  it('gives rows without a buyer id a stable generated one', () => {
    const mapping = guessColumnMapping(['姓名', '电话', '地址']);
    const first = previewImport([['王芳', '13900001111', ''], ['李雷', '', '北京市朝阳区建国路1号']], mapping, [], options());
    const again = previewImport([['李雷', '', '北京市朝阳区建国路1号']], mapping, [], options());
    expect(first.adds[0]!.customer.platformUid).toBe('tel:13900001111');
    expect(first.adds[1]!.customer.platformUid).toMatch(/^gen:[0-9a-z]{7}$/);
    expect(again.adds[0]!.customer.platformUid).toBe(first.adds[1]!.customer.platformUid);
    // Importing the same sheet into an archive that has it merges instead of duplicating.
    const archive = first.adds.map((a) => a.customer);
    const repeat = previewImport([['王芳', '13900001111', ''], ['李雷', '', '北京市朝阳区建国路1号']], mapping, archive, options());
    expect(repeat).toMatchObject({ addedRows: 0, mergedRows: 2 });
  });

  it('uses the platform column when present and the default platform otherwise', () => {
    const preview = previewImport([['PDD', 'a'], ['', 'b'], ['天猫', 'c']], guessColumnMapping(['平台', '买家ID']), [], options());
    expect(preview.adds.map((a) => a.customer.platform)).toEqual(['pinduoduo', 'taobao', 'taobao']);
  });

  it('reports a merge that would break a limit instead of writing it', () => {
    const archive = [customer({ id: 'a1', platformUid: 'u1', tags: Array.from({ length: 49 }, (_, i) => `t${i}`) })];
    const preview = previewImport([['u1', 'x1、x2']], { headers: ['买家ID', '标签'], targets: ['platformUid', 'tags'] }, archive, { ...options(), defaultPlatform: 'pinduoduo' });
    expect(preview.badRows).toBe(1);
    expect(preview.problems[0]!.message['zh-CN']).toMatch(/^第 2 行「标签」：合并后数据无效/);
    expect(preview.merges).toEqual([]);
  });
});
