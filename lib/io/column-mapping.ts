/**
 * Which archive field each column of a seller's sheet fills. `guessColumnMapping` proposes
 * one from the header words sellers use (Chinese or English, as exported by the platforms or
 * typed by hand); the seller can change any column before the preview.
 */
import { localized, type Localized } from '../i18n/localized';

export const IMPORT_FIELDS = [
  'platform',
  'platformUid',
  'nickname',
  'name',
  'phone',
  'province',
  'city',
  'district',
  'street',
  'addressFull',
  'birthday',
  'tags',
  'vipLevel',
  'points',
  'note',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** A column the seller chose not to import (or that only an export carries, like 订单数). */
export type ColumnTarget = ImportField | 'ignore';

export interface ColumnMapping {
  /** The header cells as they stand in row 1, for messages. */
  headers: string[];
  /** One target per column, by position. */
  targets: ColumnTarget[];
}

export const FIELD_LABELS: Record<ColumnTarget, Localized> = {
  platform: localized('平台', 'Platform'),
  platformUid: localized('买家ID', 'Buyer ID'),
  nickname: localized('昵称', 'Nickname'),
  name: localized('姓名', 'Name'),
  phone: localized('电话', 'Phone'),
  province: localized('省', 'Province'),
  city: localized('市', 'City'),
  district: localized('区', 'District'),
  street: localized('详细地址', 'Street address'),
  addressFull: localized('完整地址（自动拆分省市区）', 'Full address (split automatically)'),
  birthday: localized('生日', 'Birthday'),
  tags: localized('标签', 'Tags'),
  vipLevel: localized('VIP等级', 'VIP level'),
  points: localized('积分', 'Points'),
  note: localized('备注', 'Note'),
  ignore: localized('不导入', 'Do not import'),
};

/** Header words per field, already folded (lower case, no spaces or punctuation). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  platform: ['平台', '渠道', '店铺平台', '来源平台', 'platform', 'marketplace', 'channel'],
  platformUid: ['买家id', '旺旺', '旺旺号', '旺旺id', '用户id', '买家账号', '会员id', '会员名', '买家会员名', '买家编号', 'uid', 'buyerid', 'userid', 'customerid', 'buyer', 'username'],
  nickname: ['昵称', '买家昵称', '网名', '用户昵称', 'nickname', 'nick', 'displayname'],
  name: ['姓名', '名字', '收货人', '收件人', '收货人姓名', '客户姓名', '顾客姓名', '联系人', '真实姓名', 'name', 'fullname', 'recipient', 'customername', 'receiver'],
  phone: ['手机', '电话', '手机号', '手机号码', '电话号码', '联系电话', '联系方式', '收货人电话', '收货人手机', '收货人手机号', 'phone', 'mobile', 'tel', 'telephone', 'phonenumber', 'cellphone'],
  province: ['省', '省份', '收货省份', 'province', 'state', 'region'],
  city: ['市', '城市', '收货城市', 'city'],
  district: ['区', '区县', '县区', '区/县', 'district', 'county'],
  street: ['详细地址', '街道地址', '街道', '门牌', 'street', 'streetaddress', 'addressline', 'address1'],
  addressFull: ['地址', '收货地址', '完整地址', '收件地址', '联系地址', 'address', 'shippingaddress', 'fulladdress'],
  birthday: ['生日', '出生日期', '生日日期', 'birthday', 'birthdate', 'dateofbirth', 'dob'],
  tags: ['标签', '客户标签', '分组', 'tags', 'tag', 'labels', 'label'],
  vipLevel: ['vip等级', 'vip', '会员等级', '等级', 'viplevel', 'level', 'tier'],
  points: ['积分', '会员积分', 'points', 'point', 'score'],
  note: ['备注', '买家备注', '客服备注', '卖家备注', '说明', 'note', 'notes', 'remark', 'remarks', 'comment', 'memo'],
};

export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：·()（）[\]【】*#]+/g, '');
}

const BY_WORD: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(SYNONYMS) as [ImportField, readonly string[]][]).flatMap(([field, words]) => words.map((word) => [foldHeader(word), field] as const)),
);

/**
 * Propose a target for each header. An exact synonym wins; otherwise a header that
 * contains a synonym of two or more characters ("收货人手机号码（必填）"). Each field is
 * given to the first column that asks for it, so a sheet with two phone columns imports
 * the first and leaves the other for the seller to decide.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  const targets = headers.map((header): ColumnTarget => {
    const folded = foldHeader(header);
    let field = BY_WORD.get(folded);
    if (!field && folded.length > 0) {
      let best = '';
      for (const [word, candidate] of BY_WORD) {
        if (word.length >= 2 && word.length > best.length && folded.includes(word) && !taken.has(candidate)) {
          best = word;
          field = candidate;
        }
      }
    }
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
  return { headers: [...headers], targets };
}

/** Set one column's target; a field already used by another column moves here. */
export function setColumnTarget(mapping: ColumnMapping, column: number, target: ColumnTarget): ColumnMapping {
  const targets = mapping.targets.map((current, index) => {
    if (index === column) return target;
    return target !== 'ignore' && current === target ? 'ignore' : current;
  });
  return { headers: mapping.headers, targets };
}

/** What the mapping lacks to identify a customer, or undefined when it can be previewed. */
export function mappingProblem(mapping: ColumnMapping): Localized | undefined {
  const identifying: ImportField[] = ['platformUid', 'phone', 'name', 'nickname'];
  if (!mapping.targets.some((target) => identifying.includes(target as ImportField))) {
    return localized(
      '至少要有一列导入为「买家ID」「电话」「姓名」或「昵称」，否则无法识别顾客。',
      'At least one column must import as Buyer ID, Phone, Name or Nickname, or customers cannot be identified.',
    );
  }
  return undefined;
}
