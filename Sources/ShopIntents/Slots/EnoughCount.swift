import ShopText

/// "两个就够了", "一个就行", "2个够了", "one is enough", "just two is fine": a count said to be
/// enough with nothing named — a new count of the line just touched, or of the one in view (the
/// conversation decides which). Before, the Chinese forms searched "够" or said goodbye, and
/// English number words were not understood ("1 is enough" was).
enum EnoughCount {
    static func count(_ text: String) -> Int64? {
        guard text.utf8.count <= 40 else { return nil }
        return text.containsByte(where: { $0 >= 0x80 }) ? chinese(text) : english(text)
    }

    private static func chinese(_ text: String) -> Int64? {
        // Byte search first: asked of every short Chinese text the classifier reads.
        guard text.contains("够") || text.contains("就行") || text.contains("就好") || text.contains("就可以") else { return nil }
        var rest = Substring(text.trimmingCharacters())
        for lead in ["其实", "那就", "还是", "只要", "就要", "那", "要", "就"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count).drop { $0 == " " || $0 == "，" || $0 == "," }
            break
        }
        while let last = rest.last, "吧啊呀哈了啦哦。！!~～ ".contains(last) { rest = rest.dropLast() }
        guard let enough = enoughWords.first(where: { rest.hasSuffix($0) }) else { return nil }
        rest = rest.dropLast(enough.count)
        while rest.last == " " { rest = rest.dropLast() }
        guard rest.count >= 2, rest.dropLast().allSatisfy({ $0.isNumber || BuyingWords.chineseNumbers.contains($0) }),
            !rest.contains("几")
        else { return nil }
        return BuyingWords.trailingCount(String(rest)).flatMap { $0 > 0 ? $0 : nil }
    }

    /// The words of enough a named count takes (BuyingWords), and 够 alone; 就够 before 够.
    private static let enoughWords = BuyingWords.enoughWords + ["就足够", "足够", "够"]

    private static func english(_ text: String) -> Int64? {
        guard text.contains("enough") || text.contains("fine") || text.contains("plenty") else { return nil }
        var words = text.quickLowercased().split(whereSeparator: { " ,.!".contains($0) })[...]
        while let first = words.first, ["ok", "okay", "actually", "just", "only", "oh", "hmm", "nah", "no"].contains(first) {
            words = words.dropFirst()
        }
        while let last = words.last, ["thanks", "thx", "pls", "please", "then", "tbh"].contains(last) { words = words.dropLast() }
        guard words.count >= 2, let first = words.first, let count = Int64(first) ?? numbers[String(first)], count > 0,
            ["enough", "fine", "plenty"].contains(String(words.last!))
        else { return nil }
        let between = words.dropFirst().dropLast().map(String.init)
        return [[], ["is"], ["are"], ["will", "be"], ["would", "be"], ["should", "be"], ["is", "just"], ["is", "probably"]]
            .contains(between) ? count : nil
    }

    private static let numbers: [String: Int64] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]
}
