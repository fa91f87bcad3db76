import ShopText

/// English counts said around a request: "2 packs of nanjiren cotton socks", "a 6 pack of philips
/// bulbs", "2 is enough", "just the 1 then", "give me all 21".
extension BuyingWords {
    /// "actually 2 is enough", "2 will do" (the count wanted: `cart.update`); "fine give me all
    /// 21", "i'll take all 3" (that many: `cart.add`). Nil otherwise.
    static func englishCount(_ text: String, _ a: Analysis) -> (IntentName, Int64)? {
        // Asked of every utterance: a hash lookup per token rules out those without the words.
        guard
            a.tokens.contains(where: { countWords.contains($0.hash) }) || text.contains(" it is") || text.contains("back to ")
                || text.contains("ake it ")
        else { return nil }
        let words = text.quickLowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" })
        // "hmm 4 is a lot actually, 3", "too many, 2": after too many, the count said last.
        if ["a lot", "too many"].contains(where: text.contains), let last = words.last, let count = Int64(last), count > 0 {
            return (.cartUpdate, count)
        }
        for (index, word) in words.enumerated() {
            // A count too large for Int64 is still that count said: the store refuses it as out of
            // range, where skipping it read the reason's "one" ("make it 99999999999999999999 so i
            // can grab one too" made an envelope of 1 share).
            let digits = !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isNumber }
            guard let count = Int64(word) ?? (digits ? Int64.max : nil), count > 0 else { continue }
            let after = words.dropFirst(index + 1).prefix(2).joined(separator: " ")
            // "ugh fine, 3 it is": settled on that many.
            if ["is enough", "are enough", "will do", "is plenty", "is fine", "it is"].contains(after) { return (.cartUpdate, count) }
            // "wait make it 4 so i can grab one too lol": the 4, not the "one" of the reason.
            if index > 1, words[index - 2] == "make", words[index - 1] == "it",
                index + 1 == words.count
                    || ["so", "because", "cuz", "coz", "since", "lol", "pls", "please", "then"].contains(words[index + 1])
            {
                return (.cartUpdate, count)
            }
            // "she might size up soon tho. back to 2 packs": the count it was.
            if index > 1, words[index - 2] == "back", words[index - 1] == "to",
                index + 1 == words.count || SlotFiller.containers.contains(String(words[index + 1]))
            {
                return (.cartUpdate, count)
            }
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

    /// "use my 30 points on it lol", "use 500 pts": English that opens by using a number of points.
    static func usesPoints(_ text: String) -> Bool {
        guard text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "u"), text.contains("p") else { return false }
        let words = text.quickLowercased().split(whereSeparator: { " ,.!?".contains($0) })
        guard words.first == "use", let points = words.firstIndex(where: { ["points", "point", "pts"].contains($0) }) else { return false }
        return words[..<points].contains { Int64($0) != nil }
    }

    /// "2 packs of nanjiren cotton socks", "3 bottles of shampoo": a count, a container and what
    /// is wanted, said first: the count and the name.
    /// `text` without a leading "and ", "also ", "plus ", "+ " or "& ".
    static func withoutLeadingAnd(_ text: String) -> Substring {
        var rest = Substring(text)
        // Compared as bytes: `Substring.hasPrefix` walks characters, and this runs on every parse.
        while let lead = leadingAnds.first(where: { rest.utf8.starts(with: $0) }) {
            rest = rest.dropFirst(lead.count)
        }
        return rest
    }

    private static let leadingAnds = ["and ", "And ", "also ", "Also ", "plus ", "+ ", "& ", "+"].map { Array($0.utf8) }

    static func countedContainer(_ text: String) -> (count: Int64, name: String)? {
        var words = text.quickLowercased().split(separator: " ")[...]
        // "…eggs pls", "…masks too": politeness and "too" are no part of the name.
        while let last = words.last, ["pls", "please", "plz", "too", "thx", "thanks"].contains(last) { words = words.dropLast() }
        // "and a bag of three squirrels pecans": one more thing, said on from the last.
        while let first = words.first, ["and", "also", "plus", "oh", "ok", "+", "&"].contains(first) { words = words.dropFirst() }
        // "a box of free range eggs": one.
        let said = words.first.map { ["a", "an", "one"].contains($0) ? "1" : String($0) } ?? ""
        guard words.count >= 4, let count = Int64(said), count > 0, SlotFiller.containers.contains(String(words[words.startIndex + 1])),
            words[words.startIndex + 2] == "of"
        else {
            return nil
        }
        var name = words.dropFirst(3)
        // "2 packs of the chando sheet masks": the article neither.
        if name.first == "the", name.count > 1 { name = name.dropFirst() }
        return (count, name.joined(separator: " "))
    }

    private static let countWords = Word.set(["enough", "do", "all", "lot", "just", "many"])

    /// "a 6 pack of philips bulbs", "an 8-pack of batteries": the pack size, part of the name ("6 pack").
    static func packInName(_ text: String) -> String? {
        guard text.contains("pack") || text.contains("Pack") else { return nil }
        let words = text.quickLowercased().split(separator: " ")
        for index in words.indices.dropLast(2) where ["a", "an", "one"].contains(words[index]) {
            let size = words[index + 1]
            if let number = Int(size), number > 1, words[index + 2] == "pack", index + 3 < words.count, words[index + 3] == "of" {
                return "\(number) pack"
            }
            if size.hasSuffix("-pack"), let number = Int(size.dropLast(5)), number > 1, words[index + 2] == "of" { return "\(number) pack" }
        }
        return nil
    }

    /// "x vs y", "x versus y": a comparison asked, whatever else the words sound like.
    static func setsAgainst(_ text: String) -> Bool {
        // Byte searches, no lower-casing: asked of every utterance.
        text.contains(" vs") && (text.contains(" vs ") || text.contains(" vs. ")) || text.contains(" versus ")
    }

    /// "2 li-ning hoodies": English that opens with a small count right before product words.
    static func opensWithCount(_ a: Analysis) -> Bool {
        guard let first = a.entities.first, first.start == 0, first.kind == .number, a.tokens[0].kind == .number,
            first.value % 100 == 0, (1...20).contains(first.value / 100), first.end < a.tokens.count,
            a.tokens[first.end].kind == .word, !timeUnits.contains(a.tokens[first.end].hash)
        else { return false }
        // "2 li-ning hoodies": a brand or a product may follow, nothing else ("5 stars").
        guard let next = a.entities.dropFirst().first, next.start == first.end else { return true }
        return next.kind == .lexicon
    }

    private static let timeUnits = Word.set([
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "mins", "times",
    ])

    /// "ok the cheaper one", "the best rated one then": one of those shown, picked by price or
    /// rating, with nothing else said, is the one bought ("more expensive" has no superlative to
    /// pick by, so it is left to the classifier; "higher rated" of two is the best rated).
    static func picksBySuperlative(_ text: String) -> Bool {
        // Asked of every utterance: only short text ending in "one…" is looked at closer.
        guard text.utf8.count <= 40, text.contains("one"), text.contains("cheap") || text.contains("rated") else { return false }
        var words = text.quickLowercased().split(whereSeparator: { !$0.isLetter })
        // "get the higher rated one": a verb of buying says no more than the pick does.
        while let first = words.first, ["ok", "okay", "alright", "fine", "then", "so", "get", "buy", "take", "ill", "i'll"].contains(first)
        {
            words.removeFirst()
        }
        while let last = words.last, ["then", "please", "pls", "plz"].contains(last) { words.removeLast() }
        guard words.count >= 3, words.first == "the", words.last == "one" else { return false }
        return ["cheaper", "cheapest", "best rated", "higher rated", "better rated"].contains(
            words.dropFirst().dropLast().joined(separator: " "))
    }
}
