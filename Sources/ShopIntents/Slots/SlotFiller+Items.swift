import ShopText

extension SlotFiller {
    /// Several products named in one request, each with its own count: "2 xiaomi rice cookers
    /// and a xiaomi kettle", "来两瓶洗发水和一支牙膏", "add the first and the third". With 各 or
    /// "each" one count is every product's ("算法导论和深入理解计算机系统各来一本"). Nil unless
    /// every part between the joiners names a product and there are at least two.
    func items(_ a: Analysis) -> (products: [SlotValue], quantities: [Int64])? {
        if let ordinals = a.entities.first(where: { $0.kind == .ordinals }), ordinals.list.count > 1 {
            var used = [Bool](repeating: false, count: a.tokens.count)
            mark(&used, ordinals.range)
            let count = quantity(a, used: used, last: false) ?? 1
            return (ordinals.list.map(SlotValue.int), Array(repeating: count, count: ordinals.list.count))
        }
        let joiners = joinerRanges(a)
        guard !joiners.isEmpty else { return nil }
        var parts: [Range<Int>] = []
        // "metro is so loud. get me the x + the y": the list starts with the sentence it is in.
        var start = 0
        if let first = joiners.first?.lowerBound,
            let end = a.tokens[..<first].indices.last(where: a.endsSentence)
        {
            start = end + 1
        }
        for joiner in joiners {
            parts.append(start..<joiner.lowerBound)
            start = joiner.upperBound
        }
        parts.append(start..<a.tokens.count)
        var products: [SlotValue] = []
        var counts: [Int64?] = []
        for part in parts {
            var used = [Bool](repeating: true, count: a.tokens.count)
            for k in part { used[k] = false }
            // "the cheaper one + the 30w gan charger": a pick from the list on screen beside a name.
            guard let product = product(a, &used), Self.namesOne(product) || Self.isSuperlative(product) else { return nil }
            products.append(product)
            counts.append(quantity(a, used: used, last: false))
        }
        guard products.contains(where: { Self.namesOne($0) }), products.filter(Self.isSuperlative).count <= 1 else { return nil }
        // 各 / "each": the one count said is each product's.
        let shared = Self.saysEach(a) ? counts.lazy.compactMap { $0 }.first : nil
        return (products, counts.map { $0 ?? shared ?? 1 })
    }

    /// "我跟我老公一人一件", "同事也要一个": people named around a request are whom it is for.
    static func isPerson(_ words: String) -> Bool {
        var name = Substring(words)
        for lead in ["我", "你", "他", "她"] where name.hasPrefix(lead) && name.count > 1 { name = name.dropFirst() }
        return chinesePeople.contains(String(name))
    }

    static let chinesePeople: Set<String> = [
        "老公", "老婆", "爸", "妈", "爸爸", "妈妈", "老爸", "老妈", "姐", "姐姐", "哥", "哥哥", "弟弟", "妹妹", "儿子", "女儿", "孩子", "同事",
        "朋友", "室友", "闺蜜", "婆婆", "公公", "奶奶", "爷爷", "外婆", "姥姥", "老板", "领导", "女朋友", "男朋友", "对象", "宝宝",
        "同桌", "同学", "舍友", "邻居", "老师", "侄子", "侄女", "外甥", "外甥女", "媳妇", "外公", "姥爷", "家人", "家里人", "表弟", "表妹",
        "表哥", "表姐", "堂弟", "堂妹", "堂哥", "堂姐", "姑姑", "舅舅", "阿姨", "叔叔", "婶婶", "小姨", "岳父", "岳母", "丈母娘",
    ]

    /// A part of a list names a product: a SKU, an ordinal, or words that are no reference
    /// ("this", "the cheapest") and more than one stray character.
    static func namesOne(_ product: SlotValue) -> Bool {
        switch product {
        case .int: return true
        case .string(let words):
            return words.count > 1 && !["this", "those", "cheapest", "most expensive", "best rated", "best selling"].contains(words)
                && !isPerson(words)
        case .list: return false
        }
    }

    static func isSuperlative(_ product: SlotValue) -> Bool {
        guard case .string(let words) = product else { return false }
        return superlatives.values.contains(words)
    }

    /// Where the list's joiners are: "and", "plus", 和, 跟, 还有, 以及, 外加, and a comma (or 、)
    /// before a later joiner ("a kettle, 2 mugs and a tray", "牙膏、牙刷和洗发水"). Not the "&" of "Head & Shoulders".
    func joinerRanges(_ a: Analysis) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var commas: [Range<Int>] = []
        var k = 0
        while k < a.tokens.count {
            let hash = a.tokens[k].hash
            if k + 1 < a.tokens.count, Self.pairJoiners.contains(where: { $0 == (hash, a.tokens[k + 1].hash) }) {
                found.append(k..<k + 2)
                k += 2
                continue
            }
            if Self.itemJoiners.contains(hash) {
                found.append(k..<k + 1)
            } else if hash == Self.plus, k > 0, k + 1 < a.tokens.count, a.tokens[k - 1].end < a.tokens[k].start,
                a.tokens[k].end < a.tokens[k + 1].start
            {
                // "the sony xm5 headphones + a 2m ugreen cable"; not the "1+2" of 雀巢1+2.
                found.append(k..<k + 1)
            } else if a.tokens[k].kind == .clauseBreak, a.utterance.text[Int(a.tokens[k].start)] == 0x2C {
                commas.append(k..<k + 1)
            }
            k += 1
        }
        guard let last = found.last else { return [] }
        return (found + commas.filter { $0.upperBound <= last.lowerBound }).sorted { $0.lowerBound < $1.lowerBound }
    }

    static let itemJoiners = Word.set(["and", "plus", "和", "跟"])
    static let plus = Word.h("+")
    static let pairJoiners: [(UInt64, UInt64)] = [("还", "有"), ("以", "及"), ("外", "加")].map { (Word.h($0), Word.h($1)) }

    /// 各 ("各来一本"), "each", "apiece": one count for every product named.
    static func saysEach(_ a: Analysis) -> Bool {
        a.tokens.contains { eachWords.contains($0.hash) }
    }

    static let eachWords = Word.set(["各", "each", "apiece"])

    /// "double it", "翻倍", "triple it": the line's count multiplied, not a count of its own.
    static func times(_ a: Analysis) -> Int64? {
        let text = a.utterance.string(from: 0, to: a.utterance.text.count).quickLowercased()
        if ["翻倍", "加倍", "翻一倍", "翻个倍", "double", "twice as many"].contains(where: text.contains) { return 2 }
        if ["triple", "三倍"].contains(where: text.contains) { return 3 }
        return nil
    }
}
