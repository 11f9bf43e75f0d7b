/**
 * Benchmark: how well the rule check does on the labelled sets of seller replies (main set,
 * then the held-out set written after the rules were finished), and how many checks per
 * second it runs on realistic after-sales replies.
 * The check runs on every keystroke while a seller edits a template, so it must stay far
 * below a frame (16 ms) per call; the figures printed here are what to watch.
 */
import { existsSync } from 'node:fs';
import { checkCompliance } from '../../lib/compliance/index.ts';
import { formatFigures, loadSet, scoreSet } from './compliance-set.ts';

/** The main set is tuned on. Each held-out set was written after a round of rule changes and
 *  measured once before the next round; after that round it counts as tuned too (see
 *  tests/fixtures/compliance/README.md for the first-measured figures). */
const SETS = [
  ['main set', 'tests/fixtures/compliance/replies.tsv'],
  ['held-out set 1', 'tests/fixtures/compliance/holdout.tsv'],
  ['held-out set 2', 'tests/fixtures/compliance/holdout-2.tsv'],
  ['held-out set 3', 'tests/fixtures/compliance/holdout-3.tsv'],
  ['held-out set 4', 'tests/fixtures/compliance/holdout-4.tsv'],
  ['held-out set 5', 'tests/fixtures/compliance/holdout-5.tsv'],
  ['held-out set 6 (never tuned on)', 'tests/fixtures/compliance/holdout-6.tsv'],
] as const;

const OPENINGS = ['亲，', '您好，', '亲爱的顾客，', '在的亲，', 'Hi there, ', 'Hello {{buyer}}, ', ''];
const BODIES = [
  '非常抱歉给您带来不便，我们第一时间为您补发，运费由我们承担。',
  '最近快递比较慢，您的包裹已经到{{city}}了，预计最晚周五送达，请您耐心等待。',
  '这款是100%纯棉的，第一次洗建议冷水手洗，最好不要暴晒。',
  '退货地址：浙江省杭州市西湖区文三路90号 张三 13812345678，寄回时请备注订单号。',
  '关于价格，这已经是活动价了，我们可以给您包邮，您看可以吗？',
  '您说的问题我们已经记录，今天下午五点前给您答复。',
  '收到后如有任何问题随时联系我们，满意的话记得给个评价哦。',
  '加微信发你更多图片，下单返现5元。',
  '我们家质量最好，全网最低价，销量第一，绝对正品。',
  '爱买不买，别浪费我时间。',
  'Sorry for the delay, your parcel is on its way and should arrive by Friday.',
  'Could you share a photo of the damage? We will send a replacement right away.',
  'If you are happy with the product, please leave us a 5-star review!',
  'Add me on WhatsApp and we can sort it out outside the platform.',
  'Thanks for your patience. The refund has been issued and will show in 3-5 days.',
];
const CLOSINGS = ['祝您生活愉快！', '有问题随时找我们哦~', 'Have a great day!', '', '感谢支持，期待您再次光临。'];

function buildReplies(count: number): string[] {
  const replies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const parts = [OPENINGS[i % OPENINGS.length], BODIES[i % BODIES.length], BODIES[(i * 7 + 3) % BODIES.length], CLOSINGS[i % CLOSINGS.length]];
    replies.push(parts.join(''));
  }
  return replies;
}

export async function run(): Promise<void> {
  for (const [name, path] of SETS) {
    if (!existsSync(path)) continue;
    const figures = scoreSet(loadSet(path));
    console.log(formatFigures(`compliance ${name} (${path})`, figures));
    // The misses, so a change that loses a case says which one.
    for (const m of figures.misses) {
      console.log(`    miss line ${m.row.line} [${m.row.expected} ${m.row.rule ?? 'harmless'}] → ${m.verdict} ${m.rules.join(',')}: ${m.row.text}`);
    }
  }

  const replies = buildReplies(300);
  const avgLength = Math.round(replies.reduce((n, r) => n + r.length, 0) / replies.length);

  // Warm-up so the JIT has compiled the regexes before timing.
  for (const r of replies) checkCompliance(r, { platform: 'amazon' });

  const rounds = 20;
  let findings = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (const r of replies) findings += checkCompliance(r, { platform: 'amazon', context: { reviewRequestsSentForOrder: 1 } }).length;
  }
  const elapsed = performance.now() - started;
  const checks = rounds * replies.length;

  let worst = 0;
  for (const r of replies) {
    const t0 = performance.now();
    checkCompliance(r);
    worst = Math.max(worst, performance.now() - t0);
  }

  console.log(`compliance: ${replies.length} replies (avg ${avgLength} chars), ${checks} checks`);
  console.log(`compliance: ${Math.round((checks / elapsed) * 1000).toLocaleString('en')} checks/s, ${((elapsed / checks) * 1000).toFixed(1)} µs/check, worst single ${(worst * 1000).toFixed(0)} µs, ${findings} findings`);
}
