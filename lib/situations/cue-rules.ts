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
}

type RuleSpec = [weight: number, pattern: RegExp, options?: Partial<Omit<CueRule, 'id' | 'weight' | 'pattern'>>];

const SPECS: Partial<Record<SituationId, RuleSpec[]>> = {
  greeting: [
    [1.2, /^(亲+|您好|你好|哈喽|嗨|hi+|hello|hey|在吗|在么|在不在|在嘛|有人吗|有人在吗|老板|掌柜|店家|客服)[\s,.!?~啊呀吗么呢哈]*$/],
    [1.2, /(在吗|在么|在不在|在嘛|在没|有人吗|有人在吗|有没有人|人呢|还在吗)/],
    [1.6, /(转人工|人工客服|找人工|要人工|真人客服|真人|活人|机器人|人工服务|找客服|联系客服|客服在|客服电话)/],
    [0.8, /^(亲|您好|你好|hi|hello|hey|老板|店家|掌柜|宝|美女|小姐姐)/],
    [1.6, /\b(human|real person|live agent|an agent|operator|representative|customer (service|support|assistance|care)|speak (to|with) (someone|somebody|an?)|talk (to|with) (someone|somebody|an?))\b/],
    [1.0, /\b(anyone there|anybody there|is anyone|are you there|hello|hi there)\b/],
  ],
  product_info: [
    [1.2, /(什么|啥|哪种)(材质|面料|料子|布料|材料|成分)|材质|面料|料子|纯棉|含棉量|成分表/],
    [1.2, /(多大|什么|几|哪个)码|尺码表|码数|尺码(准|正|标准)|(穿|选|拍|买)(多大|什么|哪个|几)|身高.{0,6}体重|\d{2,3}\s*(斤|kg|公斤).{0,8}(穿|码|号|合适|可以|能)/],
    [1.2, /(有|还有)(没有)?(货|现货|库存)|有货吗|现货吗|缺货吗|(什么时候|啥时候|多久)(有货|补货|到货)|补货|断货/],
    [1.0, /(有没有|有|还有)(别的|其他|黑|白|红|蓝|绿|粉|灰|紫|黄|卡其|米)(色|的|款)|什么颜色|哪些颜色|几种颜色|颜色有|有几个颜色|其他颜色/],
    [1.0, /(尺寸|规格|型号|容量|重量|长度|宽度|高度|功率|电压|参数|保质期|产地|生产日期|多重|多长|多宽|多高|多厚|多少克|多少毫升|多少寸|几寸)/],
    [1.0, /(怎么|如何|咋)(用|使用|安装|操作|洗|清洗|充电|调)|使用方法|说明书|安装教程/],
    [1.0, /(适合|适用|能穿|能用|可以用|可以穿|能装|装得下|放得下|兼容|支持).{0,10}(吗|么|不|嘛|没)|几岁|多大(的)?(孩子|宝宝|年龄)/],
    [0.8, /(偏大|偏小|正码|宽松|修身|弹力|厚不厚|薄不薄|透不透|起不起球|掉不掉色|缩不缩水|会不会缩水|加绒|防水|保暖|透气|区别|哪个好|哪款|推荐|选哪|哪个更|差别)/],
    [0.6, /(这款|这个|这件|这双|这条|这种|链接)/, { questionOnly: true }],
    [1.4, /\b(size chart|what size|which size|material|made of|dimensions|in stock|available in|does it (fit|come|work|have)|is it (waterproof|cotton|compatible)|compatible with|how (big|large|long|heavy)|specs?|specifications|colou?rs? (available|options)|which (one|model|color|colour))\b/],
  ],
  authenticity: [
    [1.8, /(正品|真品|正版|行货|原装|原厂|官方正品|专柜|授权|假货|假的吗|是真的吗|真的假的|高仿|仿品|a货|山寨|防伪|验货|验真|鉴定)/, { neg: 'strong' }],
    [1.6, /质量(怎么样|咋样|如何|好不好|好吗|行不行|可以吗|靠谱|有保证|有保障|过关吗|保证|能保证)|靠谱(吗|不|么)|(耐用|结实|经用)(吗|不|么)|(会不会|能不能|容易)(坏|掉色|起球|开线|变形|断|褪色|生锈)|用得久|保修|质保|(放心|保证)(吗|么)|买回去.{0,6}坏/],
    [0.8, /(会|容易)(坏|掉色|起球|开线|褪色|缩水|变形)(吗|么|不|嘛)/],
    [1.8, /\b(genuine|authentic|original|fake|counterfeit|replica|knock-?off|legit|real (one|thing|product))\b/],
    [1.2, /\b(durable|last long|good quality\?|quality (good|ok)\?|hold up|warranty|guarantee)\b/],
  ],
  haggle: [
    [1.8, /(便宜|优惠|打折|打个折|折扣|少点|少一点|少些|少几块|少个|抹零|抹个零|让点|让一点|让利|降点|降一点|再降|底价|最低价|最低|实价|最少多少|砍价|小刀|刀一下|给个价|批发价|团购价|会员价|内部价|老客户价|友情价|亲情价|最好价)/, { neg: 'strong' }],
    [1.6, /(优惠券|券|满减|红包|立减|折|活动价|活动|促销|秒杀|团购|拼单|老顾客|回头客|老客户|多买|买多|批发|拿货|代理)/, { neg: 'strong' }],
    [1.4, /(太贵|好贵|有点贵|贵了|这么贵|价格(能|可以)|价钱(能|可以)|价格太|能不能少|能少|可以少|再少|便宜些|便宜吗|能便宜|降价吗|还能降|能降)/],
    [1.8, /\d+(\.\d+)?\s*(块|元|rmb|¥)?\s*(卖不卖|卖吗|卖么|行不行|行吗|可以吗|可以不|成不成|成吗|出不出|出吗|能不能|走不走|拿|包邮|怎么样|咋样|给我|发我)|(^|[那就给])\s*\d+\s*(块|元)?\s*(吧|呗|得了|算了|好了)/],
    [1.0, /(两|2|三|3|几|多)(件|个|套|双|盒|条|瓶)(一起)?(能|可以|有|给|多少|怎么|算|便宜)/],
    [1.8, /\b(discount|cheaper|lower (the )?price|best price|lowest price|price cut|coupon|promo( code)?|voucher|deal|bargain|knock (some|a bit)|reduce the price|any offer|bulk price|wholesale)\b/, { neg: 'strong' }],
    [1.4, /\b(too expensive|so expensive|pricey|would you take|will you take|accept \$?\d+|for \$?\d+\??$)/],
  ],
  free_shipping: [
    [2.0, /(包邮|包不包邮|包不包|免邮|免运费|运费(能|可以)?(免|减|包)|邮费(能|可以)?(免|减|包)|不包邮|包个邮|给包邮|能包邮)/, { neg: 'strong' }],
    [1.4, /(运费|邮费|快递费|邮资|运费多少|加运费|补运费|补邮费|偏远|新疆|西藏|内蒙|青海|宁夏|甘肃|海南|港澳台|香港|澳门|台湾)(?!险)/, { neg: 'strong' }],
    [2.0, /\b(free shipping|free delivery|shipping (fee|cost|charge)s?|delivery (fee|cost|charge)s?|postage|ship for free|pay for shipping|shipping included|shipping (is |for )?free|free ship(ping)?)\b/, { neg: 'strong' }],
  ],
  gift: [
    [2.0, /(赠品|小样|试用装|赠送|礼品|小礼物|礼物|附赠|加送|多送|额外送|随赠|福利|送的东西|有没有送|有送|送不送|送啥|送什么|送点|送个|送些|送一个|送一份|送两|送几|送我|送吗|送么|送呗|再送|能送|可以送|给送|搭配送)(?!到|货|达|上门|过来|去)/, { neg: 'strong' }],
    [2.0, /\b(free (gift|sample)|freebies?|gifts?|samples?|extra (one|pair|item)|throw in|add a free|bonus item)\b/, { neg: 'strong' }],
  ],
  payment: [
    [2.0, /(付不了|付不上|付不出|支付失败|付款失败|支付不了|无法支付|付款不成功|不能付款|付不成|扣了钱|扣款了|扣钱了|钱扣了|扣了两次|重复扣款|显示未付款|显示待付款|未支付|付了款.{0,8}(没|未|不)|付款(怎么|不了|失败|异常|有问题))/],
    [1.6, /(花呗|分期|信用卡|白条|先用后付|月付|货到付款|到付|代付|找人付|亲友代付|微信支付|支付宝|银行卡|云闪付|付款方式|支付方式|怎么付|如何付|怎么付款|怎么支付|用什么付|能付|付款码|二维码)/],
    [0.8, /(付款|支付|付钱|转账|付了)/],
    [2.0, /\b(payment|pay (with|by|in|using)|paid|installments?|credit card|debit card|paypal|apple pay|google pay|charged twice|double charged|card (was )?declined|checkout (fails|failed|error)|can'?t pay|payment methods?|payment options|payment modalities)\b/],
  ],
  price_drop: [
    [2.2, /(退差价|补差价|差价|价保|保价|价格保护|买贵了|降价了|降了\d*|便宜了\d*|刚买.{0,8}(降|便宜)|(今天|现在|昨天|刚才|这会).{0,8}(降|便宜|更低|少了\d)|比我买的(时候)?便宜)/],
    [2.2, /\b(price (drop|dropped|protection|match|adjustment)|cheaper now|now cheaper|dropped (the|its) price|refund the difference|difference back|went on sale|on sale (now|after)|lower price now)\b/],
  ],
  ship_time: [
    [2.2, /(什么时候|啥时候|啥时|几时|何时|哪天|多久|几天|多长时间|多少天|当天|今天|明天|今日|马上|尽快|快点|赶紧|早点|能不能|可以|可不可以|抓紧|加急|急着?用).{0,6}(发货|发出|发走|寄出|出库|发件)|(发货|发出|寄出)(了吗|了么|没|了没|吗|么|时间|要多久|快吗|快不快)|(还|咋|怎么|为什么|为啥|咋还|怎么还|还是)(没|不|没有)(发|寄)(货|出|走)?|催(一下)?发货|(赶紧|快点|尽快|快|马上|今天|明天|今晚)(能|可以|给我|能不能|可不可以|会)?(发|寄)(吧|啊|呀|呗|一下|了|出去|吗|么|不|嘛|$)|不发货|没发货|未发货|拖着不发|(拍|买|下单|付款)了?.{0,6}(天|周|星期).{0,6}(没发|不发|未发|还没)/],
    [1.4, /(发货|发什么快递|几点发|多久到手)/],
    [2.2, /\b(when (will|do|can|would) (you|it|my order|the order) (be )?(ship|dispatch|send|sent|shipped)|not (been )?(shipped|dispatched|sent) yet|hasn'?t (been )?(shipped|dispatched|sent)|still not shipped|ship (it )?(today|asap|soon|faster)|dispatch time|handling time|ship out|shipped yet)\b/],
  ],
  logistics: [
    [2.0, /(物流|快递(到|在|呢|怎么|还|咋|停|不动|没|一直)|到哪|在哪了|到哪儿|走到哪|单号|运单|查件|查快递|查物流|派送|派件|配送|送货上门|送到|送上门|签收|驿站|快递柜|丰巢|菜鸟|快递员|快递小哥|中转|转运|揽收|揽件|不动了|没动|没更新|没有更新|没信息|卡住|卡在|停在|停了几天|几天到|多久到|什么时候到(?!账)|啥时候到(?!账)|几号到|能到吗|到了吗|到货|还没到|没到|怎么还不到|还没收到|没收到货|没有收到|没收到|丢件|丢了|快递丢|被别人拿|退回了|拒收|改派|自提)/],
    [1.8, /(顺丰|中通|圆通|韵达|申通|极兔|邮政|ems|京东快递|德邦|百世|天天快递|sf|yto|zto|jd快递|发什么快递|哪家快递|用什么快递|可以发.{0,4}快递|能发.{0,4}(顺丰|京东|邮政|ems))/],
    [0.8, /(快递|到货|收货|配送)/],
    [2.2, /\b(track(ing)?|where is (my|the) (order|package|parcel|item|stuff)|where'?s my|hasn'?t arrived|not arrived|didn'?t arrive|not (been )?delivered|never (arrived|received|came)|haven'?t received|still waiting|when will (it|my order|the package) (arrive|be delivered|come)|eta|arrival|deliver(y|ies)? (time|date|options?|methods?|period|status)|shipping (options?|methods?|period|status|time)|delivery|courier|shipment|lost (package|parcel)|stuck in transit|in transit|ship(ping|ments)? to [a-z]+|out for delivery)\b/],
  ],
  order_change: [
    [2.0, /(改地址|修改地址|地址(填|写|选)?错|换(个|一下)?地址|改(一下|下)?(收货)?(地址|电话|号码|手机|收件人|名字)|地址(改|换|修改)|(电话|手机号|号码|收件人)(填|写)?错|(改|换)成|修改(订单|颜色|尺码|规格|数量)|改(颜色|尺码|码|规格|数量|款)|拍错|下错|选错|买错|多拍|少拍|重复拍|拍重|合并(发货|订单|付款)|一起发|备注|改单|取消订单|取消一下|帮我取消|给我取消|能取消|可以取消|申请取消|不想要了.{0,6}取消|还没发.{0,8}(不要|取消|退))/],
    [1.2, /(取消|撤单|不要了|不想要了|别发了|先别发|不用发了|拦截)/],
    [2.0, /\b(cancel+(ing|ed|ation)?|canceloing|cancdling|change (my |the )?(order|address|size|colou?r|delivery address|shipping address|phone)|wrong address|update (my |the )?(address|order)|(set ?up|enter|add|edit|modify) (a |an |my |the )?(different |new )?(shipping|delivery) address|shipping address|delivery address|edit (my|the) order|modify (my|the) order|switch (the|my) (size|colou?r)|change (of|to) (my|the) order|don'?t want (my|the|this) (order|item))\b/],
  ],
  invoice: [
    [2.4, /(发票|专票|普票|开票|电子票|纸质票|增值税|抬头|税号|纳税人|收据|报销|对公|公司名称)/],
    [2.4, /\b(invoices?|receipts?|bills?|billing statement|vat|tax (id|number)|company name)\b/],
  ],
  received_ok: [
    [1.6, /(收到了|已收到|收到啦|收到货了|到了|已签收|签收了|拿到了|到手了|东西到了|快递到了)/, { neg: 'any' }],
    [1.6, /(挺好|很好|非常好|蛮好|还不错|不错|满意|喜欢|好看|好用|合适|舒服|漂亮|完美|质量好|质量很好|质量不错|物超所值|值了|赞|棒|给力|点赞|爱了|惊喜|没问题|没毛病|很正|超级好)/, { neg: 'any' }],
    [0.6, /(谢谢|感谢|多谢|辛苦了|辛苦|谢啦|3q|thx|thanks)/],
    [2.0, /\b(got it|received (it|my|the)|arrived (today|safely|fine|well)|love (it|them)|works (great|fine|perfectly)|great (product|quality)|very (happy|satisfied|good)|satisfied|perfect|exactly as described|thank you so much|happy with)\b/, { neg: 'any' }],
  ],
  damaged: [
    [2.4, /(碎了|碎掉|打碎|摔碎|破碎|压碎|碎成|裂了|裂开|裂缝|裂纹|破了|破损|压扁|压坏|压烂|压变形|摔坏|磕坏|磕碰|撞坏|漏了|漏液|漏水了|漏出来|洒了|撒了|流出来|包装烂|箱子烂|盒子(烂|破|坏|扁)|外包装|变形了|凹进去|凹了|瘪了|划痕|刮花|脏了|弄脏|污渍|一股.{0,2}(液|水))/],
    [1.2, /(烂了|坏了|坏的|断了|缺角|掉漆|碎)/],
    [2.4, /\b(broken|cracked|crushed|shattered|smashed|damaged|dented|leak(ed|ing)?|spilled|torn (box|package)|arrived (broken|damaged)|scratched|scratches|bent)\b/],
  ],
  missing_item: [
    [2.4, /(少了|少发|漏发|漏寄|少寄|少一|少个|少件|少了一|缺了|缺件|缺少|只收到|只到了|只发了|只有一|只来了|差一|数量不对|数量不够|不够数|配件(没|没有|呢|少|缺)|(赠品|礼品|小样|说明书|配件|充电器|充电线|螺丝|零件|盖子)(没|没有|呢|在哪|少)|没(看到|找到|收到|有)(赠品|礼品|小样|配件|说明书|充电器)|(怎么|咋)(没|没有)(送|赠品|配件|发全))/],
    [2.4, /\b(missing|only (received|got|came with)|didn'?t (include|come with)|not included|incomplete|short (by|one)|one (is|was) missing|fewer than|less than i ordered)\b/],
  ],
  wrong_item: [
    [2.6, /(发错|寄错|弄错|搞错|拿错|装错|配错|错发|发成|不是我(要|买|拍|订|选|下单)的|(发|寄)(来|过来|给我)的是|收到的是.{0,10}(不是|而不是|却)|(颜色|尺码|码|型号|款式|规格|尺寸|货|东西)(不对|错了|发错)|跟(我)?(拍|买|下单|订)的不一样|和(我)?(拍|买|下单|订)的不一样|不是我拍的|要的是.{0,10}(发|寄|来|给)|拍的是.{0,10}(发|寄|来|给|收到))/],
    [2.6, /\b(wrong (item|size|colou?r|model|product|one|thing|order|variant)|not what i (ordered|bought)|different (item|product|colou?r|size|model) than|sent me (a|the) (wrong|different)|instead of (the|my))\b/],
  ],
  quality_issue: [
    [2.4, /(质量(太)?(差|不好|有问题|太差|很差|不行|垃圾|一般|不咋|堪忧)|(有)?质量问题|掉色|褪色|染色|串色|起球|开线|脱线|线头|跳线|开胶|脱胶|掉胶|断线|掉钻|掉毛|掉渣|掉皮|起皮|脱皮|发霉|霉了|生锈|过期|变质|坏掉|不工作|没反应|不能用|用不了|没法用|无法使用|充不进|充不上|不充电|开不了机|开不开机|不亮|不响|没声音|漏电|漏气|漏水|异味|味道(好)?(大|重|很大|太大|刺鼻|难闻|很重)|有味道|有股味|一股味|臭|刺鼻|难闻|色差|(和|跟|与)(图片|图|描述|详情|宣传|视频|直播)(上)?(的)?(不一样|不符|差|相差|不同|完全不|严重)|与描述不符|描述不符|货不对板|不符合描述|瑕疵|破洞|有洞|有个洞|污点|做工(差|粗糙|不好)|粗糙|卡顿|死机|失灵|不准|缩水|变形|毛躁|扎人|起毛|掉色|失效|没效果|不管用|不好用|难用|垃圾|劣质|假货|次品|残次|是坏的|用了.{0,6}(就)?(坏|断|不)|(穿|洗|用|戴)了?(一次|两次|几次|一天|两天|几天|一下|没几天|一周)(就)?(坏|断|开|掉|破|起|烂|不|裂|变))/, { neg: 'strong' }],
    [1.2, /(坏了|坏的|断了|烂了|有问题|不行|不灵|不好)/, { neg: 'strong', statementOnly: true }],
    [2.4, /\b(defective|faulty|doesn'?t work|does not work|not working|stopped working|won'?t (turn on|charge|work)|poor quality|bad quality|cheap quality|low quality|fell apart|falling apart|ripped|frayed|faded|fading|peeling|smells?|stinks?|not as described|doesn'?t match (the )?(description|picture|photo)|looks nothing like|malfunction(ing|s)?|broke (after|within)|quality issue|quality problem)\b/, { neg: 'strong' }],
  ],
  size_fit: [
    [2.2, /(有点小|有点大|太小|太大|小了|大了|偏小了|偏大了|太紧|太松|紧了|松了|勒|穿不上|穿不下|穿不进|塞不进|不合身|不合脚|不合适|不适合|挤脚|磨脚|太长|太短|长了|短了|太肥|太瘦|显胖|显黑|显老|上身(效果)?(不好|一般|很丑|难看)|不好看|难看|丑|不喜欢|不太喜欢|买重复|买多了|重复买|多买了|想法变了|改主意|不需要了|用不上|没用上|效果不好|跟想象(的)?不一样|和想象(的)?不一样|不是我想要的)/, { neg: 'strong' }],
    [0.8, /(小|大|紧|松|长|短)(了|点|些)/, { statementOnly: true }],
    [1.6, /(不想要了|不要了|不想要|退了吧)/, { afterSaleOnly: true }],
    [2.2, /\b(too (small|big|tight|loose|large|short|long|narrow|wide)|doesn'?t fit|didn'?t fit|does not fit|not fit|runs (small|large|big)|don'?t like (it|the)|didn'?t like|changed my mind|not my style|need a (bigger|smaller) size|no longer need|don'?t need (it|this) anymore|ordered (two|twice) by mistake)\b/],
  ],
  return_request: [
    [2.4, /(退货|退换|换货|调换|换一?个|换(大|小)一?(码|号|点)|换(码|号|尺码|颜色|款)|七天无理由|7天无理由|无理由|退回(去)?|寄回(去)?|退回来|退货地址|寄回地址|退回地址|退货运费|运费险|退换货|可以退|能退|能不能退|怎么退|怎样退|如何退|想退|要退|我退|退了吧|给退吗|包退|包换|能换|可以换|怎么换|想换|要换|退不退|换不换)(?!款|钱|费|差价)/],
    [2.4, /\b(return(ing|s|ed)?|exchange|send (it|them|this) back|ship (it|them) back|money back guarantee|refund policy|in (which|what) (cases|situations) can i (ask|request|get)|reimbursement policy|swap (it|for))\b/],
  ],
  refund: [
    [2.4, /(退款|退钱|退费|仅退款|只退款|把钱退|钱退|还钱|钱(什么时候|啥时候|多久|怎么还|还没|没)(退|到|还|回)|到账|退回(来)?的钱|钱呢|退我钱|返还|把钱还)(?!差价)/],
    [2.4, /\b(refund(s|ed|ing)?|money back|reimburse(ment|d)?|rebate|compensations? of (my )?money|get my money|my money|charge ?back)\b/],
  ],
  complaint: [
    [2.4, /(投诉|举报|12315|消协|消费者协会|工商|市场监管|平台介入|找平台|申请介入|小二介入|客服介入|维权|欺诈|诈骗|骗子|骗人|骗钱|坑人|坑爹|黑店|奸商|无良|垃圾店|赔偿|赔钱|赔我|假一赔|退一赔|律师|起诉|法院|曝光|报警|态度(太)?(差|恶劣|不好)|不理人|没人理|不回(复|消息|我)|爱答不理|太过分|过分了|什么态度|敷衍|不负责|耍赖|欺骗)/, { neg: 'strong' }],
    [2.4, /\b(complain(t|ts|ing)?|fil(e|ing) a claim|claim with|lodge a claim|customer claim|reclama(tion|ion)|consumer (claim|reclamation)|scam(mer|med)?|fraud|report you|sue|lawyer|unacceptable|rip-?off|escalate|dispute|chargeback)\b/],
    [0.8, /\b(compensation|unhappy|terrible service|worst)\b/],
  ],
  bad_review: [
    [2.6, /(差评|中评|一星|1星|两星|2星|给差|打差|负面评价|不好的评价|恶评|追评.{0,6}(差|曝光|真实)|评价.{0,6}(差|不好|真实情况)|如实评价|实话实说.{0,4}评)/],
    [2.6, /\b(bad review|negative review|one[- ]?star|1[- ]?star|two[- ]?star|low rating|poor rating|bad rating|negative feedback)\b/],
  ],
  review: [
    [2.0, /(好评|五星|5星|晒图|评价|追评|评论|返现|好评返|给好评|打分|带图|写评价|写评论)/],
    [2.0, /\b(review|feedback|rate (the|your|my)|rating|write a comment|leave (a )?comment|opinion about|testimonial|stars?)\b/],
  ],
  other: [
    [1.0, /(账号|账户|帐号|登录|登陆|密码|注册|绑定|解绑|会员卡|积分|注销|换绑|实名)/],
    [1.4, /\b(account|password|sign ?up|signup|log ?in|login|register(ing)?|registration|newsletter|subscri(be|ption)|unsubscribe|profile|username|place (an? )?(order|purchase)|make (an? )?(order|purchase)|buy (some|a few|an?) (items?|products?|article)|purchase (some|a few|an?) (items?|products?))\b/],
  ],
};

export const CUE_RULES: readonly CueRule[] = compile(SPECS);

function compile(specs: Partial<Record<SituationId, RuleSpec[]>>): CueRule[] {
  const rules: CueRule[] = [];
  for (const [id, list] of Object.entries(specs) as [SituationId, RuleSpec[]][]) {
    for (const [weight, pattern, options] of list) {
      rules.push({ id, weight, pattern, ...options });
    }
  }
  return rules;
}
