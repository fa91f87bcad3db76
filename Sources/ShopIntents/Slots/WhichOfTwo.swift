import ShopText

/// "严选的四件套和蚕丝被哪个送人好", "优衣库那个跟波司登的哪个暖和", "…😂 斯伯丁跟李宁的7号球哪个好": two
/// things set either side of 和, 跟, 与 or 还是, then asked which: a comparison of those two,
/// whatever the clauses before it tell and whatever the question asks them of (送人, 暖和).
extension IntentEngine {
    func whichOfTwo(_ text: String, over whole: Parse) -> Parse? {
        // Byte searches first: asked of every Chinese reading.
        // ("飞鹤一段跟爱他美一段比一下": set against each other without 哪.)
        guard text.contains("哪") || text.contains("比") || text.contains("区别") else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        // The last clause that sets two apart ("李宁和斯伯丁的比一下 哪个耐打": the first of two).
        for index in clauses.indices.reversed() {
            let clause = clauses[index]
            guard clause.contains("哪") || clause.contains("比") || clause.contains("区别") else { continue }
            if var sides = Self.twoSides(clause) {
                // "罗技mx master 3s跟联想那个…": an English name's words, cut apart at its spaces.
                var before = index - 1
                while before >= 0, sides[0].first?.isASCII == true, let end = clauses[before].last, end.isASCII,
                    end.isLetter || end.isNumber
                {
                    sides[0] = Substring(clauses[before] + " " + sides[0])
                    before -= 1
                }
                let items = SlotFiller.sharingSpec(
                    sides.map { ["它", "这个", "这款"].contains($0) ? .string("this") : SlotFiller.withoutInnerPointer(.string(String($0))) })
                return Parse(intent: .productCompare, confidence: 0.95, slots: [.products: .list(items)])
            }
        }
        // "跟严选那个四件套比 哪个送人好", "她闺蜜用的小黑瓶 哪个好啊": one thing named, then which is
        // better: that one against the one on screen.
        // (Unless read whole as two compared already: "跟安热沙那个小金瓶比比呢 哪个好" is this and 安热沙.)
        let comparesTwo =
            whole.intent == .productCompare
            && whole.slots[.products].map { if case .list(let items) = $0 { items.count >= 2 } else { false } } == true
        if clauses.count >= 2, !comparesTwo, let named = Self.oneAgainstThis(clauses),
            BuyingWords.namesCatalogThing(String(named), engine: self)
                || (2...6).contains(named.count)
        {
            return Parse(intent: .productCompare, confidence: 0.9, slots: [.products: .list([.string("this"), .string(String(named))])])
        }
        // "我妈老说想囤饺子 跟海尔那个冷柜比一下呢": the last clause sets one thing against this;
        // "跟小米平板6比差在哪 贵了一千呢": or one before a remark.
        if !comparesTwo, let named = clauses.reversed().lazy.compactMap({ Self.setAgainst(Substring($0)) }).first {
            return Parse(intent: .productCompare, confidence: 0.9, slots: [.products: .list([.string("this"), .string(String(named))])])
        }
        return nil
    }

    /// X of "跟X比一下(呢)", "和X比比吧", without a pointer inside ("海尔那个冷柜").
    private static func setAgainst(_ clause: Substring) -> Substring? {
        guard let lead = ["跟", "和", "与"].first(where: clause.hasPrefix) else { return nil }
        var words = clause.dropFirst(lead.count)
        while let last = words.last, "呢吧啊呀".contains(last) { words = words.dropLast() }
        guard let tail = Self.setAgainstTails.first(where: words.hasSuffix) else { return nil }
        let name = named(words.dropLast(tail.count))
        guard (2...12).contains(name.count), !name.contains("这"), !name.contains("它") else { return nil }
        return name.firstRange(of: "那个").map { name[..<$0.lowerBound] + name[$0.upperBound...] } ?? name
    }

    /// How "跟X…" ends when it sets X against this: compared, or asked how they differ.
    private static let setAgainstTails = [
        "比一下", "比比差在哪", "比差在哪", "比比差多少", "比差多少", "比有啥区别", "比有什么区别", "比比", "对比一下", "差在哪", "有啥区别", "有什么区别",
    ]

    /// The two names set either side of 和, 跟, 与 or 还是 before a word of asking which.
    private static func twoSides(_ clause: String) -> [Substring]? {
        // A byte search before each `firstRange` (Swift's general searcher, slow on every clause).
        guard
            let which = whichWords.lazy.filter(clause.contains).compactMap({ clause.firstRange(of: $0) })
                .min(by: { $0.lowerBound < $1.lowerBound })
        else {
            return nil
        }
        let asked = clause[..<which.lowerBound]
        guard let and = setApart.compactMap({ asked.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        var second = asked[and.upperBound...]
        // "米家那个H501跟它比差多少": 比 asks, and 它 is the one on screen.
        while second.hasSuffix("比") { second = second.dropLast() }
        let sides = [named(asked[..<and.lowerBound]), named(second)]
        // ("第三个和第五个比一下": places on the list are the classifier's to read.)
        guard sides.allSatisfy({ (1...16).contains($0.count) && !$0.hasPrefix("第") }) else { return nil }
        return sides
    }

    /// The one thing a clause names ("跟严选那个四件套比", "她闺蜜用的小黑瓶") when the last clause only
    /// asks which is better ("哪个送人好", "哪个好啊").
    private static func oneAgainstThis(_ clauses: [String]) -> Substring? {
        guard let last = clauses.last, last.hasPrefix("哪个"), last.count <= 8, !setApart.contains(where: last.contains) else { return nil }
        var before = Substring(clauses[clauses.count - 2])
        // "跟…比": set against the one on screen.
        if let lead = ["跟", "和", "与"].first(where: before.hasPrefix) {
            before = before.dropFirst(lead.count)
            while let last = before.last, "呢吧啊呀".contains(last) { before = before.dropLast() }
            for tail in ["比一下", "比比", "比"] where before.hasSuffix(tail) {
                before = before.dropLast(tail.count)
                break
            }
        } else if let used = before.firstRange(of: "用的") {
            // "她闺蜜用的小黑瓶": what someone uses.
            before = before[used.upperBound...]
        } else {
            return nil
        }
        // "严选那个四件套": the store's, then the thing.
        let name = named(before)
        guard !name.isEmpty, !name.contains("这") else { return nil }
        return name.firstRange(of: "那个").map { name[..<$0.lowerBound] + name[$0.upperBound...] } ?? name
    }

    /// "隔壁张老师家用的是破壁机 跟这个有啥区别": a thing named, then how it differs from the one on
    /// screen asked with 跟这个: one comparison, the space no break between the two.
    func comparedWithThis(_ text: String) -> Parse? {
        guard text.contains("这") || text.contains("它"),
            let lead = Self.withThis.lazy.compactMap({ text.firstRange(of: $0) }).first,
            ComparingWords.said(String(text[lead.upperBound...]))
        else { return nil }
        var joined = text
        joined.remove(at: lead.lowerBound)
        let slots = slotFiller.slots(for: .productCompare, Analysis(joined, extractor: extractor))
        guard case .list(let items)? = slots[.products], items.count == 2, items.contains(.string("this")) else { return nil }
        return Parse(intent: .productCompare, confidence: 0.95, slots: slots)
    }

    private static let withThis = [" 跟这", " 和这", " 与这", " 跟它", " 和它", " 比这", " 比它"]

    private static let whichWords = [
        "哪个", "哪款", "哪一个", "哪一款", "哪种", "哪样", "哪件", "哪双", "哪台", "比一下", "比比", "对比一下", "差在哪", "差多少", "有啥区别",
        "有什么区别",
    ]
    private static let setApart = ["和", "跟", "与", "还是", "或者"]

    /// A side's name without what points at it ("优衣库那个" → 优衣库, "波司登的" → 波司登).
    private static func named(_ side: Substring) -> Substring {
        var name = side.trimmingCharacters()[...]
        for lead in ["那就", "你说", "到底", "那"] where name.hasPrefix(lead) {
            name = name.dropFirst(lead.count)
            break
        }
        var trimmed = true
        while trimmed {
            trimmed = false
            for tail in ["那个", "这个", "那款", "这款", "的"] where name.hasSuffix(tail) {
                name = name.dropLast(tail.count)
                trimmed = true
            }
        }
        return name
    }
}
