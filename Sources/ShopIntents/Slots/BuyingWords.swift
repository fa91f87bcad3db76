import ShopText

/// "买两包三只松鼠开心果", "买本活着", "来个逗猫棒": 买 or 来 with a count or a measure word, then a
/// name, is an add, whatever the name's own numbers (三只松鼠) or words suggest to the classifier.
enum BuyingWords {
    /// The measure word and the name of a counted buy, or nil.
    static func countedBuy(_ text: String) -> (measure: Character, name: String)? {
        guard namesBuyingVerb(text) else { return nil }
        return countedBuyClause(text)
    }

    /// Whether a verb of a counted buy is anywhere in `text` (byte searches, asked of every utterance).
    private static func namesBuyingVerb(_ text: some StringProtocol) -> Bool {
        text.contains("买") || text.contains("来") || text.contains("配") || text.contains("加") || text.contains("还要")
            || text.contains("再要")
    }

    /// "女儿下礼拜开学 要买本新华字典": a remark, then a counted buy as the last clause.
    static func countedBuyLast(_ text: String) -> Bool {
        // Asked of every utterance without a counted buy: only the text after its last break is
        // looked at, and only when a verb of buying is there.
        // (Its verbs are Chinese: English text, with no byte of a Han character, is passed by.)
        guard namesBuyingVerb(text), let cut = text.lastIndex(where: { $0 == " " || $0 == "，" || $0 == "," }) else { return false }
        let last = text[text.index(after: cut)...]
        guard namesBuyingVerb(last) else { return false }
        return countedBuyClause(String(last)) != nil
    }

    private static func countedBuyClause(_ text: String) -> (measure: Character, name: String)? {
        var rest = Substring(text.trimmingCharacters())
        // "再买本三体", "还买两包", "那来个逗猫棒", "要买本新华字典": one more buy, a buy after a thought,
        // or one wanted, reads the same.
        // "顺便来两包宝路的狗湿粮": while at it, the same.
        // "还要根牵引绳", "再要瓶洗洁精": 要 after 还 or 再 wants one more, as 买 does (it removed one).
        var wantsMore = false
        for lead in ["那顺便", "顺便再", "顺便", "那就", "那", "就", "再", "还", "也", "要"] where rest.hasPrefix(lead) {
            let after = rest.dropFirst(lead.count)
            if after.first == "买" || after.first == "来" || after.first == "配" || after.first == "加" || after.first == "给" {
                rest = after
                break
            }
            if lead == "还" || lead == "再", after.first == "要" {
                rest = after
                wantsMore = true
                break
            }
        }
        // "给爸妈买个格力取暖器", "给我妈来个电饭煲": whom it is for (a few characters after 给) is
        // no part of what is bought.
        if let verb = verbAfterForWhom(rest, verbs: "买来配加") { rest = rest[verb...] }
        // "再配支完美日记的口红": 配 (to go with it) buys as 买 does.
        // "那加一提安慕希": 加 with a count and a measure word too ("加入购物车" has neither).
        guard rest.first == "买" || rest.first == "来" || rest.first == "配" || rest.first == "加" || wantsMore else { return nil }
        rest = rest.dropFirst()
        let counted = rest.prefix { $0.isNumber || chineseNumbers.contains($0) }
        rest = rest.dropFirst(counted.count)
        // (还要把…: more likely "still have to put it …" than an umbrella.)
        guard let measure = rest.first, SlotFiller.zhMeasureWords.contains(measure), !(wantsMore && measure == "把") else { return nil }
        rest = rest.dropFirst()
        // "买个啥好", "买本书推荐一下吗": a question, not a name.
        // "来个红包" asks for a red envelope, not a product.
        guard rest.count >= 2, !questionWords.contains(where: rest.contains),
            !["红包", "地址", "好友", "朋友", "群"].contains(where: rest.contains)
        else { return nil }
        return (measure, String(rest))
    }

    /// "那给小姨原价买一个吧", "给我妈来个电饭煲": the request from its verb of buying on, without
    /// whom it is for (a few characters after 给) and how (原价); nil if it doesn't open so.
    /// "空气净化器也给他们来一台": a name said first follows the verb ("来一台空气净化器").
    static func withoutForWhom(_ text: String) -> String? {
        guard text.contains("给") else { return nil }
        var rest = Substring(text.trimmingCharacters())
        for lead in ["那就", "那", "就", "再", "还", "也"] where rest.hasPrefix(lead + "给") { rest = rest.dropFirst(lead.count) }
        if let give = rest.firstIndex(of: "给"), give != rest.startIndex, let verb = verbAfterForWhom(rest[give...], verbs: "买来配") {
            var name = rest[..<give]
            while let last = name.last, "也再还就都".contains(last) { name = name.dropLast() }
            // A name, not who is buying ("我们给他们买"): Chinese, no pronoun, no break.
            guard name.count >= 2, name.unicodeScalars.allSatisfy(Language.isHan), !name.contains(where: "我你他她它帮请".contains)
            else { return nil }
            return String(rest[verb...]) + name
        }
        guard let verb = verbAfterForWhom(rest, verbs: "买来配") else { return nil }
        return String(rest[verb...])
    }

    /// Where the verb of buying is in `text` opening with 给 and whom it is for (up to four
    /// characters, and how: 原价), or nil. "给上次买的饮水机打4星": 买的 says which one was bought,
    /// it buys nothing now.
    static func verbAfterForWhom(_ text: Substring, verbs: String) -> Substring.Index? {
        guard text.first == "给", let verb = text.dropFirst().prefix(5).firstIndex(where: { verbs.contains($0) }),
            text.distance(from: text.startIndex, to: verb) >= 2, !"的过了".contains(text[text.index(after: verb)...].first ?? "的")
        else { return nil }
        return verb
    }

    /// "评分最高的来两箱", "帮宝适那个来3包", "最便宜的来一个": what was shown, then 来 with a count
    /// and a measure word at the end, is an add of it, not a new search for the sort it names.
    static func takesCounted(_ text: String) -> Bool {
        // Asked of every utterance: most have no 来 at all.
        guard text.contains("来") || text.contains("的买") else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧啊呀哈了。！!~～ ".contains(last) { rest = rest.dropLast() }
        guard let measure = rest.last, SlotFiller.zhMeasureWords.contains(measure) else { return false }
        rest = rest.dropLast()
        let counted = rest.reversed().prefix { $0.isNumber || chineseNumbers.contains($0) }
        guard !counted.isEmpty, !counted.contains("几") else { return false }
        rest = rest.dropLast(counted.count)
        // ("牛津高阶的买一本": 买 after a name with 的 takes as 来 does.)
        guard rest.last == "来" || rest.last == "买" && rest.dropLast().last == "的" else { return false }
        let named = rest.dropLast()
        // "再来两箱" is one more of the same (read elsewhere); a question is not a take.
        guard let before = named.last, before != "再", !questionWords.contains(where: named.contains) else { return false }
        return true
    }

    /// "袜子拿两盒 换着穿": 拿 with a count and a measure takes that many (it read as removing the
    /// socks); 拿掉, 拿走, 拿出来 and 不要 still take out.
    static func takesInHand(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "拿"), !["掉", "走", "出", "下", "去", "开", "不要", "别", "删"].contains(where: text.contains) else {
            return false
        }
        let rest = text[text.index(after: at)...]
        let counted = rest.prefix { $0.isNumber || chineseNumbers.contains($0) }
        guard !counted.isEmpty, !counted.contains("几"), let measure = rest.dropFirst(counted.count).first else { return false }
        return SlotFiller.zhMeasureWords.contains(measure)
    }

    /// Whether `text` opens with 搜, after the polite words asking for it ("先帮我搜下口红").
    static func opensWithSearch(_ text: String) -> Bool {
        guard text.contains("搜") else { return false }
        var rest = Substring(text).drop { $0 == " " }
        for polite in ["先", "麻烦", "请", "帮我", "给我", "帮忙"] where rest.hasPrefix(polite) { rest = rest.dropFirst(polite.count) }
        return rest.first == "搜"
    }

    /// "nike socks, 3 packs", "wuchang rice, 2 bags please": a name, then after a comma a count
    /// of how it comes, is an order of it, not a search.
    static func countAfterName(_ text: String) -> Bool {
        guard text.contains(","), let comma = text.lastIndex(of: ",") else { return false }
        let name = text[..<comma].trimmingCharacters()
        var tail = text[text.index(after: comma)...].quickLowercased().split(separator: " ")
        if tail.last == "please" { tail.removeLast() }
        guard !name.isEmpty, !name.contains(","), tail.count == 2, let count = Int(tail[0]), count > 0,
            !["search", "find", "show", "look", "搜"].contains(where: name.quickLowercased().hasPrefix),
            // "send a 30 yuan red envelope to the squad, 3 packets": an envelope's shares.
            !["envelope", "red packet", "hongbao", "红包"].contains(where: name.quickLowercased().contains)
        else { return false }
        return SlotFiller.containers.contains(String(tail[1]))
    }

    /// "double it", "翻倍", "triple that": the line's count multiplied (`SlotFiller.times`).
    static func multiplies(_ text: String, _ a: Analysis) -> Bool {
        // Asked of every utterance: a hash lookup per token rules out those without 倍 or the words.
        guard a.tokens.contains(where: { multiplyWords.contains($0.hash) }) else { return false }
        if text.contains("倍") { return ["翻倍", "加倍", "翻一倍", "翻个倍"].contains(where: text.contains) }
        let lowered = text.quickLowercased()
        return ["double it", "double that", "double the", "make it double", "triple it", "triple that"].contains(where: lowered.contains)
    }

    private static let multiplyWords = Word.set(["倍", "double", "triple"])

    /// "就它了", "就要这个", "要评分高的那个": a product chosen, not a yes to anything waiting.
    static func choosesThis(_ text: String) -> Bool {
        // Asked of every utterance: only those opening with 就 or 要 are looked at further.
        guard let first = text.utf8.first, first == 0xE5 || first == 0xE8 || first == 0xE9 || first == 0x20,
            text.contains("就") || text.contains("要")
        else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧了啊！!。~～ ".contains(last) { rest = rest.dropLast() }
        // "行就它了", "好那就这个吧": a yes said on to the choice is no part of it.
        for yes in ["行", "好", "嗯"] where rest.hasPrefix(yes + "就") || rest.hasPrefix(yes + "那就") {
            rest = rest.dropFirst(yes.count)
            break
        }
        if rest.hasPrefix("那就") { rest = rest.dropFirst() }
        if ["就它", "就要它", "就选它", "就这个", "就要这个", "就选这个", "就这款", "就要这款", "就这件"].contains(String(rest)) { return true }
        // "要评分高的那个", "要便宜的那款", "那就评分高的那个吧": 要 or 就 and a product pointed at by
        // what it is like.
        let pointed = ["那个", "这个", "那款", "这款"].contains(where: rest.hasSuffix) && !rest.contains("不") && rest.count <= 12
        if rest.hasPrefix("要") { return pointed }
        return rest.hasPrefix("就") && pointed && rest.contains("的")
    }

    /// The last clause, when it is only a new count of the line in focus: a doubling ("翻个倍吧") or
    /// 改 and a count ("改两件吧"), with a reason before it.
    static func countSaidLast(_ text: String) -> String? {
        guard text.contains("倍") || text.contains("改") || text.contains("够"),
            let cut = text.lastIndex(where: { $0 == " " || $0 == "，" || $0 == "," })
        else {
            return nil
        }
        let last = String(text[text.index(after: cut)...])
        if ["翻倍", "加倍", "翻一倍", "翻个倍"].contains(where: last.contains) { return last }
        // "衣架一包才20个哪够 来两包": after "not enough", the count said is the new count in all.
        if ["哪够", "不够"].contains(where: text[..<cut].contains), let first = last.first, "来要".contains(first), last.count <= 5,
            let count = trailingCount(last)
        {
            return "改成\(count)" + String(last.drop { !SlotFiller.zhMeasureWords.contains($0) }.prefix(1))
        }
        return last.hasPrefix("改") && last.count <= 6 && trailingCount(last) != nil ? last : nil
    }

    /// "买了 生日犒劳一下自己": bought, then why — the product on screen (alone, "买了" may be the
    /// cart's checkout).
    static func boughtThenWhy(_ text: String) -> Bool {
        guard text.contains("买") || text.contains("冲"), let cut = text.firstIndex(where: { $0 == " " || $0 == "，" || $0 == "," }),
            cut != text.startIndex
        else { return false }
        return ["买了", "买它", "就买了", "那就买了", "买买买", "冲了"].contains(String(text[..<cut]))
    }

    /// "伊利24盒那个来两箱": the count that 来 takes at the end, whatever numbers the name has
    /// (24 of 24盒 is the pack's), when `takesCounted` reads the text so.
    static func trailingCount(_ text: String) -> Int64? {
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧啊呀哈了。！!~～ ".contains(last) { rest = rest.dropLast() }
        // "一桶就行": enough is the count.
        if let enough = enoughWords.first(where: rest.hasSuffix) { rest = rest.dropLast(enough.count) }
        guard let measure = rest.last, SlotFiller.zhMeasureWords.contains(measure) else { return nil }
        let counted = String(rest.dropLast().reversed().prefix { $0.isNumber || chineseNumbers.contains($0) }.reversed())
        if let number = Int64(counted) { return number }
        let digits: [Character: Int64] = ["一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
        return counted.count == 1 ? counted.first.flatMap { digits[$0] } : nil
    }

    /// "拿一个", "那拿两件吧": 拿 with a count and nothing else takes that many to buy (it read as
    /// taking one out of the cart: 拿掉, 拿走, 拿出 do that). The count, if so.
    static func takesToBuyCounted(_ text: String) -> Int64? {
        guard text.contains("拿") else { return nil }
        var rest = Substring(text.trimmingCharacters())
        for lead in ["那就", "那", "就", "再", "先", "我"] where rest.hasPrefix(lead + "拿") {
            rest = rest.dropFirst(lead.count)
            break
        }
        guard rest.first == "拿", let second = rest.dropFirst().first, chineseNumbers.contains(second) || second.isNumber else { return nil }
        guard let count = trailingCount(String(rest.dropFirst())), case let said = rest.dropFirst(), said.count <= 14 else { return nil }
        return count
    }

    /// "火鸡面太辣" → "火鸡面": a product name with the reason said after it (太 + a word or two
    /// at its end); a name that starts with 太 (太太乐) keeps it.
    static func withoutReason(_ name: String) -> String {
        var name = name
        // "顺便来瓶高露洁漱口水": while at it, the verb and its measure word are no part of the name.
        if name.hasPrefix("顺便"), case let rest = name.dropFirst(2).drop(while: { "再来买加配".contains($0) }),
            let measure = rest.first, SlotFiller.zhMeasureWords.contains(measure), rest.count > 2
        {
            name = String(rest.dropFirst())
        }
        if let tai = name.lastIndex(of: "太"), tai != name.startIndex {
            let before = name[..<tai]
            let after = name[tai...].dropFirst()
            if before.count >= 2, (1...2).contains(after.count), after.unicodeScalars.allSatisfy(Language.isHan) { name = String(before) }
        }
        // "安慕希凑个包邮": what it is for after 凑 is no part of the name.
        if let cou = name.firstIndex(of: "凑"), name.distance(from: name.startIndex, to: cou) >= 2 { name = String(name[..<cou]) }
        // "深入理解那本": the pointing word is no part of the name.
        if let pointer = pointers.first(where: name.hasSuffix),
            name.count > pointer.count + 1
        {
            name.removeLast(pointer.count)
        }
        return name
    }

    /// "贵的那个吧", "天天写代码手腕都疼 贵的那个吧 对自己好点", "便宜的那个": a clause that chooses
    /// by price alone, of the two compared or the list shown; the reference word, or nil.
    static func choosesByPrice(_ text: String) -> String? {
        guard text.contains("贵") || text.contains("便宜"), text.contains("那") else { return nil }
        for clause in clauses(of: text, spacesBreak: true) {
            var rest = Substring(clause)
            while let last = rest.last, "吧啊呀了。！!~ ".contains(last) { rest = rest.dropLast() }
            for lead in ["就要", "就", "还是", "要", "选"] where rest.hasPrefix(lead) {
                rest = rest.dropFirst(lead.count)
                break
            }
            if rest.hasPrefix("最") { rest = rest.dropFirst() }
            for (word, reference) in [("贵", "most expensive"), ("便宜", "cheapest")] where rest.hasPrefix(word) {
                let pointer = rest.dropFirst(word.count).drop { $0 == "的" || $0 == "点" }
                if pointers.contains(String(pointer)) { return reference }
            }
        }
        return nil
    }

    /// "最便宜那条", "评分最高的那个": the reference word a superlative with a pointer stands for.
    static func superlative(_ name: String) -> String? {
        // Asked of every product named: only Chinese names are looked at.
        guard name.utf8.count >= 6, name.containsByte(where: { $0 >= 0xE4 }) else { return nil }
        guard let (words, reference) = superlatives.first(where: { name.hasPrefix($0.0) }) else { return nil }
        let rest = name.dropFirst(words.count).drop { $0 == "的" }
        return rest.isEmpty || pointers.contains(String(rest)) ? reference : nil
    }

    private static let superlatives = [
        ("最便宜", "cheapest"), ("最贵", "most expensive"), ("评分最高", "best rated"), ("评价最好", "best rated"), ("卖得最好", "best selling"),
        ("销量最高", "best selling"),
    ]

    /// Words that point at one of the list shown ("深入理解那本", "最便宜那条").
    static let pointers: Set<String> = ["那本", "那个", "那件", "那款", "那盒", "那瓶", "那套", "那条", "那双", "那台", "这个"]
    /// "2袋就行", "一箱就够了": enough, after a count.
    static let enoughWords = ["就行", "就好", "就够了", "就够", "就可以"]

    /// "那就2份吧", "还是两个吧": nothing but a count and its measure word (and a lead or a particle).
    static func bareCount(_ text: String) -> Bool {
        // Asked of every red envelope: a bare count is short and ends in a Chinese measure word.
        guard text.utf8.count <= 30, text.containsByte(where: { $0 >= 0xE0 }) else { return false }
        var rest = Substring(text.trimmingCharacters())
        for lead in ["那就", "那", "就", "还是", "行吧", "好吧"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count).drop { $0 == " " || $0 == "，" || $0 == "," }
            break
        }
        while let last = rest.last, "吧啊呀哈了。！!~～ ".contains(last) { rest = rest.dropLast() }
        guard let measure = rest.last, SlotFiller.zhMeasureWords.contains(measure), rest.count >= 2 else { return false }
        return rest.dropLast().allSatisfy { $0.isNumber || chineseNumbers.contains($0) } && trailingCount(String(rest)) != nil
    }

    /// Words of changing a count already in the cart: "改成", "make it", "change".
    static func changesCount(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return ["改", "换", "变成", "change", "make", "set", "update", "instead", "only", "just"].contains(where: lowered.contains)
    }

    /// "take it", "take 2 of the first one": an English take with no word of taking out.
    static func takesToBuy(_ text: String) -> Bool {
        var words = text.quickLowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })[...]
        // "ok ill take the cheaper one", "i'll take it": who takes it is no part of it.
        while let first = words.first, ["ok", "okay", "ill", "i'll", "i", "will", "then", "fine", "so", "yeah"].contains(first) {
            words = words.dropFirst()
        }
        guard words.first == "take" else { return false }
        return !words.contains { ["out", "off", "away", "from", "remove", "back", "instead"].contains($0) }
    }

    /// "also need the anker 30w charger", "the keep smart jump rope pls": a product asked for by
    /// name — wanted or needed, or named with a please — is one to buy, not to look up. Read in
    /// the last sentence ("trying to get fit this year lol. the keep smart jump rope pls").
    static func asksForTheProduct(_ text: String) -> Bool {
        // Every English utterance passes here: byte searches first.
        guard text.utf8.count > 8,
            text.contains("need") || text.contains("want") || text.contains("get me") || text.hasSuffix("pls") || text.hasSuffix("plz")
                || text.hasSuffix("please")
        else { return false }
        let sentence = text.split(separator: ".").last { !$0.allSatisfy { $0 == " " } } ?? Substring(text)
        var words = sentence.quickLowercased().split(whereSeparator: { $0 == " " || $0 == "," })[...]
        while let first = words.first, ["ok", "okay", "and", "also", "then", "oh", "i", "we", "still", "just", "so"].contains(first) {
            words = words.dropFirst()
        }
        let elsewhere = ["receipt", "invoice", "refund", "money", "address", "help", "coupon", "order", "package", "total", "price"]
        guard !words.contains(where: { word in elsewhere.contains { word.hasPrefix($0) } }) else { return false }
        // "i need the cheapest rice cooker" is a search sorted by price: which one is not said yet.
        guard !words.contains(where: { $0.hasSuffix("est") || ["cheaper", "better", "most", "least", "top"].contains($0) }) else {
            return false
        }
        // "need the x", "need 2 samsung t7 ssds", "get me the sony xm5 headphones": a product or a
        // count of one, asked for.
        var asked = words
        if asked.first == "get", asked.dropFirst().first == "me" {
            asked = asked.dropFirst(2)
        } else if let first = asked.first, ["need", "want", "wanna"].contains(first) {
            asked = asked.dropFirst()
        } else {
            return words.first == "the" && words.count > 2 && ["pls", "plz", "please"].contains(words.last ?? "")
        }
        guard asked.count >= 2, let next = asked.first else { return false }
        return next == "the" || (next.count <= 2 && next.allSatisfy(\.isNumber)) || countWords.contains(next)
    }

    private static let countWords: Set<Substring> = ["two", "three", "four", "five", "six", "a pair", "2x", "3x"]

    /// "add nescafe 1+2 for the office", "pls add the oreos": English that opens with "add" puts
    /// a product in the cart, unless it names what else is added (a review, an address, a coupon,
    /// a friend, a group).
    static func opensWithAdd(_ text: String) -> Bool {
        // Every English utterance passes here: a byte search first ("add " or "Add ").
        guard text.utf8.count > 4, text.contains("dd ") || text.contains("DD ") else { return false }
        var words = text.quickLowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })[...]
        while let first = words.first,
            ["ok", "okay", "pls", "plz", "please", "can", "could", "you", "and", "also", "then", "oh"].contains(first)
        {
            words = words.dropFirst()
        }
        guard words.first == "add", words.count > 1 else { return false }
        let elsewhere = ["review", "address", "adress", "coupon", "friend", "friends", "group", "point", "points", "comment", "photo"]
        return !words.contains { word in elsewhere.contains { word.hasPrefix($0) } }
    }

    /// "… for it too", "to go with it", "and the …": English that adds one more thing to what is
    /// being bought.
    /// `text` without the word it opens with to say one more thing is wanted ("顺便李宁的运动袜也要",
    /// "还有西游记和小王子 各一本").
    static func withoutMoreLead(_ text: Substring) -> Substring {
        guard let lead = ["顺便", "还有", "另外", "再"].first(where: text.hasPrefix) else { return text }
        return text.dropFirst(lead.count)
    }

    static func addsOneMore(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return [" for it", " for that", " to go with"].contains(where: lowered.contains)
            || ["and the ", "oh and the ", "also the ", "plus the "].contains(where: lowered.hasPrefix)
    }

    /// The first clause of Chinese text and the rest after it, when the rest asks and buys
    /// nothing (no verb of buying, no question).
    static func firstChineseClause(_ text: String) -> (first: String, rest: String)? {
        guard text.containsByte(where: { $0 >= 0xE4 }), let space = text.firstIndex(where: { $0 == " " || $0 == "，" || $0 == "," }) else {
            return nil
        }
        let first = String(text[..<space])
        let rest = text[text.index(after: space)...].trimmingCharacters()
        // The words that make a clause a request (DiscourseWords), and which one or checking out.
        let asking = DiscourseWords.chineseRequestWords + ["哪", "结"]
        guard !first.isEmpty, !rest.isEmpty, !asking.contains(where: { rest.contains($0) }) else { return nil }
        return (first, rest)
    }

    /// "return P1001", "i want to return 1 of P1158": English that opens by returning something.
    static func opensWithReturn(_ text: String) -> Bool {
        guard text.utf8.count > 7, text.contains("eturn") || text.contains("ETURN") else { return false }
        let lowered = text.quickLowercased()
        let lead = [
            "return ", "i want to return ", "i'd like to return ", "id like to return ", "i need to return ", "pls return ",
            "please return ",
        ]
        guard let opening = lead.first(where: lowered.hasPrefix) else { return false }
        // "return to the list", "return policy": no thing returned.
        return !["to ", "policy", "window"].contains(where: lowered.dropFirst(opening.count).hasPrefix)
    }

    /// Whether the word "checkout" is there, as a word.
    ///
    /// In Chinese, 结…账 with a word or two between: "再结一次账", "结个账".
    static func saysCheckout(_ text: String) -> Bool {
        if text.contains("结"), let start = text.firstIndex(of: "结"), text[start...].dropFirst().prefix(3).contains("账") { return true }
        guard text.utf8.count >= 8, text.contains("heckout") || text.contains("HECKOUT") else { return false }
        return text.quickLowercased().split(whereSeparator: { !$0.isLetter }).contains("checkout")
    }

    /// The clause after the last ", add " (or ". ", "; ") of English text, from its "add".
    static func laterAdd(_ text: String) -> String? {
        guard text.utf8.count > 8, text.contains(" add ") || text.contains(" Add ") || text.contains(" ADD "),
            !text.containsByte(where: { $0 >= 0x80 })
        else { return nil }
        let bytes = Array(text.quickLowercased().utf8)
        let add = Array(" add ".utf8)
        var found: Int?
        for start in stride(from: bytes.count - add.count, through: 1, by: -1)
        where [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")].contains(bytes[start - 1])
            && bytes[start..<start + add.count].elementsEqual(add)
        {
            found = start + 1
            break
        }
        // Same offsets in `text`: it is ASCII, so lower-casing kept every byte's place.
        guard let found else { return nil }
        let clause = String(decoding: Array(text.utf8)[found...], as: UTF8.self)
        // "the magsafe one looks nice, add it": what "it" is, the clause before says.
        let pointers: Set<Substring> = [
            "it", "those", "them", "this", "that", "these", "both", "one", "ones", "the", "a", "an", "too", "pls",
        ]
        let named = clause.quickLowercased().split(whereSeparator: { !$0.isLetter }).dropFirst().contains { !pointers.contains($0) }
        return named && opensWithAdd(clause) ? clause : nil
    }

    static let chineseNumbers: Set<Character> = ["一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "几"]

    static let questionWords = ["啥", "什么", "哪", "吗", "呢", "推荐", "好不好", "怎么", "?", "？"]
}
