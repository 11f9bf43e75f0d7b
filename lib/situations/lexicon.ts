/**
 * Word families the trained model gets as features of their own, beside the character grams.
 * A family lets the model generalise from "不甜" seen in training to "发软" never seen: both
 * light up `defect`, and the weight learned for the family carries over. Families describe
 * what a buyer talks about, not which situation it is; the model learns how they combine.
 * Written against normalised text (simplified, lower case, placeholders as tokens).
 */
export interface LexiconFamily {
  readonly name: string;
  readonly pattern: RegExp;
}

const family = (name: string, pattern: RegExp): LexiconFamily => ({ name, pattern });

export const LEXICON: readonly LexiconFamily[] = [
  // Faults of the goods, described rather than named: devices, clothes, food, smells, skin.
  family(
    'defect',
    /坏了?|不亮|不响|没声|没反应|死机|蓝屏|黑屏|花屏|卡顿|很卡|好卡|闪退|重启|充不进|充不上|不充电|充电慢|掉电|不耐用|漏电|发烫|烫手|异响|噪音|杂音|嗡嗡|开线|线头|脱线|掉色|褪色|染色|起球|缩水|变形|脱胶|开胶|断了|断掉|裂了|裂开|有裂|破洞|破了|掉了|松动|松了|晃|生锈|锈|发霉|霉点|长毛|异味|臭|刺鼻|味道(大|冲|重)|冲鼻|头疼|头晕|过敏|红肿|发痒|刺痛|长痘|闷痘|不甜|发软|软塌|太酸|酸的|发苦|苦的|涩|干瘪|没水分|有渣|变质|过期|临期|有虫|虫子|不新鲜|不好用|不灵|失灵|打不开|关不上|合不上|拉不动|扣不上|漏水|渗水|漏气|起皮|掉皮|掉漆|掉毛|掉渣|毛刺|划痕|刮花|色差|褪|粗糙|断电|自动关机|连不上|没信号|断连|识别不了|不识别|不出水|不转|不制冷|不加热|不热|不凉|塌了|歪|不平|气泡|跑线|跳线|针眼|污渍|脏|有印子|黄斑|霉味|\b(broken|defect(ive)?|stopped working|does(n'?t| not) work|not working|faulty|smells?|ripped|torn|leak(s|ing)?|crack(ed)?|peeling|rotten|stale|died)\b/g,
  ),
  // Strong feelings, mostly about a let-down.
  family('negative', /差劲|太差|很差|垃圾|失望|生气|气死|无语|坑人|坑爹|被坑|骗|恶心|糟糕|离谱|服了|醉了|烦死|太次|呵呵|什么玩意|啥玩意|破东西|智商税|后悔|心累|\b(terrible|awful|worst|disappointed|angry|ridiculous|scam|garbage|trash)\b/g),
  // Not after a negation: "不喜欢", "不太满意", "不好看" are the opposite feeling (see 'dislike').
  family('positive', /(?<!不|不太|不怎么|没那么|没)(满意|喜欢|好用|好吃|舒服|好看)|不错|很好|挺好|真好|棒|赞|给力|超值|漂亮|惊喜|完美|值得|推荐|回购|\b(love|great|perfect|excellent|nice|happy with|awesome)\b/g),
  // What a pre-sale question asks about: measurements, materials, specs, use, comparisons.
  family(
    'attribute',
    /尺寸|大小|多长|多宽|多高|多重|多厚|多大|长度|宽度|高度|重量|材质|面料|料子|颜色|容量|功率|电池|续航|内存|配置|型号|版本|保质期|产地|成分|口味|甜度|酸度|肩宽|腰围|胸围|臀围|裤长|衣长|袖长|鞋码|内长|脚长|码数|尺码|几岁|几斤|几个|几寸|几瓦|毫升|克|厘米|cm|mm|参数|规格|适合|适用|能放|能用|能装|能带|能不能放|可以放|兼容|支持|区别|一样吗|一样不|有啥不同|对比|哪个好|哪款|哪种|同款|链接|款式|充一次|用多久|能用多久|洗碗机|微波炉|烤箱|电磁炉|\b(size|spec|material|compatible|fit(s)? (a|my|the)|battery|capacity|difference|dimensions?|weight|how (long|big|heavy))\b/g,
  ),
  family('question', /[?？]|吗|么|呢|嘛|多少|几|怎么|怎样|咋|什么|啥|哪|能不能|可不可以|有没有|是不是|会不会|行不行|要不要|可以吗|\b(how|what|when|where|which|why|can|could|does|is it|are)\b/g),
  // The courier and the last mile: instructions, places, delivery trouble.
  family(
    'delivery',
    /派送|派件|送到|送错|送货|上门|签收|快递员|快递小哥|小哥|驿站|丰巢|快递柜|代收|放门口|门卫|物业|前台|到哪|没更新|不动了|改派|拒收|转寄|自提|取件|菜鸟|中通|圆通|申通|韵达|顺丰|极兔|邮政|ems|京东快递|不在家|打电话|隔壁|楼下|别送|先别|晚点送|明天送|周末送|运输|中转|揽收|丢件|丢了|\b(courier|delivery|delivered|driver|parcel|package|tracking|door|locker)\b/g,
  ),
  family('dispatch', /发货|发出|几天发|什么时候发|啥时候发|还没发|快点发|尽快发|赶紧发|加急|今天能发|今天发|明天发|预售|现货|催|\b(ship(ped|ping)?|dispatch(ed)?)\b/g),
  // Fit described as a feeling of the body.
  // Also shoes felt on the foot (顶着疼, 挤, 半码, 鞋跟太高), dialect (不巴适, 着唔落) and English.
  family(
    'fit',
    /勒|紧|松|大了|小了|偏大|偏小|挤(?!压|破|坏|烂)|磨脚|夹脚|顶脚|顶着|压脚|硌脚|太长|太短|跟太高|肥|显胖|显脚大|显老|显黑|不合身|合身|穿不上|穿不下|穿不进|戴不上|戴不下|塞不进|放不下|卡脖|掉裆|一码|半码|大一号|小一号|大一码|小一码|窄|裤腰|袖子|领口|腰身|跟脚|掉跟|不巴适|不得劲|着唔落|唔合身|\b(too (small|big|tight|loose|long|short|narrow|wide|heavy)|a bit (small|big|tight|loose)|tight|loose|narrow|pinch(es|ing)?|squish(ed|es)?|runs (small|large))\b/g,
  ),
  // Subjective reasons that are not a fault: not liked, not to one's taste, not used to it, too
  // hard for the child, bought too many or by mistake, or the child or pet will not take to it
  // ("猫不肯进去睡"), often said outright ("不是质量问题", "东西没毛病 就是…"). Labelled
  // size_fit (不合适/不喜欢).
  family(
    'dislike',
    /不是质量|不是.{1,4}的问题|不是东西|没毛病|没啥问题|没什么问题|东西是好东西|唔系质量|唔系坏|口味|吃不惯|喝不惯|不爱吃|不爱喝|不吃|不能吃|唔啱|唔钟意|不钟意|不感兴趣|不对胃口|不是我的菜|看不懂|看不进去|读不下去|太难|太深|买多了|拍多了|买多咗|重复了|家里还有|买贵了|色号|太沉|太重|太厚|太大|太小|比想象中|不喜欢|不太喜欢|不怎么喜欢|不爱|不稀罕|不习惯|用不惯|玩不惯|穿不惯|戴不惯|不顺手|用不明白|用不来|学不会|太复杂|不会用|不适合|不合适|不搭|不好看|不方便|跟我想的不一样|跟想象的不一样|比想象的|想象中|买错了|买重复|买多了|不想要了|不肯|不敢|害怕|嫌弃|舔两口|一次都没|没用过几次|\b(don'?t like|do not like|not for me|not my taste|changed my mind|not used to|too (complicated|hard|difficult|firm|soft|thick|thin|dark|light|spicy|sweet)|not (a )?defect(ive)?|nothing wrong|boring|refuses?|won'?t (eat|use|sleep|wear)|scared of|only licks|hates? it)\b/g,
  ),
  // Ending the exchange: thanks and acknowledgements.
  family('closing', /好的|好滴|好嘞|谢谢|谢啦|谢了|多谢|搞定|ok|嗯嗯|嗯|行吧|好吧|收到|明白|知道了|了解|辛苦|拜拜|没事了|没问题|\b(thanks|thank you|got it|fine|bye)\b/g),
  // The goods themselves, which turn thanks into received_ok.
  family('goods', /东西|货|宝贝|衣服|裤子|鞋|包裹|快递|商品|收到了|到了|质量|\b(item|product|order|it arrived)\b/g),
  family('received', /收到|到了|到货|签收|拿到|到手|拆开|打开|用了|穿了|试了|洗了|吃了|戴了|装上|\b(received|arrived|got it|opened)\b/g),
  family('money', /钱|退款|元|块|价|差价|优惠|便宜|贵|¥|￥|付款|支付|\b(price|refund|money|paid|pay|cost)\b/g),
  family('returning', /退|换|寄回|退回|售后|补发|重发|\b(return|exchange|replace(ment)?|send (it )?back)\b/g),
  family('escalation', /投诉|12315|消协|消费者协会|平台介入|小二|举报|曝光|工商|律师|起诉|赔偿|赔钱|骗子|欺诈|虚假|\b(report|complain|lawyer|sue|fraud)\b/g),
  family('review', /评价|好评|差评|中评|晒图|追评|返现|评论|打分|星|\b(review|stars?|rating|feedback)\b/g),
  family('followup', /^(那|就|所以|然后|还是|可是|但是|不过|那就|那我|那你|那还|那要|那怎么)/g),
  // "1. … 2. …": the review-like paragraph that lists several faults.
  family('list', /(^|\s|[。；;，,])([1-9]|[一二三四五六七八九])[.、．:：)）]/g),
];
