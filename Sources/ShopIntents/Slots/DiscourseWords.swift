import ShopText

/// What Chinese shoppers say around a request without asking anything by it: a correction or a
/// second thought before it ("哦不对 少一个", "算了还是要两个", "想了想还是再来一个吧"), a word of
/// liking ("挺好看的 买一支"), and a reason or a gift after it ("…，送我姐", "…先试试", "…，一个就
/// 够了"); in English, "oops cancel that order", "make it 2, one for my wife". The request is read
/// without them: otherwise "不对" reads as a no, "挺" as a search, "送我姐" as the product and
/// "one for my wife" as a quantity.
enum DiscourseWords {
    /// "3包太多了 家里放不下 2包吧": too many (or too few) said anywhere, and a bare count last: that count.
    static func correctedCount(_ text: String) -> String? {
        // Chinese words only: one pass over the bytes rules out English.
        guard text.containsByte(where: { $0 >= 0xE4 }),
            ["太多", "多了", "太少", "少了", "不够", "放不下", "吃不完", "用不完", "喝不完"].contains(where: text.contains)
        else { return nil }
        let clauses = text.split(whereSeparator: { "，,。；; ".contains($0) })
        guard clauses.count >= 2, let last = clauses.last, isBareCount(last) else { return nil }
        return "改成" + last
    }

    /// "3顶", "啊只剩3顶了 那3顶吧": a bare count, last, after at most remarks that buy nothing, is
    /// that many of what is in focus ("来3顶"); read alone, "3顶" searched for 3顶.
    static func bareCountLast(_ text: String) -> String? {
        guard text.containsByte(where: { $0 >= 0xE4 }), text.utf8.count <= 60 else { return nil }
        // Asked of most Chinese utterances: a measure word last (before particles) comes first.
        var tail = Substring(text)
        while let last = tail.last, "吧啊呀了".contains(last) { tail = tail.dropLast() }
        guard let measure = tail.last, SlotFiller.zhMeasureWords.contains(measure) else { return nil }
        let clauses = text.split(whereSeparator: { "，,。；; ".contains($0) })
        guard let last = clauses.last, clauses.count <= 3 else { return nil }
        var count = last[...]
        for lead in ["那就", "那", "就", "先"] where count.hasPrefix(lead) {
            count = count.dropFirst(lead.count)
            break
        }
        // ("2袋就行" says enough of what is there: a change, read as one elsewhere.)
        guard count.first.map({ $0.isNumber || BuyingWords.chineseNumbers.contains($0) }) == true, isBareCount(count),
            !BuyingWords.enoughWords.contains(where: count.contains),
            clauses.dropLast().allSatisfy({ clause in
                !["买", "来", "要", "加", "换", "改", "退", "删", "减", "少", "多", "发", "红包", "团", "块", "元"].contains(where: clause.contains)
            })
        else { return nil }
        return "来" + count
    }

    /// "不是这个 是第二个", "哦点错了 是第一个 李宁的便宜": a mistake owned, then the one meant by
    /// its place in the list, is a swap to it ("换成第二个"); "不是这个" alone read as a no.
    static func pickedWrong(_ text: String) -> String? {
        guard text.contains("第"), ownedMistakes.contains(where: text.contains) else { return nil }
        let clauses = text.split(whereSeparator: { "，,。；; ！!".contains($0) })
        guard (2...3).contains(clauses.count), ownedMistakes.contains(where: clauses[0].contains), clauses[0].count <= 6 else { return nil }
        var meant = clauses[1][...]
        for lead in ["应该是", "我要的是", "要的是", "是", "要"] where meant.hasPrefix(lead) {
            meant = meant.dropFirst(lead.count)
            break
        }
        while let last = meant.last, "吧啊呀哈".contains(last) { meant = meant.dropLast() }
        guard meant.hasPrefix("第"), meant.count <= 5, let measure = meant.last, SlotFiller.zhMeasureWords.contains(measure),
            clauses.dropFirst(2).allSatisfy({ !["买", "来", "要", "加", "换", "删"].contains(where: $0.contains) })
        else { return nil }
        return "换成" + meant
    }

    /// How a mistake is owned before what was meant.
    private static let ownedMistakes = ["不是这", "不对", "错了"]

    /// "不是寄我这 寄我爸妈家 外婆这阵子住他们那": "not this" opening a message, then what is meant,
    /// is what is meant (read whole, a no: it dropped the waiting checkout). The rest of the
    /// text after a short first clause of 不是, if that clause is so.
    static func notThisBut(_ text: String) -> String? {
        guard text.utf8.starts(with: "不是".utf8), let cut = text.firstIndex(where: { "，,。 ！!".contains($0) }) else { return nil }
        let first = text[..<cut]
        let rest = text[text.index(after: cut)...].trimmingCharacters()
        guard (3...6).contains(first.count), !rest.isEmpty, !rest.hasPrefix("不") else { return nil }
        return rest
    }

    /// "我跟我老公一人一套", "网易严选的纯棉睡衣 我和我妈每人一件": one each for the people named
    /// is a count of them — `text` with that clause as "来N套"; nil when no such clause or the
    /// people can't be counted ("主卧次卧一人一套").
    static func oneEach(_ text: String) -> String? {
        guard text.contains("人一") else { return nil }
        for marker in ["一人一", "每人一"] {
            guard let range = text.firstRange(of: marker), let measure = text[range.upperBound...].first,
                SlotFiller.zhMeasureWords.contains(measure)
            else { continue }
            // The people: what comes before the marker, back to the clause's start.
            let before = text[..<range.lowerBound]
            let start = before.lastIndex(where: { "，,。；; ".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
            let people = before[start...].split(whereSeparator: { "跟和、".contains($0) }).map { $0.trimmingCharacters() }
            guard people.count >= 2, people.allSatisfy({ (1...5).contains($0.count) }) else { return nil }
            let after = text[text.index(after: range.upperBound)...]
            return String(text[..<start]) + " 来\(people.count)\(measure)" + after
        }
        return nil
    }

    /// `text` without its leading markers and trailing asides; nil when it has none, or when
    /// nothing but them is left.
    static func core(of text: String) -> String? {
        // Most utterances have neither: two cheap looks keep them off the slower path (parse
        // runs this for every utterance).
        let noneFound = saysNoneFound(text)
        guard noneFound != nil || opensWithMarker(text) || hasAside(text) else { return nil }
        var rest = Substring(text.trimmingCharacters())
        var changed = false
        if let after = noneFound {
            rest = after
            changed = true
        }
        var correction = false
        // `leading` compares characters: only text whose bytes open with a marker is looked at.
        while opensWithMarker(String(rest)), let marker = leading(of: rest) {
            if countCorrections.contains(marker) || englishCorrections.contains(marker) { correction = true }
            let after = rest.dropFirst(marker.count).drop { separators.contains($0) }
            // "算了，不要了": the second thought is the request itself, said twice.
            // ("算了不凑了 结账": not topping up to free shipping is one more second thought.)
            if marker.hasSuffix("算了"), ["不", "别", "取消"].contains(where: after.hasPrefix), !after.hasPrefix("不凑") { break }
            rest = after
            changed = true
        }
        // Chinese shoppers break clauses with a space too; in English a space is only a word break.
        let spacesBreak = text.unicodeScalars.contains(where: Language.isHan)
        // A sentence's end breaks too: "…, he drinks tea all day. any thermos?" asks in its last.
        var clauses = rest.indices.split { index in
            let character = rest[index]
            if "，,。；;".contains(character) || (spacesBreak && character == " ") { return true }
            let next = rest.index(after: index)
            return !spacesBreak && ".?!".contains(character) && next < rest.endIndex && rest[next] == " "
        }.map { rest[$0.startIndex..<$0.endIndex] }
        while clauses.count >= 2, let last = clauses.last, isAside(last) {
            clauses.removeLast()
            changed = true
        }
        guard changed else { return nil }
        // "太多了 3提吧", "不够 来5个": after too many or too few, a bare count is the new count.
        if correction, let count = clauses.first, clauses.count == 1, isBareCount(count) { return "改成" + count }
        // "no wait 2, we dont drink that much": after an English second thought, a number alone.
        if correction, let count = clauses.first, clauses.count == 1, let number = Int(count.trimmingCharacters()), number > 0 {
            return "make it \(number)"
        }
        // What is left, from the request's first character to its last clause's end.
        guard let first = clauses.first, let last = clauses.last else { return nil }
        let core = text[first.startIndex..<last.endIndex].trimmingCharacters()
        return core.count >= 2 ? core : nil
    }

    /// The marker `text` opens with, if one: a glued one may run into the request ("算了还是…"),
    /// the others need a separator after them ("那个，我想看看…", but "那个删了").
    private static func leading(of text: Substring) -> String? {
        let lowered = text.prefix(10).quickLowercased()
        if let english = englishMarkers.first(where: { lowered.hasPrefix($0 + " ") || lowered.hasPrefix($0 + ",") }) {
            return english
        }
        if let glued = gluedMarkers.first(where: { text.hasPrefix($0) }), text.count > glued.count { return glued }
        return spacedMarkers.first { marker in
            text.hasPrefix(marker) && text.dropFirst(marker.count).first.map(separators.contains) == true
        }
    }

    /// Longest first, so "哦不对" is taken whole.
    private static let gluedMarkers = [
        "哦不对", "啊不对", "哎不对", "不对不对", "不对", "想了想", "想了一下", "考虑了一下", "那算了", "算了", "挺好看的", "挺好的",
        "还不错", "那还是", "还是",
    ]
    /// "好的谢谢", "嗯 谢啦": thanks with an ok and nothing else, which is no yes to anything
    /// waiting (as "ok thanks" is not).
    static func onlyThanks(_ text: String) -> Bool {
        guard text.contains("谢") else { return false }
        var rest = text.quickLowercased()
        for word in ["谢谢", "多谢", "谢啦", "谢了", "感谢", "好的", "ok", "好", "嗯", "行", "啦", "了", "呀", "哈", "哦", "噢"] {
            rest = rest.replacing(word, with: "")
        }
        return rest.allSatisfy { " ，,。.!！~～".contains($0) }
    }

    /// "啊没货了 那海南芒果呢": a reaction to what was shown opens `text`.
    static func opensWithReaction(_ text: String) -> Bool { reactions.contains(where: text.hasPrefix) || saysNoneFound(text) != nil }

    /// "没茶叶啊 那有啥礼盒", "没货了啊 那海南贵妃芒呢": a first clause that says, with a sigh, there
    /// is none (of what was searched, in stock): what follows it; nil when `text` opens otherwise.
    /// (Not "没到啊", "没发货呀": of a parcel, the clause is the complaint itself.)
    static func saysNoneFound(_ text: String) -> Substring? {
        // One byte search: 没 is E6 B2 A1.
        guard text.utf8.starts(with: [0xE6, 0xB2, 0xA1]), let cut = text.firstIndex(where: { $0 == " " || $0 == "，" || $0 == "," }) else {
            return nil
        }
        let clause = text[..<cut]
        guard (3...7).contains(clause.count), let last = clause.last, "啊呀哦诶啦耶".contains(last),
            !["到", "发", "收", "退", "领", "抢", "用", "付", "签"].contains(where: clause.contains)
        else { return nil }
        let rest = text[text.index(after: cut)...].drop { $0 == " " || $0 == "，" || $0 == "," }
        return rest.count >= 2 ? rest : nil
    }

    private static let reactions = ["啊没货了", "没货了", "卖完了", "啊卖完了"]

    private static let spacedMarkers =
        ["那个", "嗯嗯", "嗯", "呃", "额", "哦", "噢", "唉", "哎呀", "哎", "好吧", "行吧", "也行", "不错", "好看", "等等", "等一下", "先这样", "就这样"]
        + ["不凑了", "不凑单了", "不凑了吧", "行", "可以"] + reactions + countCorrections
    /// Too many or too few: what follows is a count for what was just added ("多了 减一个").
    private static let countCorrections = [
        "买多了", "太多了", "多了", "太少了", "少了", "不够", "那还是", "还是", "喝不完", "吃不完", "用不完", "用不了那么多",
    ]

    /// "3提吧", "两个", "要两个": a count and a measure word, nothing named.
    private static func isBareCount(_ clause: Substring) -> Bool {
        var rest = clause.trimmingCharacters()[...]
        while let last = rest.last, "吧啊呀了".contains(last) { rest = rest.dropLast() }
        // "2袋就行", "一箱就够了": enough is the count.
        if let enough = BuyingWords.enoughWords.first(where: rest.hasSuffix) { rest = rest.dropLast(enough.count) }
        if let first = rest.first, "要来".contains(first) { rest = rest.dropFirst() }
        let counted = rest.prefix { $0.isNumber || BuyingWords.chineseNumbers.contains($0) }
        guard !counted.isEmpty, let measure = rest.dropFirst(counted.count).first else { return false }
        return rest.count == counted.count + 1 && SlotFiller.zhMeasureWords.contains(measure)
    }
    /// Whether `text` starts with a marker's bytes (ASCII in either case), whatever follows:
    /// `leading` looks closer.
    private static func opensWithMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            guard start < bytes.count, let candidates = markersByFirstByte[lowered(bytes[start])] else { return false }
            return candidates.contains { marker in
                marker.count <= bytes.count - start && marker.indices.allSatisfy { lowered(bytes[start + $0]) == marker[$0] }
            }
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static let markersByFirstByte: [UInt8: [[UInt8]]] = Dictionary(
        grouping: (gluedMarkers + spacedMarkers + englishMarkers).map { Array($0.utf8) }, by: { $0[0] })

    /// Whether some clause after the first may be an aside (`isAside`): it needs a break before
    /// it (English: punctuation; Chinese: a space too) and an aside's own words.
    private static func hasAside(_ text: String) -> Bool {
        var punctuated = false
        var spaced = false
        // , ; . and the lead bytes of 。，；: whether any is there, not where.
        _ = text.containsByte { byte in
            switch byte {
            case 0x20: spaced = true
            case 0x2C, 0x3B, 0x2E, 0xE3, 0xEF: punctuated = true
            default: break
            }
            return punctuated && spaced
        }
        if punctuated, englishAsides.contains(where: { text.contains($0) }) || englishAsideWords.contains(where: { text.contains($0) }) {
            return true
        }
        // "…租的房子做饭用": an aside of what it is for ends the text (its last bytes are 用's).
        // Chinese asides only in Chinese text: a byte test first, as most English has none.
        return (punctuated || spaced) && text.containsByte(where: { $0 >= 0xE4 })
            && (chineseAsideHints.contains(where: { text.contains($0) }) || text.utf8.suffix(3).elementsEqual("用".utf8)
                || (text.contains("就") && endsResigned(text)))
    }

    /// Whether the last clause takes a cost as it is ("结账吧 运费就运费吧").
    private static func endsResigned(_ text: String) -> Bool {
        guard let cut = text.lastIndex(where: { separators.contains($0) }) else { return false }
        return isResignation(text[text.index(after: cut)...])
    }

    /// "运费就运费吧", "贵就贵点吧": taking a cost as it is, which asks for nothing.
    static func isResignation(_ clause: Substring) -> Bool {
        var clause = clause.trimmingCharacters()[...]
        while let last = clause.last, "吧了啊呗".contains(last) { clause = clause.dropLast() }
        guard let join = clause.firstIndex(of: "就"), join > clause.startIndex else { return false }
        let cost = clause[..<join]
        return clause[clause.index(after: join)...].hasPrefix(cost)
    }

    private static let chineseAsideHints = chineseAsideOpenings + chineseAsideWords + chinesePeopleOpenings + ["说"]
    /// Who a clause may be about when it tells of them (`isAside`).
    private static let chinesePeopleOpenings = ["她", "他", "我妈", "我爸", "老人", "孩子", "娃"]
    /// Words that make a clause about someone a request after all ("她也要一个", "他想看看").
    static let chineseRequestWords = ["要", "买", "来", "加", "拿", "想", "换", "退", "吗", "呢", "?", "？", "啥", "什么", "多少"]

    /// Whole words, followed by a space or a comma ("oops cancel that order").
    private static let englishMarkers = [
        "oops", "whoops", "oh wait", "no wait", "wait", "oh", "hmm", "umm", "um", "uh", "well", "nvm", "never mind", "scratch that",
        "actually", "ok", "okay",
    ]
    /// English second thoughts after which a number alone is the count wanted.
    private static let englishCorrections: Set<String> = [
        "oops", "whoops", "oh wait", "no wait", "wait", "nvm", "never mind", "scratch that", "actually",
    ]
    private static let separators: Set<Character> = [" ", "，", ",", "。", "！", "!", "~", "～", "、"]

    /// A clause that gives a reason or says who it is for: "送我姐", "先试试", "一个就够了",
    /// "我婆婆也要一个", "太贵了".
    private static func isAside(_ clause: Substring) -> Bool {
        if isResignation(clause) { return true }
        if chineseAsideOpenings.contains(where: clause.hasPrefix) || chineseAsideWords.contains(where: { clause.contains($0) }) {
            return true
        }
        // "她用了好多年了", "他天天喝茶": what someone does, with no word of buying or asking.
        // …and what someone said of it: "姐妹说显白" (but "她说面膜要两盒" asks for two).
        let saidBySomeone = clause.prefix(4).dropFirst().contains("说")
        if chinesePeopleOpenings.contains(where: clause.hasPrefix) || saidBySomeone,
            !chineseRequestWords.contains(where: { clause.contains($0) })
        {
            return true
        }
        // "租的房子做饭用", "上班用": what it is for.
        // ("很好用", "挺耐用" praise it: not asides).
        if clause.hasSuffix("用"), (3...9).contains(clause.count), clause.unicodeScalars.allSatisfy(Language.isHan),
            let before = clause.dropLast().last, !"好耐实能够中管受易适不".contains(before)
        {
            return true
        }
        // "make it 2, one for my wife", "…, it's a gift"
        let lowered = clause.trimmingCharacters().quickLowercased()
        return englishAsides.contains { lowered.hasPrefix($0) } || englishAsideWords.contains { lowered.contains($0) }
            || isEnglishRemark(lowered)
    }

    /// "night feeds are brutal", "the old one was broken": a statement of how things are, which
    /// asks for nothing (no request or question word in it).
    private static func isEnglishRemark(_ clause: String) -> Bool {
        let words = Set(clause.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
        return !words.isDisjoint(with: ["is", "are", "was", "were"]) && words.isDisjoint(with: requestWords)
    }

    private static let requestWords: Set<String> = [
        "add", "buy", "get", "remove", "take", "want", "need", "check", "order", "cart", "price", "much", "cost", "it", "there",
        "what", "which", "how", "where", "when", "does", "do", "can", "could", "will", "would", "stock", "coupon", "shipping",
    ]

    /// Words that make an English clause an aside wherever they are in it ("early birthday
    /// present for myself lol").
    /// (How much someone uses it, "the sales team drinks a ton", is a reason too.)
    private static let englishAsideWords = [
        "birthday", "anniversary", "present for", "for myself", " lol", " lmao", " haha", " a ton", " a lot", " all day", " like crazy",
    ]

    /// …and second thoughts that come after the request: "全清了吧 我再想想".
    private static let chineseAsideOpenings = ["送", "先试", "太贵", "我再想想", "再想想", "我考虑一下", "我再看看"]
    private static let chineseAsideWords = ["就够了", "也要", "用够了"]
    private static let englishAsides = [
        "one for my", "one for the", "one for ", "for my ", "it's for", "its for", "as a gift", "a gift for", "it's a gift",
        "stocking up", "just in case", "to be safe", "for the office", "for the kids", "one for mom", "one for dad", "one for me",
        "we dont", "we don't", "i dont", "i don't", "my bro", "my sis", "my wife", "my husband", "my mom", "my dad", "anniversary",
        "gift for", "birthday", "its cheaper", "it's cheaper", "i keep", "lol", "my gf", "my bf", "my girlfriend", "my boyfriend",
        "my son", "my daughter", "my kid", "my roommate", "my friend", "she ", "he ", "they ", "we ",
    ]
}
