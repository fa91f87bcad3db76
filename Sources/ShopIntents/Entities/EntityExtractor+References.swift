import ShopText

/// SKUs, ordinals ("the second one", "2nd", "第二个", "the first two") and codes ("save50").
extension EntityExtractor {
    /// `P` and four digits, any case.
    func sku(_ u: Utterance, _ token: Token) -> String? {
        guard token.length == 5, u.text[Int(token.start)] == 0x70 else { return nil }
        for index in Int(token.start + 1)..<Int(token.end) where !Utterance.isDigit(u.text[index]) { return nil }
        return "P" + u.string(from: Int(token.start) + 1, to: Int(token.end))
    }

    /// Letters with digits ("save50", "k7q2xm", "g12"): codes for coupons, shares, group buys.
    func code(_ u: Utterance, _ token: Token) -> String? {
        var letters = 0
        var digits = 0
        for index in Int(token.start)..<Int(token.end) {
            if Utterance.isDigit(u.text[index]) { digits += 1 } else { letters += 1 }
        }
        guard letters > 0, digits > 0, token.length <= 24 else { return nil }
        // Chat spellings ("grab it b4 its gone", "gr8") are words, unless typed as a code is.
        guard (0x41...0x5A).contains(u.original[Int(token.start)]) || !Self.chatSpellings.contains(token.hash) else { return nil }
        return u.string(token).uppercased()
    }

    static let chatSpellings = Word.set(["b4", "gr8", "l8r", "w8", "2day", "2nite", "2moro", "4u", "any1", "some1", "no1", "every1"])

    /// "6TJ3PV", "open share 8HKQWE": a code that opens with digits, which the tokenizer cuts into a
    /// number and a word. One code when the word is written against the digits and mixes in digits
    /// itself or is typed in capitals; "5kg", "2packs", "128GB" and "5G" stay a number and a unit.
    func codeAfterDigits(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        guard tokens[i].kind == .number, i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].start == tokens[i].end,
            (Int(tokens[i].start)..<Int(tokens[i].end)).allSatisfy({ Utterance.isDigit(u.text[$0]) })
        else { return nil }
        let word = tokens[i + 1]
        guard !Word.units.contains(word.hash), !Word.countNouns.contains(word.hash) else { return nil }
        let mixed = code(u, word) != nil
        let capitals = word.wasUpperCase && word.length >= 3
        guard mixed || capitals, tokens[i].length + word.length <= 24 else { return nil }
        return Entity(kind: .code, start: i, end: i + 2, text: (u.string(tokens[i]) + u.string(word)).uppercased())
    }

    /// A model number written with its maker's prefix ("AT-Y2844N", "hd-l2925f"): one code, so
    /// the prefix is not read as a word ("at" of "take a cut at B8").
    func modelNumber(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        guard i + 2 < tokens.count, tokens[i].length <= 4, tokens[i + 1].kind == .symbol, tokens[i + 2].kind == .word else { return nil }
        let prefix = tokens[i]
        let rest = tokens[i + 2]
        guard tokens[i + 1].start == prefix.end, rest.start == prefix.end + 1, u.text[Int(prefix.end)] == 0x2D, code(u, rest) != nil
        else { return nil }
        for index in Int(prefix.start)..<Int(prefix.end) where !Utterance.isLetter(u.text[index]) { return nil }
        let text = (u.string(prefix) + "-" + u.string(rest)).uppercased()
        return Entity(kind: .code, start: i, end: i + 3, text: text)
    }

    /// "1+2" (Nescafe 1+2), "3+1", "7-in-1", "7 in 1": numbers joined by a plus or an "in" name a
    /// product, never a count ("add nescafe 1+2 for the office" added two, "the anker 7 in 1 hub"
    /// seven).
    func numbersJoined(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        guard i + 2 < tokens.count, Self.isDigits(u, tokens[i]) else { return nil }
        let next = tokens[i + 1]
        if next.kind == .symbol, u.text[Int(next.start)] == 0x2B, next.start == tokens[i].end, tokens[i + 2].start == next.end,
            Self.isDigits(u, tokens[i + 2])
        {
            return Entity(kind: .code, start: i, end: i + 3, text: u.string(tokens[i]) + "+" + u.string(tokens[i + 2]))
        }
        // "7 in 1" or "7-in-1": the hyphens, if any, are tokens of their own.
        var k = i + 1
        if tokens[k].kind == .symbol, u.text[Int(tokens[k].start)] == 0x2D { k += 1 }
        guard k + 1 < tokens.count, tokens[k].kind == .word, u.string(tokens[k]).quickLowercased() == "in" else { return nil }
        k += 1
        if tokens[k].kind == .symbol, u.text[Int(tokens[k].start)] == 0x2D { k += 1 }
        guard k < tokens.count, Self.isDigits(u, tokens[k]) else { return nil }
        return Entity(kind: .code, start: i, end: k + 1, text: u.string(tokens[i]) + "-in-" + u.string(tokens[k]))
    }

    private static func isDigits(_ u: Utterance, _ token: Token) -> Bool {
        token.length <= 2 && (Int(token.start)..<Int(token.end)).allSatisfy { Utterance.isDigit(u.text[$0]) }
    }

    static let ordinalWords: HashIndex = {
        let names = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ]
        var table = HashIndex()
        for (index, name) in names.enumerated() { table.set(Word.h(name), Int32(index + 1)) }
        for (typo, value) in [
            ("frist", 1), ("secnd", 2), ("seccond", 2), ("thrid", 3), ("fouth", 4), ("forth", 4), ("fith", 5), ("ninth", 9), ("nineth", 9),
        ] {
            table.set(Word.h(typo), Int32(value))
        }
        return table
    }()

    func ordinalValue(_ u: Utterance, _ token: Token) -> Int64? {
        guard token.kind == .word else { return nil }
        if let value = Self.ordinalWords[token.hash] { return Int64(value) }
        // "2nd", "10th"
        let first = u.text[Int(token.start)]
        guard Utterance.isDigit(first), token.length >= 3 else { return nil }
        var value: Int64 = 0
        for index in Int(token.start)..<Int(token.end) - 2 {
            let s = u.text[index]
            guard Utterance.isDigit(s) else { return nil }
            value = min(value * 10 + Int64(s - 0x30), 1_000_000)
        }
        return value
    }

    func ordinal(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        let token = tokens[i]
        if token.kind == .cjk { return chineseOrdinal(u, at: i) ?? chineseLast(u, at: i) }
        guard token.kind == .word else { return nil }
        var j = i
        if token.hash == Word.the, i + 1 < tokens.count { j += 1 }
        if tokens[j].hash == Word.top || Word.ordinalLeads.contains(tokens[j].hash) {
            // "top 3" → the first three; "number 2", "item 2" → the second.
            var k = j + 1
            if k < tokens.count, tokens[k].kind == .clauseBreak, tokens[j].hash == Word.no { k += 1 } // "no. 2"
            guard k < tokens.count, tokens[k].kind == .number || NumberReader.units[tokens[k].hash] != nil,
                let reading = NumberReader.read(u, at: k), reading.isWhole, reading.whole > 0
            else { return nil }
            if tokens[j].hash == Word.top {
                guard reading.whole <= 20 else { return nil }
                return Entity(kind: .ordinals, start: i, end: absorbNouns(u, reading.end), list: Array(1...reading.whole))
            }
            return Entity(kind: .ordinal, start: i, end: reading.end, value: reading.whole)
        }
        guard let value = ordinalValue(u, tokens[j]) else { return nil }
        var end = j + 1
        // "the first two", "first 3"
        if value == 1, end < tokens.count, tokens[end].kind == .number || NumberReader.units[tokens[end].hash] != nil,
            let reading = NumberReader.read(u, at: end), reading.isWhole, reading.whole >= 2, reading.whole <= 20
        {
            return Entity(kind: .ordinals, start: i, end: absorbNouns(u, reading.end), list: Array(1...reading.whole))
        }
        end = absorbNouns(u, end)
        return Entity(kind: .ordinal, start: i, end: end, value: value)
    }

    /// "one", "item", "product" after an ordinal belong to it; so do "on the list" etc.
    func absorbNouns(_ u: Utterance, _ i: Int) -> Int {
        var end = i
        if end < u.tokens.count, Word.ordinalNouns.contains(u.tokens[end].hash) { end += 1 }
        return end
    }

    /// "the last one", "last item", "the last" (at the end): the tokens, if `a` says so. Not an
    /// entity: in English "cancel the last one" is as often the newest order, and the classifier
    /// reads these words as it always has; only a product slot takes them for a place in the list.
    static func englishLast(_ a: Analysis) -> Range<Int>? {
        let tokens = a.tokens
        for (k, token) in tokens.enumerated() where token.hash == lastWord {
            let start = k > 0 && tokens[k - 1].hash == Word.the ? k - 1 : k
            if k + 1 < tokens.count, Word.ordinalNouns.contains(tokens[k + 1].hash) {
                return start..<k + 2
            }
            if start < k, k + 1 == tokens.count || tokens[k + 1].kind == .clauseBreak { return start..<k + 1 }
        }
        return nil
    }

    private static let lastWord = Word.h("last")
    private static let zhZui = Word.h("最"), zhHou = Word.h("后")
    private static let zhPointers = Word.set(["一", "那", "这"])

    /// "最后一个", "最后那款", "最后这件": the list's last. A measure word must follow: 最后 alone is
    /// "in the end".
    func chineseLast(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        guard tokens[i].hash == Self.zhZui, i + 2 < tokens.count, tokens[i + 1].hash == Self.zhHou else { return nil }
        var end = i + 2
        if Self.zhPointers.contains(tokens[end].hash) { end += 1 }
        guard end < tokens.count, Word.zhClassifiers.contains(tokens[end].hash) else { return nil }
        return Entity(kind: .ordinal, start: i, end: end + 1, value: Entity.last)
    }

    /// "第二个", "第2款", "前两个".
    func chineseOrdinal(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        let lead = tokens[i].hash
        guard lead == Word.zhDi || lead == Word.zhQian, i + 1 < tokens.count,
            let reading = NumberReader.read(u, at: i + 1), reading.isWhole, reading.whole > 0
        else { return nil }
        var end = reading.end
        let hasClassifier = end < tokens.count && Word.zhClassifiers.contains(tokens[end].hash)
        if hasClassifier { end += 1 }
        if lead == Word.zhQian {
            guard hasClassifier, reading.whole <= 20, reading.whole >= 2 else { return nil }
            return Entity(kind: .ordinals, start: i, end: end, list: Array(1...reading.whole))
        }
        return Entity(kind: .ordinal, start: i, end: end, value: reading.whole)
    }
}
