/**
 * A made-up but realistic seller archive for the scale benchmark: Chinese names drawn from
 * common surnames and given-name characters, masked marketplace nicknames, platform buyer
 * ids, 11-digit mobiles, full addresses, orders, notes, and follow-up tasks whose due dates
 * spread over three months around today. Deterministic (seeded), so runs compare.
 */
import type { Customer, Note, Order, Platform, Task, TaskKind } from '../../lib/db/schemas';

export interface ScaleArchive {
  customers: Customer[];
  orders: Order[];
  notes: Note[];
  tasks: Task[];
}

/** mulberry32: tiny, fast, seeded; quality is plenty for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The hundred or so surnames that cover most of the population, roughly by frequency.
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方'];
const GIVEN_CHARS = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉鹏宇浩凯晨子涵欣怡梓轩雨萱佳琪思远博文俊杰嘉豪婷雪梅兰春燕玲丹颖琳晶慧莉倩瑶'];
const NICK_WORDS = ['小猫', '阳光', '快乐', '甜甜', '晴天', '大白', '果果', '糖糖', '星星', '木子', '一只鱼', '柠檬'];
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const PLATFORMS: Platform[] = ['pinduoduo', 'pinduoduo', 'pinduoduo', 'taobao', 'taobao', 'douyin', 'douyin', 'jd'];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '199'];
const PLACES: [string, string, string[]][] = [
  ['浙江省', '杭州市', ['西湖区', '拱墅区', '余杭区', '滨江区']],
  ['广东省', '深圳市', ['南山区', '福田区', '宝安区', '龙岗区']],
  ['广东省', '广州市', ['天河区', '越秀区', '海珠区', '番禺区']],
  ['江苏省', '南京市', ['鼓楼区', '玄武区', '江宁区']],
  ['四川省', '成都市', ['武侯区', '锦江区', '高新区']],
  ['北京市', '北京市', ['朝阳区', '海淀区', '丰台区']],
  ['上海市', '上海市', ['浦东新区', '徐汇区', '闵行区']],
  ['湖北省', '武汉市', ['洪山区', '武昌区', '江汉区']],
  ['山东省', '青岛市', ['市南区', '崂山区', '黄岛区']],
  ['河南省', '郑州市', ['金水区', '中原区', '二七区']],
];
const ROADS = ['人民路', '解放路', '中山路', '建设路', '文三路', '科技园路', '长江路', '和平街', '幸福里', '学府路'];
const PRODUCTS: [string, string, number][] = [
  ['加厚保温杯 500ml', '杯具', 39.9],
  ['纯棉短袖T恤 宽松款', '服装', 59],
  ['儿童雨靴 防滑', '鞋靴', 45.5],
  ['手工羊毛围巾', '配饰', 129],
  ['无线蓝牙耳机', '数码', 89],
  ['陶瓷餐具四件套', '家居', 76.8],
  ['桂花乌龙茶 250g', '茶叶', 68],
  ['婴儿湿巾 80抽x6包', '母婴', 29.9],
];
const NOTE_TEXTS = [
  '喜欢深色款，发货前提醒一下',
  '上次快递太慢有点不满意，这次加急',
  '老顾客，送个小样',
  '收件地址经常换，发货前确认',
  '要发票，抬头写公司',
  '对尺码敏感，推荐大一码',
  '只收顺丰，别发别的快递',
  '生日在月底，可以发个祝福',
  '问过优惠，在意价格',
  '退过一次货，原因是色差',
];
const KINDS: TaskKind[] = ['shipping_notice', 'arrival_check', 'signoff_followup', 'review_reminder', 'revisit', 'birthday_greeting', 'return_tracking'];
const ORDER_STATUSES: Order['status'][] = ['paid', 'shipped', 'delivered', 'delivered', 'reviewed', 'reviewed', 'return_closed', 'cancelled'];

const DAY = 86_400_000;

export function makeScaleArchive(size: { customers: number; orders: number; notes: number; tasks: number }, now: number, seed = 7): ScaleArchive {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const digits = (n: number) => {
    let out = '';
    for (let i = 0; i < n; i += 1) out += Math.floor(random() * 10);
    return out;
  };

  const customers: Customer[] = [];
  const usedUids = new Set<string>();
  for (let i = 0; i < size.customers; i += 1) {
    const surname = random() < 0.01 ? pick(COMPOUND_SURNAMES) : pick(SURNAMES);
    const name = surname + pick(GIVEN_CHARS) + (random() < 0.6 ? pick(GIVEN_CHARS) : '');
    const platform = pick(PLATFORMS);
    let platformUid: string;
    do {
      platformUid = platform === 'taobao' ? `tb${digits(10)}` : platform === 'jd' ? `jd_${digits(9)}` : digits(platform === 'douyin' ? 11 : 9);
    } while (usedUids.has(`${platform}:${platformUid}`));
    usedUids.add(`${platform}:${platformUid}`);
    const [province, city, districts] = pick(PLACES);
    const district = pick(districts);
    const street = `${pick(ROADS)}${1 + Math.floor(random() * 300)}号${1 + Math.floor(random() * 20)}栋${101 + Math.floor(random() * 20)}室`;
    const customer: Customer = {
      id: `c${String(i).padStart(7, '0')}-${digits(6)}`,
      platform,
      platformUid,
      nickname: maskedNickname(random, pick),
      name,
      phone: pick(MOBILE_PREFIXES) + digits(8),
      address: { province, city, district, street, full: `${province}${city === province ? '' : city}${district}${street}` },
      sizes: random() < 0.2 ? { 鞋码: String(35 + Math.floor(random() * 10)) } : {},
      interests: [],
      tags: random() < 0.15 ? ['老顾客'] : [],
      vipLevel: Math.floor(random() * 4),
      points: Math.floor(random() * 3000),
      createdAt: now - Math.floor(random() * 700 * DAY),
      updatedAt: now - Math.floor(random() * 30 * DAY),
    };
    if (random() < 0.3) customer.birthday = `19${70 + Math.floor(random() * 30)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    customers.push(customer);
  }
  const someCustomer = () => customers[Math.floor(random() * customers.length)]!;

  const orders: Order[] = [];
  for (let i = 0; i < size.orders; i += 1) {
    const [title, category, price] = pick(PRODUCTS);
    const quantity = random() < 0.8 ? 1 : 2;
    const paidAt = now - Math.floor(random() * 365 * DAY);
    const status = pick(ORDER_STATUSES);
    const order: Order = {
      id: `o${String(i).padStart(8, '0')}`,
      customerId: someCustomer().id,
      orderNo: `${new Date(paidAt).toISOString().slice(2, 10).replace(/-/g, '')}-${digits(15)}`,
      items: [{ title, category, price, quantity }],
      amount: Math.round(price * quantity * 100) / 100,
      status,
      paidAt,
      createdAt: paidAt,
      updatedAt: paidAt + 5 * DAY,
    };
    if (status !== 'paid' && status !== 'cancelled') {
      order.shippedAt = paidAt + DAY;
      order.courier = pick(['中通', '圆通', '韵达', '顺丰', '京东']);
      order.trackingNo = `7${digits(13)}`;
    }
    orders.push(order);
  }

  const notes: Note[] = [];
  for (let i = 0; i < size.notes; i += 1) {
    notes.push({ id: `n${String(i).padStart(8, '0')}`, customerId: someCustomer().id, text: pick(NOTE_TEXTS), createdAt: now - Math.floor(random() * 365 * DAY) });
  }

  // Due dates from 90 days ago to 60 days ahead; most past tasks were done or cancelled, a
  // few stayed open (overdue), and everything due today or later is open.
  const tasks: Task[] = [];
  for (let i = 0; i < size.tasks; i += 1) {
    const dueAt = now - 90 * DAY + Math.floor(random() * 150 * DAY);
    const past = dueAt < now - DAY;
    const roll = random();
    const status: Task['status'] = !past ? 'open' : roll < 0.92 ? 'done' : roll < 0.97 ? 'cancelled' : 'open';
    const task: Task = {
      id: `t${String(i).padStart(8, '0')}`,
      customerId: someCustomer().id,
      kind: pick(KINDS),
      dueAt,
      status,
      createdAt: dueAt - 3 * DAY,
    };
    if (status !== 'open') task.doneAt = dueAt + 3_600_000;
    tasks.push(task);
  }
  return { customers, orders, notes, tasks };
}

/** Marketplaces show buyers as "j***n", "小**猫" or "t***8". */
function maskedNickname(random: () => number, pick: <T>(list: readonly T[]) => T): string {
  const roll = random();
  if (roll < 0.4) return `${pick([...LATIN])}***${pick([...LATIN])}`;
  if (roll < 0.7) {
    const word = pick(NICK_WORDS);
    return `${word[0]}**${word[word.length - 1]}`;
  }
  if (roll < 0.9) return `${pick([...LATIN])}***${Math.floor(random() * 10)}`;
  return pick(NICK_WORDS) + Math.floor(random() * 1000);
}
