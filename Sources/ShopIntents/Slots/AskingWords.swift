import ShopText

/// Questions and requests whose words say what they are better than the classifier does (it
/// read "三文鱼现在有几份" as nothing, "follow them" as a comparison, "我积分现在能抵多少钱" at
/// 0.53, "小米电视65寸开团" as a search). Each reading looks at a few bytes first: it is asked of
/// every utterance.
enum AskingWords {
    /// The intent `text` surely is, or nil to keep the classifier's.
    static func reading(of text: String, _ a: Analysis, classified: IntentName) -> IntentName? {
        // Every reading needs one of these words; a hash lookup per token rules most text out.
        // "荣耀X50咋样": only what read as nothing is looked at (咋, 样, 用 are common characters).
        if classified == .fallback, asksAboutNamed(text) { return .productShow }
        guard a.tokens.contains(where: { triggers.contains($0.hash) }) else { return nil }
        if asksCartKept(text) { return .cartShow }
        // "did my refund go through", "退款到账了吗": where a refund is, as its order tracks it.
        if asksRefundStatus(text) { return .orderTrack }
        // "洗衣液咋还没到啊 都四天了", "怎么还没到": where the parcel is, not a complaint to return.
        if asksWhereParcel(text) { return .orderTrack }
        // "我有两张券 用哪张划算啊", "which coupons save me the most?": the best price with them, a quote.
        if asksBestCoupon(text) || asksShipping(text) || asksPriceWithCoupon(text) { return .cartQuote }
        // "一天了还没领 我钱包现在多少钱": the wallet named is what is asked, whatever went before.
        if asksWallet(text) { return .walletShow }
        // "券退回来了没": a coupon back after a cancelled order is one of mine, listed.
        if text.contains("券"), ["退回", "回来", "返还", "还回"].contains(where: text.contains) { return .couponList }
        if asksWhoGrabbed(text) { return .redpacketShow }
        if asksFriendBought(text) { return .shareStats }
        if offersCoupons(text) { return .couponClaim }
        if checksIn(text) { return .pointsCheckin }
        // "划算 g1算我一个", "count me in for g1": a group buy joined.
        if ["算我一个", "带我一个", "我也参一个", "拼一个"].contains(where: text.contains) || text.quickLowercased().contains("count me in") {
            return .groupbuyJoin
        }
        if grabs(text) { return .redpacketGrab }
        if startsGroupBuy(text) { return .groupbuyStart }
        if cancelsThisOrder(text) { return .orderCancel }
        if asksPointsWorth(text) || asksTier(text) { return .pointsShow }
        if asksStock(text) || asksAbout(text) { return .productShow }
        // "关注一下 上新了通知我": a follow that says why is still a follow, not the list.
        // "先关注了", "关注一下 上新了通知我" follow whatever the classifier read; "我关注了…" asks.
        if let follow = follows(text), classified != .storeList || !text.contains("我") || text.contains("关注一下") || text.contains("关注下") {
            return follow
        }
        return nil
    }

    private static let triggers = Word.set([
        "几", "多", "货", "库", "团", "积", "关", "包", "单", "咋", "怎", "如", "呢", "好", "stock", "left", "many", "available",
        "follow", "unfollow", "like", "how", "hows", "谁", "没", "抢", "领", "签", "who", "did", "算", "带", "拼", "count", "cancel", "coupon",
        "卡", "级", "券", "cart", "车", "refund", "退", "grabbing", "shipping", "back", "grab",
        "coupons",
        "voucher",
        "vouchers",
    ])

    /// "did lena end up buying it? do i get anything for that": whether a share was bought from
    /// (it read as adding "lena").
    static func asksFriendBought(_ text: String) -> Bool {
        // "糖糖买了没": someone named, then whether they bought (not I, nor a thing).
        // (The last byte first, of 没 or 吗: asked of many texts.)
        for asked in ["买了没", "买了吗", "下单了没", "下单了吗"] where [0xA1, 0x97].contains(text.utf8.last ?? 0) && text.hasSuffix(asked) {
            let who = text.dropLast(asked.count)
            return (1...4).contains(who.count) && who.unicodeScalars.allSatisfy(Language.isHan)
                && !["我", "你", "东西", "的", "这", "那", "它", "都", "还", "也"].contains(where: who.contains)
        }
        guard text.contains("id "), text.contains("bu") || text.contains("order") else { return false }
        let words = text.quickLowercased().split(whereSeparator: { " ,.!?".contains($0) })
        guard let did = words.firstIndex(of: "did"), did + 2 < words.count, !notSomeone.contains(String(words[did + 1])) else {
            return false
        }
        var verb = did + 2
        // "did ben actually buy the play gym?": how surely, before the verb.
        if ["actually", "really", "ever", "finally", "even"].contains(words[verb]), verb + 1 < words.count { verb += 1 }
        if words[verb] == "end", verb + 2 < words.count, words[verb + 1] == "up" { verb += 2 }
        return ["buy", "buying", "order", "ordering", "purchase"].contains(String(words[verb]))
    }

    private static let notSomeone: Set<String> = ["i", "you", "we", "my", "the", "it", "this", "that", "your", "u"]

    /// "都谁抢了", "我妈领了没", "who grabbed it": who took the red envelope.
    static func asksWhoGrabbed(_ text: String) -> Bool {
        // "红包被抢完了吗": whether the envelope is all taken, asked of it (it grabbed one).
        if text.contains("红包"), ["被抢", "被领", "抢完了吗", "领完了吗", "抢光了吗", "抢完没", "抢光没"].contains(where: text.contains) {
            return true
        }
        // "谁手气最好": whose share of a lucky envelope was the largest.
        if ["谁抢", "谁领", "抢了没", "领了没", "抢了吗", "领了吗", "抢完了没", "领完了没", "没抢", "没领", "手气最好", "手气最佳", "运气王"].contains(
            where: text.contains)
        {
            return !text.contains("订单")
        }
        guard text.contains("ho ") || text.contains("id ") else { return false }
        let lowered = text.quickLowercased()
        return [
            "who grabbed", "who took", "who got", "who opened", "did he take", "did she take", "did they take", "did he grab",
            "did she grab", "did they grab", "did he open", "did she open", "get it?", "grab it?", "get the red envelope",
        ].contains(where: lowered.contains)
    }

    /// "got any coupons for me?", "any coupons i can get": coupons offered to claim, not mine listed;
    /// "有啥券能用", "有没有券领": the same in Chinese; "我有啥券", "我现在都有啥券" ask for mine.
    /// "do i have any points", "wait do i have any points to use on it", "how many points have i
    /// got": asked how many points there are (read as coupons or help), not to use them.
    static func asksPoints(_ text: String) -> Bool {
        guard text.contains("point") || text.contains("Point") else { return false }
        let lowered = text.quickLowercased()
        guard
            ["do i have", "do i still have", "how many", "balance", "have i got", "got any", "any points"].contains(where: lowered.contains)
        else {
            return false
        }
        return !["use all", "use my", "use them", "use the", "redeem", "apply"].contains(where: lowered.contains)
    }

    /// "还剩几个没人领", "领完了没": how many shares of an envelope are left.
    static func asksSharesLeft(_ text: String) -> Bool {
        text.contains("领") && (text.contains("没人") || text.contains("剩") || text.contains("领完"))
    }

    /// Whether `text` says to log in or who is speaking ("log in as bob", "i'm alice", "我是小明").
    static func saysLogin(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return [
            "log", "sign in", "sign me", "i'm", "im ", "i am", "this is", "switch", "my name", "call me", "authenticate", "change user",
            " as ",
            "lgoin", "loign", "sigin",
            "登录", "登陆", "我是", "切换", "账号",
        ].contains(where: lowered.contains)
    }

    static func offersCoupons(_ text: String) -> Bool {
        if text.contains("券") {
            // "我现在都有啥券", "我还有啥券", "我的券": mine, listed.
            guard !text.contains("我的"), !saysMine(text) else { return false }
            return ["有啥券", "有什么券", "有没有券", "有券吗", "有券没", "有券领", "能领的券", "可以领的券", "有啥优惠券", "有什么优惠券", "有没有优惠券"]
                .contains(where: text.contains)
        }
        guard text.contains("oupon") || text.contains("oucher") || text.contains("OUPON") else { return false }
        let lowered = text.quickLowercased()
        // "does decathlon have any coupons rn": a store's to claim ("do i have any coupons": mine).
        if [" have any coupon", " has any coupon", " have coupons", " have any voucher", " have a coupon", " has a coupon"].contains(
            where: lowered.contains),
            !["i have", "do i", "have i", "did i", "we have"].contains(where: lowered.contains)
        {
            return true
        }
        return [
            "got any", "any coupons for", "any vouchers for", "can i get", "can i claim", "for me to claim", "i can get",
            "i can claim", "any coupons from", "any vouchers from", "any coupons at", "coupons from the",
            // "is there a coupon for this": offers asked of (it started a group buy of "this").
            "is there a coupon", "is there any coupon", "are there any coupons", "are there coupons", "any coupon for",
        ]
        .contains(where: lowered.contains)
    }

    /// Whether `text` asks for an invoice (发票, "invoice", "fapiao").
    static func asksInvoice(_ text: String) -> Bool {
        text.contains("发票") || text.contains("nvoice") || text.contains("apiao") || text.contains("NVOICE")
    }

    /// Whether 有 follows 我 within three characters ("我有", "我还有", "我现在都有").
    private static func saysMine(_ text: String) -> Bool {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "我" {
            if characters[(index + 1)..<min(index + 5, characters.count)].contains("有") { return true }
        }
        return false
    }

    /// "谢谢老大 抢一个", "手慢无 抢", "抢抢抢", "老公的红包 我领一下": the last clause, short, grabs;
    /// so does a tap on a red envelope named before it ("儿子发的红包 我点一下", "红包 拆开").
    static func grabs(_ text: String) -> Bool {
        if grabsSomeonesEnvelope(text) { return true }
        // "yesss grabbing", "grabbing mine": said as it is done (as training phrases these moved
        // "再抢一个" to order tracking).
        if text.contains("grabbing") {
            let words = text.quickLowercased().split(whereSeparator: { " ,.!".contains($0) })
            if let at = words.firstIndex(of: "grabbing"), words.count - at <= 3, words.count <= 4 { return true }
        }
        let taps = text.contains("红包") && (text.contains("点") || text.contains("拆") || text.contains("开"))
        guard text.contains("抢") || text.contains("领") || taps else { return false }
        // "双11不是有满1000减100的券吗 领一下": a coupon is taken, not an envelope.
        if text.contains("券") && !text.contains("红包") { return false }
        var last = text.split(whereSeparator: { " ，,。!！".contains($0) }).last ?? ""
        if last.hasPrefix("我") { last = last.dropFirst() }
        // "谢谢老板 寿星先抢了": the birthday girl grabs first.
        return grabWords.contains(String(last)) || (taps && tapWords.contains(String(last))) || (last.count <= 6 && last.hasSuffix("先抢了"))
    }

    /// "grab jay's envelope", "grab the envelope from jay", "抢小周的红包": an envelope taken, whose
    /// sender is named (they read as a flash buy of "jay's", and as sending one); never one sent.
    static func grabsSomeonesEnvelope(_ text: String) -> Bool {
        if text.contains("红包") {
            return text.contains("抢") && !["发", "包个", "塞"].contains(where: text.contains)
        }
        // Bytes first: asked of every utterance with a trigger word.
        guard text.contains("rab"), text.contains("nvelope") || text.contains("ongbao") || text.contains("acket") || text.contains("oney")
        else { return false }
        let lowered = text.quickLowercased()
        // ("who has grabbed my red packet" asks who did.)
        let words = lowered.split(whereSeparator: { !$0.isLetter })
        return words.contains("grab") && ["envelope", "hongbao", "red packet", "lucky money"].contains(where: lowered.contains)
            && !["send", "give", "gave", "who"].contains(where: lowered.contains)
    }

    private static let tapWords: Set<String> = ["点一下", "点开", "点开看看", "拆开", "拆一下", "拆", "开一下", "打开", "打开看看"]

    private static let grabWords: Set<String> = ["抢", "抢抢", "抢抢抢", "抢一个", "抢个", "抢一下", "抢红包", "领一下", "领一个", "领个", "领红包"]

    /// "再签一下", "签个到": the daily check-in.
    static func checksIn(_ text: String) -> Bool {
        return ["再签", "签一下", "签个到", "签到一下", "我要签到", "签下到"].contains(where: text.contains) && !text.contains("合同")
    }

    /// "day 3 check in lets goo", "checkin": the daily check-in in English (the classifier heard
    /// checking out). Byte searches first: "check out" passes here on every checkout.
    static func checksInEnglish(_ text: String) -> Bool {
        guard text.contains("heck in") || text.contains("heckin") || text.contains("heck-in") else { return false }
        let words = text.quickLowercased().split(whereSeparator: { " ,.!?".contains($0) })
        return zip(words, words.dropFirst()).contains { $0 == "check" && $1 == "in" } || words.contains("checkin")
            || words.contains("check-in")
    }

    /// "小熊煮蛋器原价多少", "十万个为什么多少钱": the price of a product named, not of the cart.
    static func asksPriceOfNamed(_ text: String) -> Bool {
        ["多少钱", "原价", "多少", "啥价", "什么价", "怎么卖"].contains(where: text.contains)
            && !["券", "一共", "总共", "总价", "合计", "算下来", "购物车", "运费", "包邮", "积分", "结账", "全部", "加起来", "这些"].contains(
                where: text.contains)
    }

    /// "is shipping free on this one?", "how much is shipping": what the order costs to ship, a
    /// quote (it read as the reviews of "free"); a parcel on its way or an address is asked elsewhere.
    static func asksShipping(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        guard lowered.contains("shipping"), !["address", "order", "parcel", "package", "where"].contains(where: lowered.contains) else {
            return false
        }
        return ["is shipping", "free shipping?", "shipping free?", "how much is shipping", "how much for shipping", "shipping cost"]
            .contains(where: lowered.contains)
    }

    /// Whether `text` names a group buy by its code: G and digits as a word of their own ("G1",
    /// "g12"; not "5G1" nor "G1X").
    static func namesGroupBuy(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        // ASCII letters either case (0xDF drops the lower-case bit), digits and _.
        func isWordByte(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte & 0xDF) || byte == 0x5F }
        for k in bytes.indices where bytes[k] | 0x20 == UInt8(ascii: "g") {
            guard k == 0 || !isWordByte(bytes[k - 1]) else { continue }
            var end = k + 1
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
            if end > k + 1, end == bytes.count || !isWordByte(bytes[end]) { return true }
        }
        return false
    }

    /// "我有张公司发的9折券 用上多少钱", "我那张满300减30的券能用吧 用完多少": what the cart costs
    /// with a coupon, a quote (they read as the wallet, and as a product "张满300"); how many
    /// coupons there are ("我有多少张券") or one to claim is asked elsewhere.
    static func asksPriceWithCoupon(_ text: String) -> Bool {
        text.contains("券") && text.contains("多少") && text.contains("用")
            && !["领", "几张", "多少张", "哪些券", "什么券", "啥券"].contains(where: text.contains)
    }

    static func asksBestCoupon(_ text: String) -> Bool {
        guard text.contains("券") || text.contains("oupon") || text.contains("oucher") else { return false }
        if text.contains("券") {
            return ["哪张", "哪个券", "哪些券"].contains(where: text.contains) && ["划算", "省", "便宜", "最好", "合适"].contains(where: text.contains)
        }
        let lowered = text.quickLowercased()
        // "does the coupon still work then?": whether it applies to the cart as it is now.
        if lowered.hasPrefix("does ") || lowered.hasPrefix("do ") || lowered.hasPrefix("will "),
            [" still work", " still apply", " work now", " apply now", " still count"].contains(where: lowered.contains)
        {
            return true
        }
        return (lowered.contains("coupon") || lowered.contains("voucher")) && lowered.contains("which")
            && ["save", "best", "cheapest", "most", "better"].contains(where: lowered.contains)
    }

    static func asksWhereParcel(_ text: String) -> Bool {
        guard text.contains("没") || text.contains("哪") else { return false }
        // "拼团那个饭盒发货没": shipped yet, of whatever bought it (a group buy too).
        return ["还没到", "还没收到", "还没送到", "到哪了", "到哪儿了", "到哪里了", "发货没", "发货了没", "发了没"].contains(where: text.contains)
            && !["退", "换", "坏", "红包", "券"].contains(where: text.contains)
    }

    static func asksRefundStatus(_ text: String) -> Bool {
        // "when do i get the money back for the car seat": a refund asked in other words.
        if text.contains("money back") {
            let lowered = text.quickLowercased()
            return ["when", "did i get", "have i got", "yet", "where"].contains(where: lowered.contains)
        }
        guard text.contains("efund") || text.contains("退款") else { return false }
        let lowered = text.quickLowercased()
        if lowered.contains("refund") {
            return ["go through", "gone through", "come through", "arrive", "yet", "status", "where is", "wheres", "did i get", "when"]
                .contains(where: lowered.contains)
        }
        // "退款啥时候到 学校财务要对账": when it arrives.
        return text.contains("退款")
            && ["到账", "到了没", "到了吗", "退了没", "收到了吗", "什么时候到", "啥时候到", "多久到", "几天到", "多久能到", "几天能到"].contains(
                where: text.contains)
    }

    /// "is my cart still there", "购物车里的东西还在吗": whether the cart was kept, answered by showing it.
    static func asksCartKept(_ text: String) -> Bool {
        guard text.contains("art") || text.contains("购物车") else { return false }
        let lowered = text.quickLowercased()
        if lowered.contains("cart"), lowered.contains("still") {
            return ["still there", "still have", "still got", "still saved", "still in"].contains(where: lowered.contains)
                && !["add", "remove", "take", "put"].contains(where: lowered.contains)
        }
        return text.contains("购物车") && ["还在吗", "还在不", "还在么", "没丢吧", "还有吗"].contains(where: text.contains)
    }

    /// "我钱包够不够啊", "钱包呢", "钱包还有多少": the wallet asked about, not a wallet to buy.
    static func asksWallet(_ text: String) -> Bool {
        text.contains("钱包") && ["够", "多少", "余额", "还有", "剩", "呢", "扣"].contains(where: text.contains)
            && !["买", "搜", "来一", "来个", "推荐"].contains(where: text.contains)
    }

    /// "did the lunch boxes arrive?", "has my order come yet": whether something bought came.
    static func asksArrival(_ text: String) -> Bool {
        // Asked of every utterance: only text opening with d or h is looked at closer.
        guard let first = text.utf8.first, [UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "D"), UInt8(ascii: "H")].contains(first)
        else { return false }
        let lowered = text.quickLowercased()
        guard
            ["did the ", "did my ", "has the ", "has my ", "have the ", "have my ", "did it ", "has it "].contains(where: lowered.hasPrefix)
        else { return false }
        return [" arrive", " come", " get here", " been delivered", " delivered", " show up"].contains(where: lowered.contains)
    }

    /// "whats it normally", "what's the bear egg cooker usually": the list price asked.
    static func asksUsualPrice(_ text: String) -> Bool {
        guard text.contains("ally") || text.contains("price") else { return false }
        let lowered = text.quickLowercased()
        return ["normally", "usually", "regular price", "original price", "full price"].contains(where: lowered.contains)
            && ["what", "how much"].contains(where: lowered.contains)
    }

    /// "李宁那个评价咋样", "口碑怎么样": what buyers say of it, asked (not the best rated: 最).
    static func asksReviews(_ text: String) -> Bool {
        guard text.contains("评价") || text.contains("口碑") || text.contains("评论") else { return false }
        return ["咋样", "怎么样", "如何", "好不好", "咋说", "怎么说", "行不行"].contains(where: text.contains) && !text.contains("最")
    }

    /// "…多少钱啊", "…怎么卖": the text ends asking a price.
    static func endsAskingPrice(_ text: String) -> Bool {
        // "the nescafe 90 sticks, how much": English asks it last too, after a comma.
        if text.utf8.last.map({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "?") }) == true,
            case let lowered = text.quickLowercased(),
            [", how much", ", how much?", ", how much is it", ", how much is it?"].contains(where: lowered.hasSuffix),
            !["search", "find", "show", "look for"].contains(where: lowered.hasPrefix)
        {
            return true
        }
        // Byte searches first: asked of every search.
        guard text.contains("钱") || text.contains("卖") || text.contains("价") else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "啊呀呢吧?？!！~～ ".contains(last) { rest = rest.dropLast() }
        return priceQuestions.contains(where: rest.hasSuffix)
    }

    /// How a price is asked in Chinese, after what is priced.
    static let priceQuestions = ["多少钱", "怎么卖", "啥价", "什么价", "几块钱", "几多钱", "卖多少", "多钱"]

    /// "…多少钱" without the wallet, a balance or what is left in it: the price of something.
    static func asksPriceOnly(_ text: String) -> Bool {
        text.contains("多少钱") && !["钱包", "余额", "剩", "还有多少", "红包", "我有"].contains(where: text.contains)
    }

    /// Whether `text` names money ("钱包还有钱吗"): a wallet question without it that names a
    /// product asks about the product ("安全座椅还有吗").
    static func namesMoney(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return ["钱", "余额", "money", "wallet", "balance", "cash", "红包", "envelope", "packet"].contains(where: lowered.contains)
    }

    /// "那我这单取消了吧", "刚才那单不要了": the order being talked about cancelled, not a "never mind".
    static func cancelsThisOrder(_ text: String) -> Bool {
        // "can i still cancel it?": asked of an order, before it ships.
        if text.contains("cancel"),
            [
                "can i still cancel", "can i cancel it", "is it too late to cancel", "cancel the newest", "cancel the latest",
                "cancel the most recent",
            ].contains(where: text.quickLowercased().contains)
        {
            return true
        }
        return ["这单", "那单", "上一单", "这个订单", "那个订单"].contains(where: text.contains) && ["取消", "不要了", "退掉"].contains(where: text.contains)
    }

    /// "三文鱼现在有几份", "how many of those do you have left", "is it in stock": how many are left.
    static func asksStock(_ text: String) -> Bool {
        if text.contains("几") || text.contains("多少") || text.contains("货") || text.contains("库存") {
            return ["有几份", "还有几", "还剩几", "剩几", "有多少货", "库存", "有货吗", "还有货", "有几件货"].contains(where: text.contains)
                && !["红包", "券", "购物车", "积分", "钱", "订单"].contains(where: text.contains)
        }
        guard text.contains("stock") || text.contains("left") || text.contains("many") || text.contains("vailable") else { return false }
        let lowered = text.quickLowercased()
        let asksCount =
            lowered.contains("how many")
            && ["left", "in stock", "do you have", "do u have", "have you got", "you got", "available"].contains(where: lowered.contains)
        let asksAtAll = ["in stock", "still available"].contains(where: lowered.contains) && !lowered.contains("how many")
        return (asksCount || asksAtAll)
            && !["point", "cart", "order", "coupon", "envelope", "money", "wallet"].contains(where: lowered.contains)
    }

    /// "小米那个咋样", "华为那个matepad呢", "whats the lenovo one like": one of the list asked about.
    static func asksAbout(_ text: String) -> Bool {
        if text.contains("那个") || text.contains("那款") || text.contains("这款") {
            var rest = Substring(text.trimmingCharacters())
            while let last = rest.last, "?？!！。~ ".contains(last) { rest = rest.dropLast() }
            return ["咋样", "怎么样", "如何", "好不好", "好用吗", "呢"].contains(where: rest.hasSuffix) && !rest.contains("有没有")
        }
        guard text.contains("like") || text.contains("how") || text.contains("How") else { return false }
        let lowered = text.quickLowercased()
        // "hows the legion", "how much is the nalgene bottle normally" ("how much are the toothbrushes"
        // asks of a shelf: a search).
        if howLeads.contains(where: lowered.hasPrefix), !notProducts.contains(where: lowered.contains) {
            return true
        }
        let whatLike =
            (lowered.hasPrefix("whats the") || lowered.hasPrefix("what's the") || lowered.hasPrefix("what is the"))
            && lowered.hasSuffix(" one like")
        let howIs =
            (lowered.hasPrefix("how is the") || lowered.hasPrefix("how's the") || lowered.hasPrefix("hows the")) && lowered.contains(" one")
        return whatLike || howIs
    }

    /// "荣耀X50咋样": a product named and asked about, when nothing else was read.
    static func asksAboutNamed(_ text: String) -> Bool { nameAskedAbout(text) != nil }

    /// How English asks about a product named after it.
    private static let howLeads = ["hows the ", "how's the ", "how is the ", "how much is the ", "how much for the "]

    /// Words of "how's the …" that ask about anything but a product.
    private static let notProducts = [
        "cart", "order", "shipping", "total", "coupon", "point", "wallet", "weather", "traffic", "news", "day", "movie", "game", "time",
    ]

    /// The name in "荣耀X50咋样" (荣耀X50), "hows the legion" (legion), or nil.
    static func nameAskedAbout(_ text: String) -> String? {
        // Bytes first: English asks with "how"; Chinese with 咋样, 怎么样, 好用, 值得.
        if text.contains("how") || text.contains("How") {
            let lowered = text.quickLowercased()
            if let lead = howLeads.first(where: lowered.hasPrefix), !notProducts.contains(where: lowered.contains) {
                var words = lowered.dropFirst(lead.count).split(whereSeparator: { " ?!.,".contains($0) })
                while let last = words.last,
                    ["normally", "now", "rn", "today", "usually", "like", "one", "ones", "tho", "though"].contains(last)
                {
                    words.removeLast()
                }
                return words.isEmpty ? nil : words.joined(separator: " ")
            }
        }
        guard text.containsByte(where: { $0 >= 0xE4 }) else { return nil }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "?？!！。~ 啊呀".contains(last) { rest = rest.dropLast() }
        guard let ask = ["咋样", "怎么样", "好用吗", "好不好用", "值得买吗", "值不值得买"].first(where: rest.hasSuffix) else { return nil }
        let named = rest.dropLast(ask.count).trimmingCharacters()
        if ["这个", "这款", "那个", "那款", "它", "这个东西"].contains(named) { return "this" }
        guard named.count >= 2,
            !["你", "我", "天气", "最近", "今天", "服务", "物流", "快递", "订单", "红包", "积分", "那个", "这个"].contains(where: named.contains)
        else { return nil }
        return named
    }

    /// "有优惠吗", "打折的", "deals": words of a deal.
    static func mentionsDeals(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return [
            "优惠", "打折", "折扣", "特价", "特惠", "促销", "便宜", "活动", "秒杀", "划算", "折", "减", "券", "福利", "爆款", "限时", "好价", "低价", "清仓", "today",
            "clearance", "special", "deal",
            "sale", "discount", "offer", "cheap",
            "promo", "bargain", "off",
        ].contains(where: lowered.contains)
    }

    /// "我积分现在能抵多少钱", "积分值多少": what the points are worth, not a use of them.
    static func asksPointsWorth(_ text: String) -> Bool {
        text.contains("积分") && ["多少", "几", "值"].contains(where: text.contains) && !["用", "兑", "换"].contains(where: text.contains)
    }

    /// "我现在是金卡了吗", "我是什么级别的会员": the member tier, shown with the points
    /// (PROTOCOL.md §9). A tier's name said of oneself; other cards (内存卡, 银行卡) are no tier.
    static func asksTier(_ text: String) -> Bool {
        let tiers = ["金卡", "银卡", "白金卡", "铂金卡", "铂金会员", "白金会员", "金牌会员", "会员等级", "会员级别", "什么级别", "几级会员"]
        return text.contains("我") && tiers.contains(where: text.contains)
    }

    /// "小米电视65寸开团", "这个开个团吧": a group buy started on what is named.
    static func startsGroupBuy(_ text: String) -> Bool {
        guard text.contains("团") else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧啊呀了！!。".contains(last) { rest = rest.dropLast() }
        return ["开团", "开个团", "发起拼团", "拼个团", "开一个团"].contains(where: rest.hasSuffix) && rest.count > 2
    }

    /// "follow them", "华为的也关注一下", "actually unfollow it", "小米的取关吧": a store followed or
    /// left; a question about which are followed is not.
    static func follows(_ text: String) -> IntentName? {
        if text.contains("关") {
            if ["取关", "取消关注", "不再关注", "别关注", "不关注"].contains(where: text.contains) { return .storeUnsubscribe }
            // "先关注了" follows; "我关注了哪些店", "我关注的店" ask for the list.
            if text.contains("关注"), !["哪些", "什么", "啥", "列表", "几家", "吗", "？", "?", "我关注了", "我都关注", "关注的"].contains(where: text.contains) {
                return .storeSubscribe
            }
            return nil
        }
        guard text.contains("ollow") || text.contains("OLLOW") else { return nil }
        let words = text.quickLowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains("unfollow") { return .storeUnsubscribe }
        let content = words.drop {
            ["actually", "ok", "okay", "please", "pls", "also", "and", "then", "so", "now", "oh", "hmm"].contains($0)
        }
        guard content.first == "follow", !words.contains("up"), !words.contains("which"), !words.contains("what") else { return nil }
        return .storeSubscribe
    }
}
