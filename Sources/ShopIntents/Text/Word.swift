/// Hashes of the English words and Chinese characters the extractors look for, computed once.
/// Comparing a token with `Word.under` is one integer comparison.
enum Word {
    static func h(_ text: String) -> UInt64 { TokenHash.of(text) }
    static func set(_ words: [String]) -> HashIndex {
        var set = HashIndex(capacity: words.count)
        for word in words { set.insert(h(word)) }
        return set
    }

    // Articles and small words that surround slot values.
    static let the = h("the"), a = h("a"), an = h("an"), of = h("of"), and = h("and"), to = h("to")
    static let with = h("with"), `for` = h("for"), from = h("from"), or = h("or"), one = h("one")
    static let my = h("my"), me = h("me"), it = h("it"), `is` = h("is"), `in` = h("in"), on = h("on")
    static let by = h("by"), at = h("at"), than = h("than"), more = h("more"), less = h("less")
    static let no = h("no"), not = h("not"), number = h("number"), num = h("num"), item = h("item")
    static let between = h("between"), under = h("under"), over = h("over"), up = h("up"), most = h("most")
    static let least = h("least"), below = h("below"), above = h("above"), max = h("max"), min = h("min")
    static let maximum = h("maximum"), minimum = h("minimum"), within = h("within"), lower = h("lower")
    static let higher = h("higher"), cheaper = h("cheaper"), pricier = h("pricier"), budget = h("budget")
    static let underscore = h("_"), k = h("k"), w = h("w"), plus = h("+")
    static let dozen = h("dozen"), couple = h("couple"), half = h("half"), hundred = h("hundred")
    static let thousand = h("thousand"), top = h("top"), last = h("last"), both = h("both"), all = h("all")
    static let group = h("group"), chat = h("chat"), buy = h("buy"), buying = h("buying")
    static let store = h("store"), shop = h("shop"), stores = h("stores"), shops = h("shops")
    static let star = h("star"), stars = h("stars"), out = h("out"), ways = h("ways"), way = h("way")
    static let split = h("split"), into = h("into"), among = h("among"), people = h("people")
    static let coupon = h("coupon"), code = h("code"), voucher = h("voucher"), coupons = h("coupons")
    static let order = h("order"), link = h("link"), share = h("share"), packet = h("packet")
    static let envelope = h("envelope"), rate = h("rate"), gave = h("gave"), give = h("give")
    static let expensive = h("expensive"), costly = h("costly"), orLess = h("less"), orMore = h("more")
    static let around = h("around"), about = h("about"), this = h("this"), that = h("that")

    /// Words after a number that make it money in yuan.
    static let currencyWords = set(["yuan", "rmb", "kuai", "bucks", "buck", "dollars", "dollar", "cny", "yuans", "kuais"])
    /// Words after a count of people in a red envelope ("split 5 ways").
    static let countNouns = set([
        "ways", "way", "people", "persons", "person", "pax", "parts", "part", "shares", "packets",
        "envelopes", "portions", "pieces", "recipients", "members", "friends", "guys", "folks", "slots",
    ])
    /// Words after an ordinal that belong to it ("the second one", "the third item").
    static let ordinalNouns = set([
        "one", "item", "product", "result", "option", "choice", "thing", "listing", "entry", "pick", "ones",
    ])
    /// "number 2", "item 3": nouns that turn the next number into an ordinal.
    static let ordinalLeads = set(["number", "num", "no", "item", "option", "result", "choice"])

    // Chinese characters.
    static let zhDi = h("第"), zhGe = h("个"), zhQian = h("前"), zhYuan = h("元"), zhKuai = h("块")
    static let zhQianMoney = h("钱"), zhJiao = h("角"), zhMao = h("毛"), zhYi = h("以"), zhXia = h("下")
    static let zhShang = h("上"), zhNei = h("内"), zhZhi = h("之"), zhDao = h("到"), zhZhi2 = h("至")
    static let zhJian = h("间"), zhQun = h("群"), zhXing = h("星"), zhFen = h("分"), zhRen = h("人")
    static let zhFen2 = h("份"), zhHe = h("和"), zhBao = h("包"), zhLiao = h("聊"), zhKe = h("颗")
    static let zhLai = h("来"), zhNa = h("拿"), zhGei = h("给"), zhDa = h("打")
    static let zhZhong = h("种"), zhThisThat = set(["那", "这", "哪"])
    /// Units written against a number: the number is a size, not a quantity.
    static let units = set([
        "l", "ml", "g", "kg", "gb", "tb", "w", "kw", "mah", "inch", "cm", "mm", "m", "v", "hz", "p",
        "升", "毫升", "克", "千克", "公斤", "寸", "英寸", "瓦", "毫安", "米", "厘米", "段", "码",
    ])
    /// Classifiers after "第N" or a count ("第二个", "两件").
    static let zhClassifiers = set([
        "个", "款", "件", "项", "条", "种", "台", "只", "双", "本", "瓶", "盒", "套", "支", "部", "张", "袋", "箱", "包", "斤", "位", "份",
        // What some things are counted in: 三顶帐篷, 两副耳机, 一罐奶粉, 两桶油, 一床被子.
        "顶", "副", "罐", "桶", "床", "把",
    ])
}
