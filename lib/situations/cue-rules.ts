import type { SituationId } from './taxonomy';

/**
 * The lexicon: weighted cue patterns per situation, written against normalised text
 * (simplified Chinese, lower case, NFKC). Weights: ~2 a cue that settles the situation alone,
 * ~1.2 a clear cue, ~0.6 a hint that needs company. `neg` says which negators in front of the
 * cue cancel it: 'strong' = 不是/不用/不要/没有/not…, 'any' also plain 不/没 (for words like
 * 满意 where 不满意 is the opposite). `preSale` cues survive negation in a question
 * ("没有赠品吗" still asks for a gift).
 */
export type Negation = 'strong' | 'any';

export interface CueRule {
  readonly id: SituationId;
  readonly weight: number;
  readonly pattern: RegExp;
  readonly neg?: Negation;
  /** Only counts when the message reads as a question. */
  readonly questionOnly?: boolean;
  /** Only counts when the message does not read as a question. */
  readonly statementOnly?: boolean;
  /** Only counts when the message speaks of goods already received or used. */
  readonly afterSaleOnly?: boolean;
  /** Only counts when the message does not speak of goods received. */
  readonly preSaleOnly?: boolean;
  /** A vague stem, consulted only when no situation has clear evidence. */
  readonly fallback?: boolean;
}

type RuleSpec = [weight: number, pattern: RegExp, options?: Partial<Omit<CueRule, 'id' | 'weight' | 'pattern'>>];

const SPECS: Partial<Record<SituationId, RuleSpec[]>> = {
  greeting: [
    [1.8, /(^(老板|亲|客服|哈喽|哈罗|hello|hi|在吗|你好)([\s,!~。，！]*(老板|亲|客服|哈喽|哈罗|hello|hi|在吗|你好))+|(^|你|老板|店家|掌柜|客服|亲)再(吗|嘛|么)|再(吗|嘛|么)[\s?!~。，！]*$|再不再|开门了?(吗|没|么)|^老细|喺度|(这|你)(个|里)?是(客服|人工|真人)(吗|么|嘛)|(店长|老板|负责人|主管).{0,2}(说话|聊聊|接一下)|^.{0,6}打扰(一下|了)[\s,.!~。，！]*$|(几点|什么时候)(开门|营业)|没人理|(店主|老板|掌柜|客服|店家)(在线|在)(吗|么|嘛|不)|(咋|怎么|都|还|一直)没人(回|理|在|说话)?|来个人|有(人|木有人|没有人)回(复|个|一下)?|回(个|一下)?(话|复|消息)(啊|呀|呗)?$|求回复|在线等|自动回复|(几点|什么时候|啥时候)(上班|上线|有人)|^(zai|在)(吗|嘛|么|咩|伐|哇|否|不)\??$|^人工|有木有人)/],
    [1.2, /^(嗨|哈罗|哈喽|嘿|hey|hi|hello|yo)[\s,!~。，！]*(老板|亲|店家|掌柜|客服|宝)?[\s,!~。，！]*$|^客服+[\s!！?？]*(客服)*$/],
    [1.8, /\b(are you (online|available|there)|shop owner|anybody (available|home)|anyone (available|around|online))\b/],
    [1.2, /^(亲+|亲亲|您好|你好|哈喽|嗨|hi+|hello|hey|在吗|在么|在不在|在嘛|有人吗|有人在吗|老板|掌柜|店家|客服|喂+|早上好|早安|晚上好|下午好|中午好|早|在\?|在)[\s,.!?~啊呀吗么呢哈的]*$/],
    [1.4, /(在吗|在么|在不在|在嘛|在没|在的吗|在线吗|在线不|在不|有人吗|有人在吗|有没有人|有人没|有人不|人呢|还在吗|在家吗|有人在线)/],
    [1.8, /(转人工|人工客服|找人工|要人工|转个人工|真人客服|真人|活人|机器人|人工服务|找客服|联系客服|客服在|客服电话|人工在|接人工|有客服|客服呢)/],
    [1.0, /^(亲+|您好|你好|老板|在吗|hi|hello)?[\s,]*(问下|问一下|问问|请问|咨询(一)?下|想咨询|咨询)[\s,.!?~啊呀吗么呢]*$/],
    [0.8, /^(亲|您好|你好|hi|hello|hey|老板|店家|掌柜|宝|美女|小姐姐|帅哥)/],
    [1.8, /\b(human|real person|live (agent|person|chat)|an agent|operator|representative|customer ?(service|support|assistance|care|s[a-z]{3,6}ice|sup+ro?t|assistan[a-z]*)|custome?r? (service|support|assistance)|(speak|talk|chat)(ing)? (to|with) (someone|somebody|an?|s[a-z]+one)|contact (you|someone|somebody|s[a-z]+one)|(talk|speak|chat|cat|contact)[a-z]* (wi?th |to )?(an? )?(agent|someone|somebody|person|human|operator|s[a-z]+one)|get in touch|call (you|customer)|what (hours|time) (can|could) i)\b/],
    [1.0, /\b(anyone (there|here)|anybody (there|here)|is anyone|are you there|hello|hi there|good (morning|afternoon|evening))\b/],
  ],
  product_info: [
    [1.4, /(有没有|有)?内衬|色号|(能|可以)(吃|喝|连|装进|放进)|辣不辣|甜不甜|咸不咸|几斤|几个装|一箱|一盒|一包|多少(个|片|粒|支|包|只)|几片|几层|几段|多厚|承重|几点几|(自己|需要|要)(装|安装|组装)|可调节|(防水|防晒|防滑)(吗|不|么)|(码|号|xl|xxl|l|m|s|色|款)还有(吗|没|不)?|(什么时候|啥时候)补|有啥区别|什么区别/, { questionOnly: true }],
    [2.2, /(给|包|负责|上门|免费|送货)(的时候)?.{0,4}安装(吗|不|么|嘛)|送装一体|\b(suitable for|support(s)? (magsafe|wireless|fast))\b/, { questionOnly: true }],
    [1.6, /几房|果径|单果|多大果|甜度|几个人(住|睡|用)|有线还是无线|\b(hot ?swap(pable)?|wired or wireless)\b/],
    [1.6, /\b(come with|difference between|easy to (assemble|install|use|clean)|induction|true to size|how many (pieces|pcs|layers)|is it (adjustable|spicy|sweet))\b/],
    [1.2, /(什么|啥|哪种)(材质|面料|料子|布料|材料|成分)|材质|面料|料子|纯棉|含棉量|成分表|是玻璃|是塑料|是实木|是真皮|是纯|(的|是).{0,4}还是.{0,6}的(吗|呀|啊)?$/],
    [1.2, /(多大|什么|几|哪个|多少)码|尺码表|码数|尺码(准|正|标准)|(穿|选|拍|买|拿|要|穿多|选多)(多大|什么|哪个|几|多少)(码|号|的)?|身高.{0,6}体重|\d{2,3}\s*(斤|kg|公斤).{0,8}(穿|码|号|合适|可以|能)|(平时|一般)穿.{0,6}(拿|选|要|穿|拍)|脚长|腰围|胸围|臀围|衣长|裤长|袖长|肩宽/],
    [1.2, /(有|还有)(没有)?(货|现货|库存)|有货吗|现货吗|缺货吗|(什么时候|啥时候|多久)(有货|补货|到货)|补货|断货|库存|有没有.{0,6}(码|号|款|色|的)|有.{1,6}(码|号)(吗|么|的吗)/],
    [1.0, /(有没有|有|还有)(别的|其他|黑|白|红|蓝|绿|粉|灰|紫|黄|卡其|米)(色|的|款)|什么颜色|哪些颜色|几种颜色|颜色有|有几个颜色|其他颜色|哪个(颜色|色)?(好看|显白|显瘦|好)|(色|款)哪个/],
    [1.0, /(尺寸|规格|型号|容量|重量|长度|宽度|高度|功率|电压|参数|保质期|产地|生产日期|多重|多长|多宽|多高|多厚|多少克|多少毫升|多少寸|几寸|多少毫安|毫安|续航|电池|插头|多少瓦|几瓦|多少度|几个人用|几人份)/],
    [1.0, /(怎么|如何|咋)(用|使用|安装|操作|洗|清洗|充电|调|搭配)|使用方法|说明书|安装教程|能(机洗|水洗|手洗|放|带|进|用|煮|蒸|微波|烘干)|可以(机洗|水洗|放|带|进|煮)|(热不热|冷不冷|闷不闷|重不重|沉不沉|软不软|硬不硬|滑不滑|响不响|亮不亮|好不好用|吵不吵|漏不漏)/],
    [1.0, /(适合|适用|能穿|能用|可以用|可以穿|能装|装得下|放得下|兼容|支持|带不带|有没有带|配不配|送不送电池|含不含).{0,10}(吗|么|不|嘛|没|的)|几岁|多大(的)?(孩子|宝宝|年龄)/],
    [0.8, /(偏大|偏小|正码|宽松|修身|弹力|厚不厚|薄不薄|透不透|起不起球|掉不掉色|缩不缩水|会不会缩水|加绒|防水|保暖|透气|区别|哪个好|哪款|推荐|选哪|哪个更|差别|是什么|是不是.{1,8}的)/],
    [1.2, /是.{1,6}还是.{1,6}(的|啊|呀|呢|\?|$)/, { preSaleOnly: true }],
    [0.6, /(这款|这个|这件|这双|这条|这种|链接|这套|那款)/, { questionOnly: true }],
    [1.4, /\b(size chart|what size|which size|material|made of|dimensions|in stock|available in|come in|does (it|this) (fit|come|work|have|need)|is (it|this) (waterproof|cotton|compatible|washable|safe)|compatible with|how (big|large|long|heavy|tall|wide)|specs?|specifications|colou?rs? (available|options)|which (one|model|color|colour)|battery life|will (it|this) fit|fit (a|my|an)|dishwasher|machine wash|what'?s the (size|weight|material)|(do|does) (you|it|this) (have|come) (this |it )?in)\b/],
  ],
  authenticity: [
    [1.6, /(用料|做工).{0,2}(扎实|结实|好不好|怎么样|咋样)|(靠不靠谱|靠谱不)|坏了.{0,3}(给|能|可以)?(修|换|保修)(吗|不|么)|(生产|经营)许可证?|(^|[^a-z])zp(吗|不|么)|怕.{0,4}(质量|假|坏|不行)|能是真的|看评论.{0,6}(假|差)|\b(real brand|hold up|last long)\b/],
    [1.8, /(真货|代购|渠道|贴牌|纯金|足金|真金|(能|可以|去).{0,4}验(吗|么|货|真)|(正品|真品|正版|行货|原装|原厂|官方正品|专柜|授权|假货|假的|是真的吗|真的假的|高仿|仿品|a货|山寨|防伪|验货|验真|鉴定|保真|真伪|翻新|二手|水货|莆田|公司货|品牌直供|官方旗舰|质检报告|检测报告|购买凭证|假一赔|临期))/, { neg: 'strong' }],
    [1.6, /质量(怎么样|咋样|如何|好不好|好吗|行不行|可以吗|靠谱|靠得住|有保证|有保障|过关吗|保证|能保证|好么)|靠谱(吗|不|么)|靠得住|(耐用|结实|经用|耐穿)(吗|不|么)|耐不耐|结不结实|(会不会|能不能|容易|会)(坏|掉色|起球|开线|变形|断|褪色|生锈|是假|是二手|是翻新|掉漆|发黄|变黄|鼓包|烂脸|过敏|漏|散|花)|用得久|保修|质保|(放心|保证)(吗|么)|买回去.{0,6}坏|别是一次性|别到时候/],
    [0.8, /(会|容易)(坏|掉色|起球|开线|褪色|缩水|变形)(吗|么|不|嘛)/],
    [1.8, /\b(will (it|this|they|the [a-z]+) (turn|go|get) (yellow|loose|rusty|moldy)|cop(y|ies)|genuine|authentic|original|fake|counterfeit|replica|knock-?off|legit|real (one|thing|product|leather|gold)|brand new|refurbished|second-?hand|used one)\b/],
    [1.2, /\b(durable|last long|good quality\?|quality (good|ok|any good)|hold up|warranty|guarantee|break easily|will (it|this) (break|last|fade))\b/],
  ],
  haggle: [
    [2.8, /\d+\s*(块|元)?\s*包邮\s*(卖不卖|行不行|行吗|行不|可以吗|卖吗|出吗|出不|成吗)/],
    [1.8, /(别(的)?家|隔壁|人家|其他家).{0,6}(才|只|就)?(卖)?\d+|爽快点|诚心要|小贵|(价格|价钱|jg).{0,4}(低|少|便宜|再)|[一二三四五六七八九十百两\d]+.{0,3}(卖不|出不|卖吗|出吗)$|少[二三四五六七八九十\d]+(块|元)?.{0,6}(就拍|我就|马上|现在)/, { neg: 'strong' }],
    [1.8, /(便宜|优惠|打折|打个折|折扣|少点|少一点|少些|少几块|少个[一二三四五六七八九十\d]|抹零|抹个零|让点|让一点|让利|降点|降一点|再降|底价|最低价|最低|实价|实在价|最少多少|砍价|砍个价|砍一刀|小刀|刀一下|给个价|什么价|啥价|批发价|团购价|会员价|内部价|老客户价|友情价|亲情价|最好价|一口价|凑个整|凑整|便宜卖|亏本|成本价|零头)/, { neg: 'strong' }],
    [1.6, /(优惠券|券|满减|红包|立减|活动价|促销|秒杀|团购|拼单|多买|买多|批发|拿货|包圆|满.{0,3}减)/, { neg: 'strong' }],
    [0.6, /(老顾客|回头客|老客户)/],
    [1.4, /(太贵|好贵|有点贵|贵了|这么贵|价格(能|可以)|价钱(能|可以)|价格太|能不能少|能少|可以少|再少|便宜些|便宜吗|能便宜|降价吗|还能降|能降|\d+折)/],
    [1.8, /\d+(\.\d+)?\s*(块|元|rmb|¥)?\s*(卖不卖|卖吗|卖么|行不行|行吗|可以吗|可以不|成不成|成吗|出不出|出吗|能不能|走不走|拿|包邮|怎么样|咋样|给我|发我|我就拍|我就买|我马上|马上拍|就拍)|(^|[那就给])\s*\d+\s*(块|元)?\s*(吧|呗|得了|算了|好了)|\d+\s*(两|三|几)?(件|个)\s*(吧|行不|卖不)|^\s*\d+\s*(块|元)?\s*(行不|卖不|可以不|成不|出不|能卖)/],
    [1.0, /(两|2|三|3|几|多|\d+)(件|个|套|双|盒|条|瓶|包)(一起)?(能|可以|有|给|多少|怎么|算|便宜|什么价|啥价)/],
    [1.8, /\b(discount|cheaper|lower (the )?price|best price|lowest( price)?|price cut|coupon|promo( code)?|voucher|deal|bargain|knock (some|a bit)|reduce the price|any offer|bulk price|wholesale|\d+% off|can you do \$?\d+|do \$?\d+|give me .{0,12}off|take \$?\d+|better price|good price|special price|negotiable|(lower|reduce) it)\b/, { neg: 'strong' }],
    [1.8, /平(啲|d)|[一二三四五六七八九十百两]+(块|元)?\s*(行不行|行不|行吗|卖不卖|卖不|出不出|可以不)$/],
    [1.4, /\b(too expensive|so expensive|pricey|would you take|will you take|accept \$?\d+|for \$?\d+\??$)/],
  ],
  free_shipping: [
    [2.6, /(^|能|可以|包)by(吗|不|么|没|呗)?[\s?？]*$|\b(how much (is|for|does) (the )?(shipping|delivery|postage)|free delivery|pay for (the )?shipping|delivery included|shipping included)\b/],
    [2.4, /(配送|送货|上门|上楼).{0,4}(另外|额外|要)(收费|加钱|收钱|付费)|\b(shipping|delivery) .{0,20}(is |be )free\b|(运费|邮费|快递费)(你们|谁|我|卖家|商家)?(出|付|承担|算谁)|包油(吗|不|么)|\b(free (shipping|delivery)|(delivery|shipping) (is |be )?free)\b/, { neg: 'strong' }],
    [2.2, /(包邮|包不包邮|包不包|免邮|免运费|运费(能|可以)?(免|减|包|便宜|少)|邮费(能|可以)?(免|减|包|便宜|少)|不包邮|包个邮|给包邮|能包邮|补(运费|邮费)|邮费(太|怎么|多少|到付)|运费(太|怎么|多少|谁出|谁付|合并))/, { neg: 'strong' }],
    [1.4, /(运费|邮费|快递费|邮资|加运费|偏远|新疆|西藏|内蒙|青海|宁夏|甘肃|海南|港澳台|香港|澳门|台湾)(?!险)/, { neg: 'strong' }],
    [2.2, /\b(free shipping|free delivery|ship(ping)? (is )?free|ship free|shipping (fee|cost|charge)s?|delivery (fee|cost|charge)s?|postage|pay for shipping|shipping included|cover (the )?shipping|how much (is )?(the )?shipping|shipping cost|cost to ship|include(s|d)? (the )?shipping|shipping included)\b/, { neg: 'strong' }],
  ],
  gift: [
    [2.0, /(赠品|小样|试用装|赠送|礼品|小礼物|礼物|附赠|加送|多送|额外送|随赠|福利|送的东西|有没有送|有送|送不送|送啥|送什么|送点|送个|送些|送一个|送一份|送两|送几|送我|送吗|送么|送呗|再送|能送|可以送|给送|搭配送|买一送一|多给|多塞|多放|多拿|送张|送根|送双|给点(小|赠)|搭个|顺便送)(?!到|货|达|上门|过来|去)/, { neg: 'strong' }],
    [2.0, /\b(free (gift|sample|tote|bag|item|one|stickers?)|freebies?|gifts?|samples?|extra (one|pair|item|stickers?|bags?)|throw in|(any|some) free [a-z]+|include (some|a few|an? extra|extra|free)|add (a |some |a few )?(free|extra)|bonus item|buy one get one|bogo)\b/, { neg: 'strong' }],
  ],
  payment: [
    [2.6, /(花呗|白条|信用卡|月付|云闪付|微信|支付宝|银行卡|礼品卡|购物卡|余额).{0,6}(用不了|付不了|不能用|能用|可以用|能付|付|支付|扣|用吗)|(能用|可以用|用).{0,6}(花呗|白条|信用卡|月付|云闪付|微信支付|支付宝|礼品卡)|扣了.{0,3}(两|2|几)(次|回|遍)|(朋友|别人|家人|帮我).{0,4}付|转账|\b(cash|pay) on delivery\b/],
    [2.2, /(还?没付|未付款|现在付|先用后付|付还来得及|付不了|付不上|付不出|支付失败|付款失败|支付不了|无法支付|付款不成功|不能付款|付不成|扣了钱|扣款了|扣钱了|钱扣了|扣了两次|扣了两遍|重复扣款|付了两次|扣款成功|显示未付款|显示待付款|未支付|付了款.{0,8}(没|未|不)|付完钱|付了钱|(付款|支付)(怎么|不了|失败|异常|有问题|一直|的时候|页面|按钮|后|提示|要|密码|报错|没反应|时候)|还让我付|付款码|订单关闭)/],
    [1.6, /(花呗|分期|[\d一二三六十]+期|信用卡|白条|先用后付|先拍后付|月付|货到付款|到付|代付|找人付|亲友代付|亲情卡|礼品卡|购物卡|微信支付|支付宝|银行卡|云闪付|付款方式|支付方式|怎么付|如何付|怎么付款|怎么支付|用什么付|能付|二维码|对公转账|公对公|余额不足)/],
    [2.0, /用.{1,8}(付|支付)(吗|么|不|款|钱|$)|数字人民币|美元|美金|外币|港币|(付|支付)的?(款|钱).{0,4}(被)?退回/],
    [0.8, /(付款|支付|付钱|转账|付了)/],
    [2.0, /(pa[a-z]?y?m[a-z]?n[a-z]?e?t|poayment|pament|paymnt)s?/],
    [2.2, /\b(payments?|pa[a-z]{0,2}ment|paym[a-z]*nt|pay (with|by|in|using|for)|paid|installments?|credit card|debit card|paypal|apple pay|google pay|cash on delivery|charged twice|double charged|card (got |was )?declined|checkout|can'?t pay|payment (methods?|options|modalities))\b/],
  ],
  price_drop: [
    [2.8, /(付完款?|付了款|拍完|下完单|刚下单|刚拍|才拍|刚买|才买|买完|刚付).{0,8}就.{0,4}(降|打折|便宜|活动|券|优惠|半价|减|满减)|买的\s*\d+.{0,10}(现在|今天|又|才|活动价)\s*\d+|(今天|现在).{0,3}半价|(上周|上礼拜|昨天|前天|上个月|前几天|上次).{0,10}(这周|今天|现在|这几天|这礼拜).{0,6}(便宜|降|打折|半价)|\b(match the (new |lower )*price|new lower price)\b|价保|价格保护|保价|(买的时候|我买时|下单时).{0,8}(没|没有|还没|是|才|原价)|(才买|刚买|一买|买完|买了|刚付完款?)就.{0,3}(降|打折|便宜|活动)|降价的钱|降价(那|的)?部分|降的(钱|部分)|差额|\b(was|paid) \$?\d+.{0,20}now\b/],
    [2.2, /(退差价|补差价|差价|价保|保价|价格保护|买贵了|买早了|亏了|降价了|降了\d*|又降|刚降|便宜了\d*|调价|改价了|价格变了|刚买.{0,8}(降|便宜)|买完.{0,6}(降|便宜)|(今天|现在|昨天|刚才|这会|第二天).{0,8}(降|便宜|更低|少了\d|有优惠|\d+(块|元)了|打折)|比我买的(时候)?便宜|买的时候.{0,6}\d+.{0,6}(现在|今天)|差了\d+|新价格|返我|差的钱|能参加吗|补\d+块)/],
    [2.2, /\b(price (drop|dropped|protection|match|adjustment)|cheaper (now|today)|now cheaper|dropped (the|its) price|refund the difference|difference back|went on sale|on sale (now|after)|lower price now|now it'?s .{0,10}(off|cheaper)|adjust my order)\b/],
  ],
  ship_time: [
    [2.4, /发货.{0,2}(要|需要)?(几天|多久|多长时间)|\b(days? to (dispatch|ship)|dispatch(ed)? (time|in|within))\b|截单|(还)?没(有)?揽收|说.{0,4}(今天|明天|马上)发.{0,12}(没动静|还没|没发|没看到)|\b(dispatch (it|my|the|this|asap|today|now|soon)|ship(ped)? 了没|ship 了吗)\b|待发货|多会儿?发|(什么时候|啥时候|几时)(补)?发(出|货|走)?|\b(when (are|r) (you|u) (shipping|sending|dispatching)|how soon .{0,20}(ship|dispatch|send))\b/],
    [2.2, /(什么时候|啥时候|啥时|几时|何时|哪天|多久|几天|多长时间|多少天|当天|今天|明天|后天|今日|马上|尽快|快点|赶紧|早点|能不能|可以|可不可以|抓紧|加急|急着?用|小时内|几点前|年前|过年|先把我的).{0,6}(发货|发出|发走|寄出|出库|发件|能发|发$|发吗|发不|发了|才发|会发)|(发货|发出|寄出)(了吗|了么|没|了没|吗|么|时间|要多久|快吗|快不快)|(还|咋|怎么|为什么|为啥|咋还|怎么还|还是)(没|不|没有)(发|寄)(货|出|走)?|催(一下)?发货|(赶紧|快点|尽快|快|马上|今天|明天|今晚)(能|可以|给我|能不能|可不可以|会)?(发|寄)(吧|啊|呀|呗|一下|了|出去|吗|么|不|嘛|$)|不发货|没发货|未发货|拖着不发|发了没|发出来没|到底发了|(拍|买|下单|付款)了?.{0,6}(天|周|星期).{0,6}(没发|不发|未发|还没)|待揽收|加急|急用|预售/],
    [1.4, /(发货|发什么快递|几点发|多久到手)/],
    [2.2, /\b(when (will|do|can|would) (you|it|my order|the order) (be )?(ship|dispatch|send|sent|shipped)|not (been )?(shipped|dispatched|sent) yet|hasn'?t (been )?(shipped|dispatched|sent)|still not shipped|ship (it )?(today|asap|soon|faster)|dispatch time|handling time|processing time|ship out|shipped yet|is it shipped|waiting for it to ship|ship it|hurry up|send it (out|today|now))\b/],
  ],
  logistics: [
    [2.6, /(一直|还|怎么还|咋还)不到|直邮|(寄|送|发)到.{1,6}(多久|几天|要多久)|(换个?|改)(快递|物流)|(快递|包裹|件).{0,4}(被)?退回|回头路|(今天|明天|后天|几号|哪天).{0,3}能?到(不|吗|么|没)|放(门卫|门口|快递柜|驿站|物业|前台)/],
    [2.0, /(物流|快递(到|在|呢|怎么|还|咋|停|不动|没|一直|电话|几点|被|是啥|是什么)|到哪|在哪了|到哪儿|走到哪|单号|运单|查件|查快递|查物流|派送|派件|配送|送货上门|送到|送上门|签收|驿站|快递柜|丰巢|菜鸟|快递员|快递小哥|中转|转运|揽收|揽件|不动了|没动|没更新|没有更新|没信息|卡住|卡在|停在|停了几天|几天到|几天能到|多久到|多久能到|要几天|什么时候到(?!账)|啥时候到(?!账)|几号(能)?到|能到吗|(?<![看找收想遇听见得])到了吗|到货|还没到|没到|怎么还不到|还没收到|没收到货|没有收到|没收到|丢件|丢了|快递丢|被别人拿|退回了|被退回|拒收|改派|自提|发的什么快递|发什么快递|哪家快递|用什么快递|发货地|从哪发|哪里发|放哪|放在哪|放到哪|放门口|放驿站)/],
    [1.8, /(顺丰|中通|圆通|韵达|申通|极兔|邮政|(?<![a-z])ems(?![a-z])|京东快递|德邦|百世|天天快递|(?<![a-z])(sf|yto|zto|dhl|ups|fedex)(?![a-z])|jd快递|可以发.{0,4}快递|能发.{0,4}(顺丰|京东|邮政|ems))/],
    [0.8, /(快递|到货|收货|配送)/, { questionOnly: true }],
    [2.2, /\b(track(ing)?|where is (my|the) (order|package|parcel|item|stuff)|where'?s my|hasn'?t arrived|not arrived|didn'?t arrive|not (been )?delivered|never (arrived|received|came)|haven'?t received|when will (it|my order|the package) (arrive|be delivered|come)|eta|arrival|deliver(y|ies)? (time|date|options?|methods?|period|status)|shipping (options?|methods?|period|status|time)|delivery(?! address)|courier|shipment|lost (package|parcel)|stuck in (transit|customs)|in transit|customs|ship(ping|ments)? to [a-z]+|out for delivery|status of (my |the )?(order|purchase|package)|says delivered|marked (as )?delivered|didn'?t get (it|my|the)|(do|can) ?you (ship|shpi|deliver|send) to|deliver to|ship to|order (fr[a-z]*m|from) [a-z]+|order .{0,20}status|deli[a-z]*ies to|dhl|fedex|ups)\b/],
  ],
  order_change: [
    [2.8, /改(个|一下)?(送货|配送|上门|安装)时间|(手机号|号码|电话)换了|(换|改)(个|一下)?收货人|\bbefore (it )?ship(s|ping|ped)?\b|(地址|电话|手机|号码|门牌|收件人|收货人|名字).{0,4}(少写|多写|少了|漏写|搞错|弄错|写错|填错|打错)|(订单|单子|这单)(能|可以|怎么)?(改|修改)|别发了|先别发|不用发了|\b(update (my |the )?(phone|number|name|address))\b/],
    [2.0, /(改地址|修改地址|地址(填|写|选)?错|换(个|一下)?(收件|收货)?地址|改(一下|下|个)?(收货|收件)?(地址|电话|号码|手机|收件人|名字|时间)|地址(改|换|修改)|(电话|手机号|号码|收件人|名字)(填|写|打)?错|少打了|多打了|(改|换)成|修改(订单|颜色|尺码|规格|数量)|改(颜色|尺码|码|规格|数量|款)|拍错|下错|选错|买错|多拍|少拍|拍多了|数量(拍|选|买|下)?(多|少)了|重复拍|拍重|合并|一起发|同一单|补在|加购|备注|改单|取消订单|取消一下|帮我取消|给我取消|能取消|可以取消|申请取消|(订单|这单)取消|取消了吧|取消吧|不想要了.{0,6}取消|(还没发|没发货|未发货|发货前|还没发的话).{0,10}(不要|取消|退|改|换)|退掉订单|撤销订单)/],
    [1.2, /(取消|撤单|不要了|不想要了|别发了|先别发|不用发了|拦截)/],
    [1.2, /(换|改)(个|一下|下)?(颜色|尺码|码|规格|款式|型号|数量)|要(蓝|红|白|黑|灰|粉|绿|黄|紫)(色)?的/, { preSaleOnly: true }],
    [2.0, /\b(cancel+(ing|ed|ation)?|can[a-z]?c[a-z]?el+ing|c[a-z]{0,2}n[a-z]?cel|cancel[a-z]+|[a-z]?ca[a-z]?nc[a-z]?el+[a-z]*|change (my |the )?(order|address|size|colou?r|delivery address|shipping address|phone)|wrong address|update (my |the )?(address|order)|(set ?up|enter|add|edit|modify|setting up|entering) (a |an |my |the )?(different |new |another )?(shipping|delivery) address|shipping address|delivery address|edit (my|the) order|modify (my|the) order|switch (the|my) (size|colou?r)|change (of|to) (my|the) order|don'?t want (my|the|this|order)|no longer (afford|pay|want)|can'?t (afford|pay for) (order|purchase|this order)|combine (my )?(two )?orders|(delete|remove|add) (some |several |an? )?items? (from|to) (my |the )?order|change (an? )?items?|cancellation fee|early termination|penalty|(c|ac|ca)[a-z]{0,3}(ncel|cel|nel|ncle)[a-z]*|canc[a-z]+|(edit|modify|correct|chang|updat|switch|swap|remov|add|delet)[a-z]* .{0,30}(order|purchase)|(order|purchase) ?\d{6,} .{0,20}(edit|modify|change|correct))\b/],
  ],
  invoice: [
    [2.6, /(能|可以)?开(明细|公司|个人|单位|票)|(^|[^a-z])fp(?![a-z])|发piao|开piao/],
    [2.4, /(发票|专票|普票|增票|开票|电子票|纸质票|增值税|抬头|税号|纳税人|收据|报销|对公开|公司名称|税点|\d+个点)/],
    [2.4, /\b(invoic[a-z]*|receipts?|bills?|bil|bull #|billing|vat|tax (id|number)|company name)\b/],
  ],
  received_ok: [
    [1.8, /(很|挺|超|特别|刚好|正好)?合身|(尺码|大小|码数)?(正好|刚好|正合适)|(跟|和|与)(图片|图|描述|照片)(上)?(的)?(完全|一模)?(一样|一致|相符)|还会再买|会再来|超出预期|做工(挺|很|不错|好|细)|值这个价|^东西可以|东西也好|好吃/, { neg: 'any' }],
    [1.6, /(收到了|已收到|收到啦|收到货了|到了|已签收|签收了|拿到了|到手了|东西到了|快递到了|已经收到|收到,|装好了|检查过了)/, { neg: 'any' }],
    [1.6, /(挺好|很好|非常好|蛮好|还不错|不错|满意|喜欢|好看|好用|合适|舒服|漂亮|完美|质量好|质量很好|质量不错|物超所值|值了|赞|棒|给力|点赞|爱了|惊喜|没问题|没毛病|很正|超级好|比想象|一如既往|完好|都好|真快|好快|很快|人真好|很稳|回购|还会再来|下次还)/, { neg: 'any' }],
    [1.6, /(很|挺|真|超)(暖和|保暖|香|甜|新鲜|显白)|颜色(很|挺)?正|显白/, { neg: 'any', statementOnly: true }],
    [0.6, /(谢谢|感谢|多谢|辛苦了|辛苦|谢啦|3q|thx|thanks)/],
    [2.0, /\b(got it|received (it|my|the|in good)|it came|arrived (today|safely|fine|well|in good)|love (it|them|s it)|loves it|works (great|fine|perfectly)|great (product|quality)|very (happy|satisfied|good)|satisfied|perfect|exactly as (described|pictured)|as pictured|thank you so much|thanks a lot|happy with|quality is (amazing|great|good)|amazing|good condition)\b/, { neg: 'any' }],
  ],
  damaged: [
    [2.4, /(全是|都是|沾了?|一身)泥|塌了|塌掉|漏了一(箱|地|身)|摔坏|给摔/],
    [2.4, /(碎了|碎掉|碎得|打碎|摔碎|破碎|压碎|碎成|裂了|裂开|裂缝|裂纹|破了|破损|压扁|压坏|压烂|压弯|压变形|摔坏|摔出|磕坏|磕碰|豁口|缺口|撞坏|漏了|漏液|漏水了|漏出来|洒了|撒了|流出来|包装烂|箱子烂|盒子(烂|破|坏|扁)|纸箱|箱子.{0,4}(湿|泡|破|烂)|泡坏|泡了|湿透|全是泥|外包装|变形了|凹进去|凹了|瘪了|划痕|刮花|脏了|弄脏|污渍|一股.{0,2}(液|水)|烂了好几个|烂了几个|坏了好几个|(水果|果子|苹果|橙子|桃|葡萄|蛋|鸡蛋).{0,6}(烂|坏|破|碎))/],
    [1.2, /(烂了|坏了|坏的|断了|缺角|掉漆|碎)/],
    [1.0, /(收到就|收到时|到手就|拆开就|一打开就|打开就)/],
    [2.4, /\b(broken|cracked|crushed|shattered|smashed|damaged|dented|leak(ed|ing)?|spilled|torn (box|package)|arrived (broken|damaged)|scratched|scratches|bent|chipped|soaking wet|ruined|smashed)\b/],
  ],
  missing_item: [
    [2.8, /漏(了|发|寄)?(一|两|俩|几|\d)(件|个|样|包|瓶|盒|双|只)|(只有|就|才|只来了?)(一|1|两|俩)(个|只|件|双|包|瓶|盒|半)(耳机|鞋|袜)?|就一半|来了(两|俩)|不全|不齐|送的(都)?(没有|没|呢|没给|没收到)|(电池|挂钩|把手|轮子|盖子|螺丝|零件|配件|钥匙|支架|底座|滤芯|刷头|吸管|勺子|绳子|上衣|裤子|接收器|卡片|贺卡|地钉|适配器|插头|电源线|数据线)(都)?(一个都)?(没有|没给|没发|没收到|不见了)|没有(接收器|卡片|贺卡|地钉|适配器|电源线)|^(没有|没)(电池|挂钩|把手|轮子|盖子|螺丝|零件|配件|钥匙|支架|底座|滤芯|刷头|吸管|勺子)/, { statementOnly: true }],
    [2.4, /忘(了|记)?(放|发|给|装|寄)|发票都(没|没有)|的(?!快递|货|东西|订单|单子|包裹)[一-龥]{2,4}(?<!还)(没发|没给|没放|没带)|(到了|收到了?|拆开).{1,12}(没有|没给|没发|没见)$|(明显|分量|斤两|重量)不(够|足)|缺斤少两|(少了|少发|漏发|漏寄|少寄|(?<!多)少一|少个(?![一二三四五六七八九十\d])|(?<!多)少件|少了一|缺了|缺件|缺少|只收到|只到了|只发了|只有[一二三四五六七八九\d]|只来了|只有外壳|差一|数量不对|数量不够|不够数|空的|啥都没有|什么都没有|配件(没|没有|呢|少|缺)|(赠品|礼品|小样|说明书|配件|充电器|充电线|数据线|遥控器|螺丝|零件|盖子|工具|电池|腰带|保修卡|吊牌|袜子|袋子|芯|送的.{1,4})(都)?(没|没有|呢|在哪|少|不在)|没(看到|找到|收到|有)(赠品|礼品|小样|配件|说明书|充电器)|(怎么|咋)(没|没有)(送|赠品|配件|发全)|补发|第.{1,2}个.{0,6}没收到|只(来|到|发|收到|有)了?[一二两俩三四五六七八九\d]|来了[一二两俩三四五六七八九\d]|(拍|买|订)了?.{0,4}[一二三四五六七八九十\d]+.{0,3}(件|个|包|盒|瓶|双|只|套).{0,8}(只有|来了|收到|到了)[一二三四五六七八九\d]+)/],
    [2.4, /\b((arrived|came|shipped|delivered|box) without|missing|only (received|got|came with)|received only|only had|didn'?t (include|come with)|not (included|in the box)|wasn'?t included|incomplete|short (by|one)|one (is|was) missing|fewer than|less than i ordered|forgot (the|to))\b/],
  ],
  wrong_item: [
    [2.6, /(要|拍|买|订)的?.{1,8}(你|却|结果|怎么)?(给|发|寄)(我)?(了)?(个|成)?.{0,3}(号|码|色|款|味)$|(口味|花色|色号|尺寸|型号)(不对|发错|错了)|(整|弄|搞)错了?/],
    [2.6, /(发错|寄错|弄错|搞错|拿错|装错|配错|错发|发成|不是我(要|买|拍|订|选|下单)的|(发|寄)(来|过来|给我)的是|(发(?!票)|来|寄)了?(个|件|双)?[a-z0-9一-龥]{0,8}的$|收到的是.{0,10}(不是|而不是|却|我要|我买|我拍)|收到的是.{0,4}(色|码|号|款|型号)|收到(的)?是\s*\d+.{0,2}的?$|(颜色|尺码|码|型号|款式|规格|尺寸|货|东西)(不对|错了|发错|全错|对不上)|跟(我)?(拍|买|下单|订|选)的(不一样|对不上)|和(我)?(拍|买|下单|订|选)的(不一样|对不上)|不是我拍的|别人的货|一大一小|都是左|都是右|两个码|(要|拍|买|选|订)的是?.{0,12}(发|寄|来|给|收到)(来|过来|给我|我)?(的|成|了个)|(收到|来|发)的是.{0,12}(我|要|买|拍|选|订)的?是?|(我|明明)(拍|买|选|订|要)的?是?.{1,10}(来|收到|发)了?)/],
    [2.6, /\b(wrong (item|size|colou?r|model|product|one|thing|order|variant)|i ordered [a-z]+ but (got|received|you sent)|sent (me )?(the |a |an )?wrong|you sent [a-z ]{1,20}, i (ordered|bought|paid for)|(isn'?t|is not|not) what i (bought|paid for)|order ?的是.{1,12}(寄|发)了|not what i (ordered|bought)|(isn'?t|not|wasn'?t) the (item|one|product|thing) i (ordered|bought)|isn'?t what i ordered|completely different|different (item|product|colou?r|size|model) than|sent me (a|the|an) .{0,12}(wrong|different|instead|one)|instead of (the|my)|two left|two right|i (paid|ordered) for .{0,10}(but|and) (got|received))\b/],
  ],
  quality_issue: [
    [2.4, /没声|没有声音|缩了|洗不掉|洗不干净|噪音|拉肚子|吃了.{0,3}(吐|不舒服)|潮了|不脆|有虫|虫子|晃|不稳|吱吱|嘎吱|异响|散架|跳闸|不好使|(一|刚)?(洗|用|穿|戴|玩|插|摸|拉|碰|梳|按|涂|抹|坐|睡|拧|开|关|煮|泡|晒|擦)(了)?(一下|一次)?就(散|跳闸|坏|裂|掉|断|破|开|漏|变形|起球|褪色|发黄|变黄|塌)/, { neg: 'strong' }],
    [2.4, /印刷模糊|字(很|太)?糊|模糊不清|叶子.{0,3}(黄|枯|掉)|枯(了|死)|蔫了|烫得|发烫|(过热|烫手)|发黄|变黄|氧化了|塌陷|凹陷|(?<!会不会|会)(不甜|酸得|太酸|发苦|很苦|不新鲜|没味道|不好吃|难吃)|夹生|煮不熟|一闪一闪|闪烁|接触不良|时好时坏|断断续续|(拉|打|关|合|扣|转|推|拔|插)不(动|开|上|进|紧|严)|亮点|暗点|漏尿|漏奶|侧漏|说是.{1,8}(结果|其实|实际|收到)|\b(dead (key|pixel|pixels|button)|out of the box|turn(ed|s)? yellow|yellowed|went yellow|flicker(s|ing)?|loose connection)\b|(几天|一周|一个月|没多久)就\s*yellow/, { neg: 'strong', statementOnly: true }],
    [2.4, /(质量(太)?(差|不好|有问题|太差|很差|不行|垃圾|一般|不咋|堪忧)|(有)?质量问题|掉色|褪色|染色|串色|起球|开线|脱线|线头|跳线|开胶|脱胶|掉胶|断线|掉钻|掉毛|掉渣|掉皮|起皮|脱皮|发霉|霉了|生锈|过期|变质|坏掉|坏点|不工作|没反应|不能用|用不了|没法用|无法使用|充不进|充不上|不充电|开不了机|开不开机|不亮|不响|没声音|杂音|咔咔|冒烟|漏电|漏气|漏水|异味|怪味|哈喇|味道(好)?(大|重|很大|太大|刺鼻|难闻|很重)|有味道|有股味|一股味|臭|刺鼻|难闻|色差|(和|跟|与)(图片|图|描述|详情|宣传|视频|直播|专柜|试衣照)(上)?(的)?(不一样|不符|差|相差|不同|完全不|严重|对比)|与描述不符|描述不符|描述里|货不对板|不符合描述|说好的(?!退|发|送|赠|今天|明天|时间|价)|详情页写|标的|瑕疵|破洞|有洞|有个洞|污点|做工(差|粗糙|不好)|粗糙|卡顿|死机|失灵|不准|缩水|变形|毛躁|扎人|起毛|失效|没效果|不管用|不好用|难用|垃圾|劣质|次品|残次|是坏的|起疹子|过敏|拉不上|连不上|粘不住|切不动|不粘锅呢|钝|不经用|不耐用|就没电|裂开|歪|薄得|(用了|用着|没用).{0,6}(就)?(坏|断|不(?!错|赖)|这样|冒|没电)|(穿|洗|用|戴)了?(一次|两次|几次|一天|两天|几天|一下|没几天|一周)(就)?(坏|断|开|掉|破|起|烂|不|裂|变)|一(用|洗|碰|穿|拉)就(断|掉|坏|破|开|裂))/, { neg: 'strong' }],
    [1.2, /(坏了|坏的|断了|烂了|有问题|不行|不灵|不好|太差|差劲|是假的|假的吧|假货|这么差)/, { neg: 'strong', statementOnly: true }],
    [2.4, /\b(defective|faulty|doesn'?t (work|turn on|charge)|does not work|not working|stopped (working|charging)|won'?t (turn on|charge|work)|poor quality|bad quality|cheap quality|low quality|fell apart|falling apart|coming apart|ripped|frayed|faded|fading|peeling|smells?|stinks?|not as described|doesn'?t match (the )?(description|picture|photo)|looks nothing like|malfunction(ing|s)?|broke (after|within|the first)|zipper broke|quality issue|quality problem|sewn unevenly|uneven|stitching)\b/, { neg: 'strong' }],
  ],
  size_fit: [
    [2.2, /(袖子|裤腿|腰|领口|肩|衣服|鞋|裤子|裙子|帽子|衣长|裤长)(有点|太|偏|很|稍微)?(短|长|大|小|肥|瘦|紧|松|窄|宽)|偏(大|小)|有点肥|(跟|和)(我)?想(的|象的?|象中的?)(不一样|有差距|差)|冲动|后悔|\b(not what i (imagined|expected))\b/, { statementOnly: true }],
    [2.2, /(有点小|有点大|有点紧|有点松|有点窄|有点宽|有点长|有点短|太小|太大|小了|大了|偏小了|偏大了|太紧|太松|太窄|太宽|太厚|太薄|太艳|太老气|老气|紧了|松了|勒|穿不上|穿不下|穿不进|塞不进|不合身|不合脚|不合适|不适合|不太适合|挤脚|磨脚|掉跟|太长|太短|长了|短了|太肥|太瘦|显胖|显黑|显老|上身(效果)?(不好|一般|很丑|难看)|感觉一般|不好看|难看|丑|不喜欢|不太喜欢|不怎么喜欢|买重复|买多了|重复买|多买了|想法变了|改主意|冲动消费|不需要了|用不上|没用上|效果不好|跟想象(的)?不一样|和想象(的)?不一样|不是我想要的|放不下|穿不了|穿着不舒服|戴着不舒服|不舒服|过头了|嫌|不搭|不配|我的问题|身材)/, { neg: 'strong' }],
    [0.8, /(小|大|紧|松|长|短)(了|点|些)/, { statementOnly: true }],
    [2.4, /买(大|小)了|顶脚|夹脚|压脚|勒脚|卡脚|脚疼|走路疼|穿着晃|(有点|太|偏) ?(tight|loose|big|small)/, { statementOnly: true }],
    [1.6, /(不想要了|不要了|不想要|退了吧|已经有一个|家里有)/, { afterSaleOnly: true }],
    [2.2, /\b(too (small|big|tight|loose|large|short|long|narrow|wide)|doesn'?t (fit|suit)|didn'?t (fit|suit)|does not fit|not fit|runs (small|large|big)|don'?t like (it|the)|didn'?t like|changed my mind|not my style|need a (bigger|smaller) size|no longer need|don'?t need (it|this) anymore|ordered (two|twice) by mistake|looks odd on me|not for me)\b/],
  ],
  return_request: [
    [2.6, /换(个|一个|成)?(颜色|款|码|尺码|号|新的)/, { afterSaleOnly: true }],
    [2.8, /(换的|换货的?)(新的|那个|东西)?.{0,6}(什么时候|啥时候|多久|还没|发)/],
    [2.4, /(退货|退换|换货|调换|换(大|小)一?(码|号|点)|换(码|号|尺码)|(换|退)(大|小)的|七天无理由|7天无理由|无理由|退回去|寄回(去)?|退回来|退货地址|寄回地址|退回地址|退货运费|运费险|退换货|可以退|能退|能不能退|怎么退|怎样退|如何退|(?<!不)想退|(?<!不)要退|我退|退了吧|给退吗|包退|包换|能换|可以换|怎么换|想换|要换|退不退|换不换|只换不退|上门取件|取件)(?!款|钱|费|差价|到)/, { neg: 'strong' }],
    [1.4, /(换一?个|退回)(?!款|钱|费|差价|到)/],
    [2.4, /不给(退|换)(?!款|钱|费|差价)|上门(来)?(拿|取|收)|腿货|退货的(快递|单号|运费)|(快递|单号|物流).{0,6}退货的?$|寄回(去|来)?的(邮费|运费|快递费)/],
    [3.0, /\b(policy|in (which|what|whi[a-z]+) (cases|caess|situations|circumstances)|under (which|what) circumstances|how long (do )?(the )?([a-z]+ )?(refunds|reimbursements|rebates) (usually )?(take|atke))\b/],
    [2.4, /\b(return(ing|s|ed)?|exchange|send (it |them |this |the [a-z]+ )?back|send (it|them|this) back|ship (it|them) back|money back (guarantee|policy)|refund policy|in (which|what|whi[a-z]+) (cases|caess|situations|circumstances) can i|under (which|what) circumstances|reimbursement policy|swap (it|for)|how long (do )?(refunds|reimbursements|rebates) (usually )?(take|atke))\b/],
  ],
  refund: [
    [2.8, /(钱|款)还?(没|没有)(到|收到|退|回来)|钱.{0,5}(退|回来|到账|返)|原路|(?<![a-z])tk(?![a-z])|要钱|退(?!货)(了|的)?.{0,3}(钱|运费)|退款(呢|金额|进度|一直|还没|还在|没到|没收到|审核|多久|什么时候|啥时候|咋|怎么)/],
    [2.4, /(退款|退钱|退费|仅退款|只退款|把钱退|钱退|还钱|退一半|退点钱|退多少|钱(什么时候|啥时候|多久|怎么还|还没|没)(退|到|还|回)|到账|退回(来)?的钱|钱呢|退我钱|返还|把钱还|退到(微信|支付宝|银行卡|原))(?!差价)/, { neg: 'strong' }],
    [2.4, /\b(refund(s|ed|ing)?|money (is |be |still |still not |not )*back|reimburse(ment|ments|d)?|rebat[a-z]*|reimb[a-z]*|reinburs[a-z]*|restitution|compensat[a-z]*|get my money|my money|charge ?back)\b/],
  ],
  complaint: [
    [2.2, /(损失|耽误).{0,8}(赔|负责)|(得|要|必须|给我)赔|黑心|无良|欺负人|耍我|耍人|这什么服务|什么服务|问了.{0,4}(遍|次).{0,4}(不回|没人)|没人管|没人处理|良心|卖假货|\bscam\b/, { neg: 'strong' }],
    [2.6, /(投诉|举报|12315|消协|消费者协会|工商|市场监管|食药监|平台介入|找平台|申请介入|小二介入|客服介入|维权|欺诈|诈骗|骗子|骗人|骗钱|骗老|坑人|坑爹|黑店|奸商|无良|垃圾店|赔偿|赔钱|赔我|退一赔|律师|起诉|法院|官司|曝光|报警|虚假宣传|找你们领导|领导|发微博|发抖音|让大家都看看|懂法|糊弄|关门|给个说法|说法|没完|管不管|敢卖|欺骗|耍赖)/, { neg: 'strong' }],
    [1.4, /(态度(太)?(差|恶劣|不好)|不理人|没人理|不回(复|消息|我)|爱答不理|太过分|过分了|什么态度|敷衍|不负责|不处理|拖了)/, { neg: 'strong' }],
    [2.4, /\b(complain(t|ts|ing)?|claim|claims|coaim|clain|reclam[a-z]*|recla[a-z]*mation|recl[a-z]*ion|consumer ?claim|scam(mer|med)?|fraud|report(ing)? (you|this|it|the seller)|sue|lawyer|unacceptable|rip-?off|escalat(e|ing)|dispute|chargeback|a-to-z|cheating)\b/],
    [0.8, /\b(unhappy|terrible service|worst|awful)\b/],
  ],
  bad_review: [
    [2.8, /追评.{0,8}(实情|真相|实话|如实|真实)|\b(honest review|review will be honest|won'?t be (pretty|nice|good))\b|[一两1-3]颗星|(评价|追评|评论).{0,8}(问题|缺点|实情).{0,4}写|\b(one|two|1|2) stars?\b|评论区(见|说|曝光)|(^|给|打|必须|直接)\s*cp(?![a-z])|追评.{0,10}(垃圾|差|骗|坑|难看|曝光|说你们)|\b(3 stars|three stars|mid review)\b/],
    [2.6, /(差评|中评|一星|1星|两星|2星|三星|3星|给差|打差|负面评价|不好的评价|恶评|评价.{0,8}(差|不好|真实|如实|难看|写清楚|垃圾)|(如实|真实|照实).{0,4}(评|写)|实话实说.{0,4}评|改评价|改了评价|别想让我改)/],
    [2.6, /\b(bad review|negative review|one[- ]?star|1[- ]?star|two[- ]?star|[12] stars?|[12]\/5|low rating|poor rating|bad rating|negative feedback|rate (this|it) [12]|feedback about how bad)\b/],
  ],
  review: [
    [2.0, /(评价|好评|评论|晒图)(送|返|有奖|奖励|给)|留个?评|追评|满分|(^|给|打|写)\s*hp(?![a-z])|^hp|\brate (it|this)\b/],
    [2.0, /(好评|五星|5星|晒图|晒单|评价|评论|返现|好评返|给好评|打分|带图|写评价|写评论|再评|评分)/],
    [2.0, /\b(review|feedback|rate (the|your|my)|rating|write a comment|leave (a )?comment|opinion about|testimonial|stars?|comment)\b/],
  ],
  other: [
    [3.0, /(刚才|刚刚|不好意思|抱歉|sorry).{0,3}(发错|点错|打错)|^(发错|点错)了?$|发错人|改绑|换手机号.{0,4}(账号|登)/],
    [2.2, /(去|到)?别家(看看|逛逛|比比)|再(去)?(看看|逛逛|比比)别家/],
    [1.6, /招(不招)?(人|客服|兼职|代理)|兼职|开播|实体店|线下店|门店在|几点下班|(账号|账户|帐号|登录|登陆|密码|注册|绑定|解绑|会员卡|积分|注销|换绑|实名|招代理|代理吗|合作|^打错了)/],
    [2.4, /\b(account|accounmt|password|sign ?-?up|signup|log ?in|login|register(ing)?|registration|newsletter|subscri(be|ption)|unsubscribe|profile|username|place (an? )?(order|purchase)(?! from)|make (an? )?(order|purchase)|buy (some|a few|an?|several) (items?|products?|article)|purchase (some|a few|an?) (items?|products?)|(order|buy|purchase)(ing)? (some|a few|several) (items?|products?|articles?))\b/],
  ],
};

/**
 * Stems that hint at a situation without settling it. Real buyers write "钱呢", "咋还不发",
 * "码数不对吧" in ways no phrase list foresees; when no clear cue fired, these give the seller a
 * best guess (with a low score) instead of 'other'.
 */
const FALLBACK_SPECS: Partial<Record<SituationId, RuleSpec[]>> = {
  ship_time: [[1.0, /(发(货|出|走|没|了吗|了没|呀|啊)|还不发|催|几天发|不发|发了$)/]],
  logistics: [[1.0, /(快递|物流|包裹|派送|送货|到没到|到了没|没到|收不到|到哪|几天到|多久到|在路上|运输|中转|站点|寄到)/]],
  refund: [[1.0, /(钱|款)(呢|退|到|还|返|回)|退.{0,2}钱|money/]],
  return_request: [[0.9, /(退|换)(吗|么|不|了吧|掉|一下|货|个|一个)|(退|换)$/]],
  quality_issue: [[1.0, /(质量|毛病|有问题|不行|不能用|用不了|坏|断|裂|掉|破|烂|味|不亮|不转|不动|卡|漏|broke|issue|problem)/, { statementOnly: true }]],
  size_fit: [[0.9, /(小|大|紧|松|肥|窄|宽|长|短)(了|啊|呀|点|些|得)|不合|不喜欢|不想要/, { statementOnly: true }]],
  product_info: [[1.0, /(码|尺寸|颜色|什么色|材质|型号|规格|多大|多重|多长|能不能用|可以用|适合|有没有|是不是|怎么样|什么样|区别)/, { questionOnly: true }]],
  haggle: [[1.0, /(价|贵|便宜|优惠|活动|折|少点|少一点|多少钱)/]],
  gift: [[1.0, /(送|赠)(?!到|货|达|人)/]],
  payment: [[1.0, /(付|支付|扣款|扣钱|收款)/]],
  invoice: [[1.0, /票/]],
  review: [[1.0, /评/]],
  authenticity: [[1.0, /(真的|假的|正品|真货|假货|原装|质量)/, { questionOnly: true }]],
  complaint: [[1.0, /(骗|坑|垃圾|无语|离谱|服了|气死|什么玩意|恶心|太差劲|过分|说法|负责)/]],
  damaged: [[1.0, /(碎|裂|压|摔|磕|凹|瘪|漏|洒|湿)/, { statementOnly: true }]],
  missing_item: [[1.0, /(少|缺|漏|只有|没有.{0,4}(件|个|包|配件|东西))/, { statementOnly: true }]],
  wrong_item: [[1.0, /(错|不对|不一样|对不上)/, { statementOnly: true }]],
  order_change: [[1.0, /(改|取消|地址|拍错|撤)/]],
  received_ok: [[1.0, /(收到|好看|好用|喜欢|满意|不错|挺好|很好|棒|赞|完美)/, { neg: 'any' }]],
};

export const CUE_RULES: readonly CueRule[] = compile(SPECS);
export const FALLBACK_RULES: readonly CueRule[] = compile(FALLBACK_SPECS).map((r) => ({ ...r, fallback: true }));

function compile(specs: Partial<Record<SituationId, RuleSpec[]>>): CueRule[] {
  const rules: CueRule[] = [];
  for (const [id, list] of Object.entries(specs) as [SituationId, RuleSpec[]][]) {
    for (const [weight, pattern, options] of list) {
      // Global, so repeated cues of one rule in a long paragraph can all be found.
      const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
      rules.push({ id, weight, pattern: global, ...options });
    }
  }
  return rules;
}
