/// "买两包三只松鼠开心果", "买本活着", "来个逗猫棒": 买 or 来 with a count or a measure word, then a
/// name, is an add, whatever the name's own numbers (三只松鼠) or words suggest to the classifier.
enum BuyingWords {
    /// The measure word and the name of a counted buy, or nil.
    static func countedBuy(_ text: String) -> (measure: Character, name: String)? {
        guard text.contains("买") || text.contains("来") || text.contains("配") || text.contains("加") else { return nil }
        var rest = Substring(text.trimmingCharacters())
        // "再买本三体", "还买两包", "那来个逗猫棒": one more buy, or a buy after a thought, reads the same.
        for lead in ["那就", "那", "就", "再", "还", "也"] where rest.hasPrefix(lead) {
            let after = rest.dropFirst(lead.count)
            if after.first == "买" || after.first == "来" || after.first == "配" || after.first == "加" {
                rest = after
                break
            }
        }
        // "再配支完美日记的口红": 配 (to go with it) buys as 买 does.
        // "那加一提安慕希": 加 with a count and a measure word too ("加入购物车" has neither).
        guard rest.first == "买" || rest.first == "来" || rest.first == "配" || rest.first == "加" else { return nil }
        rest = rest.dropFirst()
        let counted = rest.prefix { $0.isNumber || chineseNumbers.contains($0) }
        rest = rest.dropFirst(counted.count)
        guard let measure = rest.first, SlotFiller.zhMeasureWords.contains(measure) else { return nil }
        rest = rest.dropFirst()
        // "买个啥好", "买本书推荐一下吗": a question, not a name.
        // "来个红包" asks for a red envelope, not a product.
        guard rest.count >= 2, !questionWords.contains(where: rest.contains),
            !["红包", "地址", "好友", "朋友", "群"].contains(where: rest.contains)
        else { return nil }
        return (measure, String(rest))
    }

    /// "评分最高的来两箱", "帮宝适那个来3包", "最便宜的来一个": what was shown, then 来 with a count
    /// and a measure word at the end, is an add of it, not a new search for the sort it names.
    static func takesCounted(_ text: String) -> Bool {
        // Asked of every utterance: most have no 来 at all.
        guard text.contains("来") else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧啊呀哈了。！!~～ ".contains(last) { rest = rest.dropLast() }
        guard let measure = rest.last, SlotFiller.zhMeasureWords.contains(measure) else { return false }
        rest = rest.dropLast()
        let counted = rest.reversed().prefix { $0.isNumber || chineseNumbers.contains($0) }
        guard !counted.isEmpty, !counted.contains("几") else { return false }
        rest = rest.dropLast(counted.count)
        guard rest.last == "来" else { return false }
        let named = rest.dropLast()
        // "再来两箱" is one more of the same (read elsewhere); a question is not a take.
        guard let before = named.last, before != "再", !questionWords.contains(where: named.contains) else { return false }
        return true
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
        var tail = text[text.index(after: comma)...].lowercased().split(separator: " ")
        if tail.last == "please" { tail.removeLast() }
        guard !name.isEmpty, !name.contains(","), tail.count == 2, let count = Int(tail[0]), count > 0,
            !["search", "find", "show", "look", "搜"].contains(where: name.lowercased().hasPrefix)
        else { return false }
        return SlotFiller.containers.contains(String(tail[1]))
    }

    /// "double it", "翻倍", "triple that": the line's count multiplied (`SlotFiller.times`).
    static func multiplies(_ text: String, _ a: Analysis) -> Bool {
        // Asked of every utterance: a hash lookup per token rules out those without 倍 or the words.
        guard a.tokens.contains(where: { multiplyWords.contains($0.hash) }) else { return false }
        if text.contains("倍") { return ["翻倍", "加倍", "翻一倍", "翻个倍"].contains(where: text.contains) }
        let lowered = text.lowercased()
        return ["double it", "double that", "double the", "make it double", "triple it", "triple that"].contains(where: lowered.contains)
    }

    private static let multiplyWords = Word.set(["倍", "double", "triple"])

    /// "就它了", "就要这个", "要评分高的那个": a product chosen, not a yes to anything waiting.
    static func choosesThis(_ text: String) -> Bool {
        // Asked of every utterance: only those opening with 就 or 要 are looked at further.
        guard let first = text.utf8.first, first == 0xE5 || first == 0xE8 || first == 0x20,
            text.contains("就") || text.contains("要")
        else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧了啊！!。~～ ".contains(last) { rest = rest.dropLast() }
        if ["就它", "就要它", "就选它", "就这个", "就要这个", "就选这个", "就这款", "就要这款", "就这件"].contains(String(rest)) { return true }
        // "要评分高的那个", "要便宜的那款": 要 and a product pointed at.
        return rest.hasPrefix("要") && !rest.contains("不") && rest.count <= 12 && ["那个", "这个", "那款", "这款"].contains(where: rest.hasSuffix)
    }

    /// "伊利24盒那个来两箱": the count that 来 takes at the end, whatever numbers the name has
    /// (24 of 24盒 is the pack's), when `takesCounted` reads the text so.
    static func trailingCount(_ text: String) -> Int64? {
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧啊呀哈了。！!~～ ".contains(last) { rest = rest.dropLast() }
        // "一桶就行": enough is the count.
        if let enough = ["就行", "就好", "就够了", "就够", "就可以"].first(where: rest.hasSuffix) { rest = rest.dropLast(enough.count) }
        guard let measure = rest.last, SlotFiller.zhMeasureWords.contains(measure) else { return nil }
        let counted = String(rest.dropLast().reversed().prefix { $0.isNumber || chineseNumbers.contains($0) }.reversed())
        if let number = Int64(counted) { return number }
        let digits: [Character: Int64] = ["一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
        return counted.count == 1 ? counted.first.flatMap { digits[$0] } : nil
    }

    /// "火鸡面太辣" → "火鸡面": a product name with the reason said after it (太 + a word or two
    /// at its end); a name that starts with 太 (太太乐) keeps it.
    static func withoutReason(_ name: String) -> String {
        var name = name
        if let tai = name.lastIndex(of: "太"), tai != name.startIndex {
            let before = name[..<tai]
            let after = name[tai...].dropFirst()
            if before.count >= 2, (1...2).contains(after.count), after.unicodeScalars.allSatisfy(Language.isHan) { name = String(before) }
        }
        // "安慕希凑个包邮": what it is for after 凑 is no part of the name.
        if let cou = name.firstIndex(of: "凑"), name.distance(from: name.startIndex, to: cou) >= 2 { name = String(name[..<cou]) }
        // "深入理解那本": the pointing word is no part of the name.
        if let pointer = ["那本", "那个", "那件", "那款", "那盒", "那瓶", "那套", "那条", "那双", "那台", "这个"].first(where: name.hasSuffix),
            name.count > pointer.count + 1
        {
            name.removeLast(pointer.count)
        }
        return name
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
    private static let pointers: Set<String> = ["那条", "那个", "那款", "那件", "那双", "那台", "那本", "这个", "那瓶", "那盒"]

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

    /// Words of a swap: "换成第二个", "换个便宜的", "swap it for", "the xiaomi one instead".
    static func swaps(_ text: String) -> Bool {
        if ["换成", "换个", "换那个", "换这个", "换第", "换回"].contains(where: text.contains) { return true }
        let lowered = text.lowercased()
        return lowered.contains("instead") || lowered.contains("swap")
    }

    /// "actually 2 is enough", "2 will do" (the count wanted: `cart.update`); "fine give me all
    /// 21", "i'll take all 3" (that many: `cart.add`). Nil otherwise.
    static func englishCount(_ text: String, _ a: Analysis) -> (IntentName, Int64)? {
        // Asked of every utterance: a hash lookup per token rules out those without the words.
        guard a.tokens.contains(where: { countWords.contains($0.hash) }) else { return nil }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" })
        // "hmm 4 is a lot actually, 3", "too many, 2": after too many, the count said last.
        if ["a lot", "too many"].contains(where: text.contains), let last = words.last, let count = Int64(last), count > 0 {
            return (.cartUpdate, count)
        }
        for (index, word) in words.enumerated() {
            guard let count = Int64(word), count > 0 else { continue }
            let after = words.dropFirst(index + 1).prefix(2).joined(separator: " ")
            if ["is enough", "are enough", "will do", "is plenty", "is fine"].contains(after) { return (.cartUpdate, count) }
            // "ugh ok just the 1 then", "just 2": that many.
            if index > 0, words[index - 1] == "just" || (index > 1 && words[index - 2] == "just" && words[index - 1] == "the") {
                return (.cartUpdate, count)
            }
            if index > 0, words[index - 1] == "all",
                ["give", "take", "want", "need", "get"].contains(where: { words.prefix(index).contains(Substring($0)) })
            {
                return (.cartAdd, count)
            }
        }
        return nil
    }

    /// English sentences (broken by `.`, `?` or `!` and a space): the one that reads surely as a
    /// request when the others read as nothing or as chat; the last such one when several do.
    /// Nil for one sentence, or when none is a request.
    static func sentenceRequest(_ text: String, engine: IntentEngine) -> Parse? {
        // One pass over the bytes rules out most text: a break needs ". ", "? " or "! ".
        guard text.containsByte(where: { $0 == 0x3F || $0 == 0x2E || $0 == 0x21 }), !text.containsByte(where: { $0 >= 0xE3 }) else {
            return nil
        }
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".?!".contains(text[index]), next < text.endIndex, text[next] == " " {
                sentences.append(text[start...index])
                start = next
            }
            index = next
        }
        sentences.append(text[start...])
        let said = sentences.map { $0.trimmingCharacters() }.filter { $0.count > 1 }
        guard said.count >= 2 else { return nil }
        let chat: Set<IntentName> = [.fallback, .greeting, .thanks, .goodbye, .help, .confirm, .deny, .cancel]
        let requests = said.map { engine.parse($0) }.filter { !chat.contains($0.intent) && $0.confidence >= 0.9 }
        return requests.last
    }

    /// "2 packs of nanjiren cotton socks", "3 bottles of shampoo": a count, a container and what
    /// is wanted, said first: the count and the name.
    static func countedContainer(_ text: String) -> (count: Int64, name: String)? {
        let words = text.lowercased().split(separator: " ")
        guard words.count >= 4, let count = Int64(words[0]), count > 0, SlotFiller.containers.contains(String(words[1])), words[2] == "of"
        else {
            return nil
        }
        return (count, words.dropFirst(3).joined(separator: " "))
    }

    private static let countWords = Word.set(["enough", "do", "all", "lot", "just", "many"])

    /// Whether a word of a swap is among the tokens: 换 (换成, 换回, 换第), swap, back (back to).
    static func maySwap(_ a: Analysis) -> Bool { a.tokens.contains { swapWords.contains($0.hash) } }

    private static let swapWords = Word.set(["换", "swap", "back", "instead"])

    /// "a 6 pack of philips bulbs", "an 8-pack of batteries": the pack size, part of the name ("6 pack").
    static func packInName(_ text: String) -> String? {
        guard text.contains("pack") || text.contains("Pack") else { return nil }
        let words = text.lowercased().split(separator: " ")
        for index in words.indices.dropLast(2) where ["a", "an", "one"].contains(words[index]) {
            let size = words[index + 1]
            if let number = Int(size), number > 1, words[index + 2] == "pack", index + 3 < words.count, words[index + 3] == "of" {
                return "\(number) pack"
            }
            if size.hasSuffix("-pack"), let number = Int(size.dropLast(5)), number > 1, words[index + 2] == "of" { return "\(number) pack" }
        }
        return nil
    }

    /// "3 of P1002" → "P1002": what follows a count and "of", or nil.
    static func countBeforeOf(_ text: Substring) -> Substring? {
        for of in text.ranges(of: " of ") {
            let count = text[..<of.lowerBound].split(separator: " ").last ?? ""
            if !count.isEmpty, count.allSatisfy({ $0.isNumber || $0 == "-" }) { return text[of.upperBound...] }
        }
        return nil
    }

    static func countBeforeOf(_ text: String) -> Substring? { countBeforeOf(text[...]) }

    /// What an English swap names: "swap it for the airpods" → "airpods", "back to the anta" →
    /// "anta"; nil without one.
    static func englishSwapTarget(_ text: String) -> String? {
        // Asked of most utterances: bytes first ("swap", "Swap", "SWAP", "back to").
        guard text.contains("wap") || text.contains("WAP") || text.contains("ack to") else { return nil }
        let lowered = text.lowercased()
        // Not "switch to": "switch to user grace" changes who is speaking.
        guard lowered.contains("swap") || lowered.contains("back to") else { return nil }
        for lead in [
            "swap it for ", "swap it with ", "swap that for ", "swap them for ", "swap for ", "swap to ", "go back to ", "back to ",
        ] {
            guard let start = lowered.ranges(of: lead).last?.upperBound else { continue }
            var rest = lowered[start...].prefix { !".,!?;".contains($0) }
            // "swap it for 3 of P1002": the count is the quantity's, not the name's.
            if let named = countBeforeOf(rest) { rest = named }
            for article in ["the ", "a ", "an "] where rest.hasPrefix(article) { rest = rest.dropFirst(article.count) }
            for tail in [" instead", " one", " ones", " please", " pls"] where rest.hasSuffix(tail) { rest = rest.dropLast(tail.count) }
            let target = rest.trimmingCharacters()
            return target.isEmpty || ["it", "that", "this"].contains(target) ? nil : target
        }
        return nil
    }

    /// What a Chinese swap names after 换成: "还是换成苏泊尔那个5L的吧" → "苏泊尔5L", "换成M的" → "M";
    /// nil when it names nothing ("换成第二个" is left to the ordinal reading).
    static func swapTarget(_ text: String) -> String? {
        guard text.contains("换") else { return nil }
        guard let swap = text.firstIndex(of: "换"), let next = text[swap...].dropFirst().first, next == "成" || next == "回" else {
            return nil
        }
        var rest = text[swap...].dropFirst(2).prefix { !clauseBreaks.contains($0) && $0 != " " }
        while let last = rest.last, "吧呢啊了呀哈的".contains(last) { rest = rest.dropLast() }
        let target = String(rest).replacing("那个", with: "").replacing("这个", with: "").replacing("那款", with: "")
        // "换成2个" changes the count, names nothing.
        guard !target.isEmpty, !target.hasPrefix("第"), !(target.first.map { $0.isNumber || chineseNumbers.contains($0) } ?? false),
            !["便宜", "贵", "好", "大", "小"].contains(where: target.hasPrefix)
        else {
            return nil
        }
        return target
    }

    /// Words of changing a count already in the cart: "改成", "make it", "change".
    static func changesCount(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["改", "换", "变成", "change", "make", "set", "update", "instead", "only", "just"].contains(where: lowered.contains)
    }

    /// "take it", "take 2 of the first one": an English take with no word of taking out.
    static func takesToBuy(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        guard words.first == "take" else { return false }
        return !words.contains { ["out", "off", "away", "from", "remove", "back"].contains($0) }
    }

    static let chineseNumbers: Set<Character> = ["一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "几"]
    static let questionWords = ["啥", "什么", "哪", "吗", "呢", "推荐", "好不好", "怎么", "?", "？"]

    /// "罗技那个删了吧 太贵了": of several clauses that together read as nothing, the one clear
    /// request among them (the rest is a reason or an aside), read alone; nil if not exactly one.
    static func requestClause(_ text: String, engine: IntentEngine) -> Parse? {
        // Chinese shoppers break clauses with a space too; in English a space is only a word break.
        let spacesBreak = text.unicodeScalars.contains(where: Language.isHan)
        guard text.containsByte(where: { isBreakByte($0) || (spacesBreak && $0 == 0x20) }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: spacesBreak)
        guard clauses.count >= 2, clauses.count <= 4 else { return nil }
        let requests = clauses.map { engine.parse($0) }.filter { $0.intent != .fallback && $0.confidence >= 0.95 }
        return requests.count == 1 ? requests[0] : nil
    }

    /// "再来一件 给我老公", "给我来3份 周末家里聚餐", "make it 3, the office drinks a lot": of
    /// several clauses, the one that orders a count is the request when the others read as
    /// nothing (a reason, who it is for) and name no product of their own.
    static func countedClause(_ text: String, engine: IntentEngine) -> Parse? {
        let spacesBreak = text.unicodeScalars.contains(where: Language.isHan)
        let clauses = Self.clauses(of: text, spacesBreak: spacesBreak)
        guard (2...4).contains(clauses.count) else { return nil }
        let parses = clauses.map { engine.parse($0) }
        let counted: Set<IntentName> = [.cartAdd, .cartUpdate, .cartRemove]
        let requests = parses.indices.filter {
            counted.contains(parses[$0].intent) && parses[$0].confidence >= 0.9 && parses[$0].slots["quantity"] != nil
        }
        guard requests.count == 1 else { return nil }
        for index in parses.indices where index != requests[0] {
            let aside = parses[index]
            // "有点贵": a search for one stray character (贵) is a remark, not a search.
            let remark = aside.intent == .catalogSearch && SlotFiller.isStray(aside.slots["query"]) && aside.slots.count == 1
            guard
                remark || aside.intent == .fallback
                    || (aside.confidence < 0.75 && aside.slots["query"] == nil && aside.slots["product"] == nil)
            else { return nil }
            // A brand, store or product the catalog knows makes it part of the request (a
            // category word may be a reason's: "the office drinks a lot").
            let words = Analysis(clauses[index], extractor: engine.extractor)
            let names = words.entities.contains { entity in
                guard let meaning = engine.slotFiller.meaning(entity) else { return entity.kind == .code || entity.kind == .sku }
                return meaning.product != nil || meaning.brand != nil || meaning.store != nil
            }
            if names { return nil }
        }
        return parses[requests[0]]
    }

    /// Whether `a` may hold a counted request among clauses: a clause break (or, in Chinese, a
    /// space) and a word of ordering a count. Most utterances have neither.
    static func mayCountAmongClauses(_ a: Analysis, _ text: String) -> Bool {
        guard a.tokens.contains(where: { countingWords.contains($0.hash) }) else { return false }
        if a.tokens.contains(where: { $0.kind == .clauseBreak }) { return true }
        return text.contains(" ") && text.unicodeScalars.contains(where: Language.isHan)
    }

    private static let countingWords = Word.set(["来", "要", "买", "加", "make", "add", "get"])

    /// The last of several clauses when it asks for something ("…，有猫粮吗", "…，有没有抽纸"), or nil.
    static func askingClause(_ text: String) -> String? {
        // Asked of every search: most have no 有, or no second clause.
        guard text.contains("有"), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: false)
        guard clauses.count >= 2, let last = clauses.last, last.contains("有") else { return nil }
        return last
    }

    /// Chinese clauses (2 to 4, between punctuation or a space between Chinese characters) of
    /// which exactly one, read alone, is `intent` with slots: that one's reading; else nil.
    static func oneClauseReading(_ text: String, as intent: IntentName, engine: IntentEngine) -> Parse? {
        // Chinese text has lead bytes E3 and up: English text is ruled out in one pass.
        guard text.containsByte(where: { $0 >= 0xE3 }), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: false)
        guard (2...4).contains(clauses.count) else { return nil }
        // The clause must name what the request is about, not only count it ("罗技那个 删一个").
        let named = namingSlots
        let said = clauses.filter { !isForWhom($0) }
        let readings = said.map { engine.parse($0) }.filter { reading in
            reading.intent == intent && named.contains { reading.slots[$0] != nil }
        }
        if readings.count == 1 { return readings[0] }
        guard readings.isEmpty else { return nil }
        // None reads as the request alone ("给我爸买个手机 老人家用 1500以内的有啥" is an add, a
        // reason, a price): the one clause that names something when read as the request.
        let naming = said.map { Parse(intent: intent, confidence: 1, slots: engine.slots($0, as: intent)) }.filter { reading in
            named.contains { reading.slots[$0] != nil }
        }
        return naming.count == 1 ? naming[0] : nil
    }

    /// The slots that name what a request is about (the others filter or count it).
    static let namingSlots: Set<String> = ["product", "products", "query", "brand", "category"]

    /// "老人家用", "给孩子用": whom it is for, no product.
    static func isForWhom(_ clause: String) -> Bool {
        var rest = Substring(clause)
        if rest.hasPrefix("给") { rest = rest.dropFirst() }
        guard rest.hasSuffix("用") || rest.hasSuffix("用的") else { return false }
        rest = rest.hasSuffix("的") ? rest.dropLast(2) : rest.dropLast()
        return ["老人家", "老人", "老年人", "爸妈", "我爸", "我妈", "小孩", "孩子", "学生", "宝宝", "女生", "男生", "女朋友", "男朋友", "自己"].contains(String(rest))
    }

    /// `text` before its last clause break, trimmed; nil when that leaves nothing.
    static func beforeLastClause(_ text: String) -> String? {
        guard let last = text.lastIndex(where: { clauseBreaks.contains($0) }) else { return nil }
        let before = text[..<last].trimmingCharacters()
        return before.isEmpty ? nil : before
    }

    /// `text`'s clauses, between punctuation marks (and spaces, if `spacesBreak`), trimmed.
    private static func clauses(of text: String, spacesBreak: Bool) -> [String] {
        var clauses: [String] = []
        var current = ""
        var previous: Character?
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            // A space between Chinese characters breaks clauses ("回南天家里墙都出水了 除湿机有吗"),
            // not a name and its size ("纸尿裤 L码有吗") or "iphone 15 有吗".
            let spaceBreaks =
                character == " " && (spacesBreak || (previous.map(isHan) ?? false) && (next.map(isHan) ?? false))
            if clauseBreaks.contains(character) || spaceBreaks {
                clauses.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        clauses.append(current)
        return clauses.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }

    private static func isHan(_ character: Character) -> Bool { character.unicodeScalars.contains(where: Language.isHan) }

    private static let clauseBreaks: Set<Character> = ["，", ",", "。", "；", ";", "！", "!"]

    /// `,` `;` `!` or the lead byte of `，` `。` `；` `！` (EF and E3): a clause break may be there.
    static func isBreakByte(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x3B || byte == 0x21 || byte == 0xEF || byte == 0xE3
    }
}
