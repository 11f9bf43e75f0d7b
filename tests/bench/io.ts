/**
 * Customer sheet import at scale, in Node with fake-indexeddb: CSV parse, column guess,
 * validation and matching (preview) for 10,000 and 100,000 rows, plus the all-or-nothing
 * commit for 10,000 rows. Chromium's real IndexedDB is measured separately (e2e).
 * Run: npx tsx -e "import('./tests/bench/io.ts').then(m=>m.run())"
 */
import 'fake-indexeddb/auto';
import { SellerDb } from '../../lib/db/database';
import { customerSchema, type Customer } from '../../lib/db/schemas';
import { guessColumnMapping } from '../../lib/io/column-mapping';
import { commitImport } from '../../lib/io/commit-import';
import { parseCsv, toCsv } from '../../lib/io/csv-format';
import { previewImport } from '../../lib/io/preview-import';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['芳', '伟', '娜', '秀英', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟'];
const PLACES = ['浙江省杭州市西湖区文三路', '广东省深圳市南山区科技园路', '北京市朝阳区建国路', '江苏省南京市鼓楼区中山路', '四川省成都市武侯区人民南路'];

/** A sheet as sellers keep them: buyer id, name, phone, address, tags, birthday, note; ~1% bad cells. */
function sheet(rows: number): string {
  const headers = ['平台', '买家ID', '收货人', '手机号', '收货地址', '生日', '标签', '积分', '备注'];
  const data: string[][] = [];
  for (let i = 0; i < rows; i += 1) {
    const name = SURNAMES[i % SURNAMES.length]! + GIVEN[i % GIVEN.length]!;
    const phone = i % 97 === 0 ? '1381234' : `13${5 + (i % 5)}${String(i).padStart(8, '0')}`;
    data.push([
      i % 3 === 0 ? '拼多多' : '淘宝',
      `buyer_${i}`,
      name,
      phone,
      `${PLACES[i % PLACES.length]}${(i % 300) + 1}号${(i % 20) + 1}栋`,
      i % 4 === 0 ? `19${70 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` : '',
      i % 5 === 0 ? '老顾客、爱买围巾' : '',
      String(i % 2000),
      i % 10 === 0 ? `喜欢深色，"别发顺丰"，地址写详细, 第 ${i} 位` : '',
    ]);
  }
  return toCsv(headers, data);
}

/** Existing archive: a tenth of the sheet's buyers, so the preview merges as well as adds. */
function archive(rows: number): Customer[] {
  const out: Customer[] = [];
  for (let i = 0; i < rows; i += 10) {
    out.push(customerSchema.parse({ id: `a${i}`, platform: i % 3 === 0 ? 'pinduoduo' : 'taobao', platformUid: `buyer_${i}`, name: '旧名', createdAt: 0, updatedAt: 0 }));
  }
  return out;
}

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(0)} ms`;
}

async function measure(rows: number, commit: boolean): Promise<void> {
  const text = sheet(rows);
  const existing = archive(rows);
  let t = performance.now();
  const parsed = parseCsv(text);
  const parseTime = ms(t);
  t = performance.now();
  const mapping = guessColumnMapping(parsed.headers);
  const preview = previewImport(parsed.rows, mapping, existing, { defaultPlatform: 'other' });
  const previewTime = ms(t);
  console.log(
    `io import ${rows.toLocaleString('en')} rows (${(text.length / 1e6).toFixed(1)} MB CSV): parse ${parseTime}, validate+preview ${previewTime}` +
      ` → ${preview.addedRows} add, ${preview.mergedRows} merge, ${preview.badRows} bad`,
  );
  if (!commit) return;
  const db = new SellerDb(`bench-io-${rows}`);
  await db.customers.bulkAdd(existing.map((c) => ({ ...c })));
  t = performance.now();
  const result = await commitImport(db, preview);
  console.log(`io commit ${rows.toLocaleString('en')} rows into fake-indexeddb (one transaction, search keys built by the hook): ${ms(t)} → ${JSON.stringify(result)}`);
  db.close();
}

export async function run(): Promise<void> {
  await measure(10_000, true);
  await measure(100_000, false);
}
