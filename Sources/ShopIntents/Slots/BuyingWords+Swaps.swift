import ShopText

/// Swaps: one product said in place of another ("换成M的", "还是换回蓝月亮 一桶就行", "swap it for the
/// airpods", "the first one instead"), and what the swap names.
extension BuyingWords {
    /// Words of a swap: "换成第二个", "换个便宜的", "swap it for", "the xiaomi one instead".
    static func swaps(_ text: String) -> Bool {
        if ["换成", "换个", "换那个", "换这个", "换第", "换回"].contains(where: text.contains) { return true }
        let lowered = text.quickLowercased()
        return lowered.contains("instead") || lowered.contains("swap")
    }

    /// Whether a word of a swap is among the tokens: 换 (换成, 换回, 换第), swap, back (back to).
    static func maySwap(_ a: Analysis) -> Bool { a.tokens.contains { swapWords.contains($0.hash) } }

    private static let swapWords = Word.set(["换", "swap", "back", "instead"])

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
        let lowered = text.quickLowercased()
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
}
