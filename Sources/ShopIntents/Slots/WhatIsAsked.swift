import ShopText

/// "小棕瓶是啥", "女朋友天天念叨什么小棕瓶 那是啥东西", "what is the advanced night repair": what a
/// product is, which its page answers. Read whole, such questions were remarks, help, a flash
/// sale's list ("什么东西") or an order tracked.
extension IntentEngine {
    /// A look at the product asked about: named in the asking clause, or pointed at there and
    /// named in a clause before it. Nil when no product of the catalog is meant ("what's the
    /// weather").
    func whatIsAsked(_ text: String, over whole: Parse) -> Parse? {
        // Byte searches first: asked of every unsure reading (splitting clauses first cost 8 % of
        // a parse).
        guard WhatIsWords.mayAsk(text) else { return nil }
        let chinese = text.containsByte { (0xE3...0xE9).contains($0) }
        // English read surely as a remark stays one ("what's the weather": reading it cost as much
        // as the parse itself).
        guard chinese || whole.intent != .fallback || whole.confidence < 0.99 else { return nil }
        let lowered = text.quickLowercased()
        // (One English clause needs no splitting: "what's the weather".)
        let clauses =
            chinese || lowered.contains(where: { ",.?!;".contains($0) })
            ? BuyingWords.clauses(of: lowered, spacesBreak: chinese) : [lowered]
        // The last clause that asks, and its word, found once.
        guard
            let (at, word) = clauses.indices.reversed().lazy.compactMap({ index in
                WhatIsWords.asked(in: clauses[index], chinese: chinese).map { (index, $0) }
            }).first
        else { return nil }
        // (The word is an English clause's opening; `replacing` cost a third of a parse.)
        var clause = clauses[at]
        if !chinese {
            clause = String(clause.dropFirst(word.count))
        } else if let range = clause.firstRange(of: word) {
            clause.replaceSubrange(range, with: " ")
        }
        let named = WhatIsWords.withoutPointers(clause, chinese: chinese)
        // "what's the stock price of apple", "what's the score of the basketball game": something
        // of a thing is asked, not what the thing is.
        // (One English word, "what's the weather", is let go unread: reading whether it names a
        // product cost as much as a parse.)
        guard chinese || !named.split(separator: " ").contains("of") && (2...5).contains(named.split(separator: " ").count) else {
            return nil
        }
        // A name said alone in Chinese is a product's even when the lexicon lacks it ("小棕瓶是啥":
        // the search finds 雅诗兰黛 小棕瓶精华).
        if !named.isEmpty, BuyingWords.namesCatalogThing(named, engine: self) || chinese && WhatIsWords.isShortName(named) {
            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string(named)])
        }
        // Pointed at ("那是啥东西"): the product a clause before it named.
        guard named.isEmpty || WhatIsWords.points(clause, chinese: chinese),
            let before = clauses[..<at].reversed().lazy.compactMap({ self.productNamed(in: $0) ?? WhatIsWords.heardOf($0) }).first
        else { return nil }
        return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string(before)])
    }
}

/// The words of asking what a thing is.
enum WhatIsWords {
    static func asked(in clause: String, chinese: Bool) -> String? {
        chinese ? zh.first(where: clause.contains) : en.first(where: clause.hasPrefix)
    }

    private static let zh = ["是啥东西", "是什么东西", "是干嘛的", "干嘛用的", "干什么用的", "是什么", "是啥", "啥东西", "什么东西", "什么来的"]
    private static let en = ["what is a ", "what is the ", "what is ", "what's a ", "what's the ", "whats a ", "whats the ", "what are "]
    /// Whether `text` has a word of asking what a thing is, in any case.
    static func mayAsk(_ text: String) -> Bool {
        ["是啥", "是什么", "啥东西", "什么东西", "干嘛", "干什么用", "什么来的", "hat is ", "hat's ", "hats ", "hat are ", "HAT "]
            .contains(where: text.contains)
    }

    /// `clause`'s words but those that point or only ask ("那是啥东西" leaves 东西; "what is it" nothing).
    static func withoutPointers(_ clause: String, chinese: Bool) -> String {
        var rest = clause
        if chinese { for word in zhPointers + zhParticles { rest = rest.replacing(word, with: " ") } }
        return rest.split(whereSeparator: separators.contains).filter { !enPointers.contains(String($0)) }
            .joined(separator: " ")
    }

    /// Whether `clause` points at a thing instead of naming it.
    static func points(_ clause: String, chinese: Bool) -> Bool {
        chinese
            ? zhPointers.contains(where: clause.contains)
            : clause.split(whereSeparator: separators.contains).contains { enPointers.contains(String($0)) }
    }

    /// Two to six Chinese characters and nothing else.
    static func isShortName(_ text: String) -> Bool {
        (2...6).contains(text.unicodeScalars.count) && text.unicodeScalars.allSatisfy(Language.isHan)
    }

    /// The thing a clause says was heard of, "什么" then its name to the clause's end
    /// ("女朋友天天念叨什么小棕瓶").
    static func heardOf(_ clause: String) -> String? {
        guard let range = clause.firstRange(of: "什么") else { return nil }
        let name = String(clause[range.upperBound...])
        return isShortName(name) ? name : nil
    }

    private static let separators: Set<Character> = [" ", "?", "？", "!", "！", ",", "，", ".", "。"]
    private static let zhPointers = ["那个", "这个", "那", "这", "它"]
    private static let zhParticles = ["吗", "啊", "呀", "呢", "东西"]
    private static let enPointers: Set<String> = ["that", "this", "it", "they", "those", "these"]
}
