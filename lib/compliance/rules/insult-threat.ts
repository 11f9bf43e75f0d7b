/**
 * Insults, threats and doxxing towards the buyer. Several insult characters also occur in
 * ordinary product words (滚筒, 滚边, 傻眼, 垃圾袋), so those are excluded by look-around.
 * Doxxing is a threat with the buyer's own data: "我知道你住哪", "把你信息挂出去".
 */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

const patterns: PatternSpec[] = [
  { re: /傻(?![眼瓜式])|(?<![a-z])sb(?![a-z])/g },
  { re: /(?<![翻打圆滚])滚(?![筒动轮珠边烫刷梳针雪圆床滚])/g },
  {
    re: /神经病|有病(?!虫)|穷鬼|穷逼|穷(?:就别|还)|买不起就?别|没钱(?:还|就别|别)|爱买不买|不买拉倒|不买就滚|爱咋咋|你瞎|眼瞎|眼睛瞎|瞎了眼|瞎了吗|瞎啊|瞎吗|神经吧|神经啊|你算老几|爱要不要|不要拉倒|懒得理你|别来烦我|烦死了|活该|去死|找死|废物|脑残|白痴|弱智|智障|蠢货|蠢猪|贱人|他妈的?|你妈|尼玛|你有毛病|有毛病吧|脑子(?:有问题|进水|有病|坏)|没脑子|文盲|看不懂(?:中文|字|人话)|丢人现眼|老子|白嫖|垃圾(?:客户|买家|人|东西)|事儿?(?:真|太|怎么这么)多|事儿妈|奇葩|算什么东西|狗东西|你这(?:种人|智商)|智商(?:堪忧|低|不行|有问题)|找茬|穷酸|土鳖|乡巴佬|烦不烦|就你这样的?|你这样的人|回家种地|你算什么|你是猪吗|猪脑子|耳朵聋|聋了|你聋|装可怜|戏精|矫情|没素质|没教养|不要脸|厚脸皮|贪小便宜|占小便宜|难伺候|闭嘴|少废话|别废话|刁民|泼妇|无赖|白眼狼|抠门|小气鬼|讨饭|要饭|叫花子|你(?:这个|个)?骗子|(?<!谨防|提防|小心|都是|是|遇到|防|冒充的?)骗子(?=$|[。!?])|你(?:这种人|这种)?活该|没见过世面|穷成|穷疯|没钱别|这点钱还|几块钱还|薅羊毛的|羊毛党|差评师|职业打假|碰瓷|讹人|讹钱|你(?:这是|这叫|这属于|就是|这样是|是在)?(?:敲诈|勒索)|无理取闹|胡搅蛮缠|没完没了|烦人|懒得(?:理|跟|和|搭理)|随便你(?:投诉|告|去|怎么|爱)|有本事(?:你|就|去)|有种你|你行你上|关我(?:什么|屁)事|跟我有什么关系|眼睛长哪|没长眼|长没长眼|没长脑子|长没长脑子|脑子呢|脑子有坑|笨蛋|傻子|沙雕|憨批|二百五|什么玩意|什么人都有|你这人(?:怎么|真|太|有|就|也太|脑)|没素质|素质(?:差|低|太差)|德性|德行|要点脸|放屁|扯淡|胡说八道|人渣|畜生|王八|混蛋|(?<![我他她咱爸姑姨舅老])妈的|(?<![a-z])(?:tmd|nmsl|cnm|2b)(?![a-z])|玻璃心|作精|极品买家|来搞笑的|逗我呢|买不起|看你那样|你那样子|脑子(?:有|进|坏|不)|别逼(?:我|我们)|(?:我们|我)(?:就)?上门(?!取|安装|维修|服务|退换|回收|检测|测量)|把你的?[^。!?]{0,10}(?:发出去|挂出去|公开|曝光|发到网上|贴出来)|服了你|脑子不好使|脑子不够用|就别网购|别网购了|奇葩买家|土包子|没文化|不识字/g,
  },
  // Threats and doxxing.
  {
    re: /曝光你|人肉|收拾你|弄死|打死你|你等着|等着吧|等着瞧|走着瞧|起诉你|告你(?!诉)|知道你(?:住|家|在哪|是谁)|(?:我|我们)有你(?:的|家)?的?(?:地址|电话|手机|信息)|你的?(?:信息|地址|电话|手机号?|照片)[^。!?]{0,8}发给(?!您|你)|(?:你)?自己看着办|天天(?:打电话|骚扰|找你|去找)|你敢|(?:再|敢)(?:给|打|投诉|差评|闹|退)[^。!?]{0,6}试试|你的?(?:地址|电话|手机号?|信息)我(?:们)?(?:都|已经)?(?:有|记下|记住)|把你的?(?:信息|电话|地址|照片|名字|手机号?|订单)[^。!?]{0,8}(?:挂|发到|曝|公布|贴|传)|挂(?:出去|到网上|网上)|发到网上|让你好看|有你好看|让你(?:买不了|后悔|付出代价|吃不了兜着走|在这个?平台)|你试试(?=$|[。!?])|(?:差评|投诉|举报|曝光)[^。!?]{0,4}试试|走着看|(?:去|到)你(?:公司|单位|学校|家)(?:找|堵|闹)?|你的?[^。!?]{0,6}(?:名字|电话|地址|信息|手机号?)[^。!?]{0,6}记下|(?:你家|你住|小区|单元|门牌)[^!?]{0,16}(?:记着|记住|知道|清楚)(?:呢|了|的)|(?:知道|记着|记住)[^!?]{0,6}(?:你家|你住|你的?地址)|你试试看|你小心点|上门找你|(?:去|到)你家(?:找|堵|闹)|找人(?:收拾|找你)|(?:记下|记住)了?你的?(?:手机|电话|地址)|把你[^。!?]{0,10}发(?:到)?(?:朋友圈|网上|群里)|(?:敢|再)[^。!?]{0,6}差评[^。!?]{0,3}试试/g,
  },
  // English insults and threats.
  {
    re: /\b(?:idiots?|stupid|moron(?:ic|s)?|dumb(?:ass)?|retard(?:ed)?|loser|shut up|get lost|screw you|f+u+c+k+(?:ing|er)?|piss off|go to hell|scammer|whining|pathetic|are you blind|you blind|can't you read|learn to read|cheapskate|ridiculous|clueless|are you deaf|get a brain|brainless|choosing beggar|such a pain|pain in the|worst customer|you(?:'re| are) the worst|what's wrong with you|nobody cares|(?:that's|it's|that is|it is) (?:your|not my) problem|get over it|stop bothering|stop wasting my time|you(?:'re| are) (?:lying|a liar|crazy|insane|ridiculous|annoying))\b/g,
  },
  {
    re: /\b(?:expose you|sue you|(?:we|i) know where you live|you(?:'ll| will) regret|post your (?:address|details|info|information|name|photo|phone)[^.!?\n]{0,15}\bonline|(?:we|i) have your (?:address|phone|details)|we(?:'ll| will) find you|you(?:'ll| will) be sorry)\b/g,
  },
];

export const insultThreat = patternDetector(patterns);
