import ShopText

/// English asks with no verb of searching: "helmets?" (a kind said as a question, after a story
/// or alone) and "she only eats royal canin persian. u have it?" (whether the shop has the thing
/// the sentence before named). Read whole they were remarks.
extension IntentEngine {
    func thingAsked(_ text: String) -> Parse? {
        // Bytes first: English, ending in a question mark.
        guard text.utf8.last == UInt8(ascii: "?"), !text.containsByte(where: { (0xE3...0xE9).contains($0) }) else { return nil }
        let sentences = Self.sentences(of: text).map { $0.trimmingCharacters().quickLowercased() }.filter { !$0.isEmpty }
        guard let last = sentences.last else { return nil }
        let asked = String(last.dropLast().trimmingCharacters())
        if Self.haveItAsks.contains(asked) {
            // The longest run of the sentence before's last words that names something the shop has.
            guard sentences.count >= 2 else { return nil }
            let words = sentences[sentences.count - 2].split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            for length in stride(from: min(4, words.count), through: 1, by: -1) {
                let run = words.suffix(length)
                let named = run.joined(separator: " ")
                // (It opens with a name: "eats royal canin persian" is "royal canin persian".)
                let opening = [run.prefix(1), run.prefix(2)].map { $0.joined(separator: " ") }
                if opening.contains(where: { BuyingWords.namesCatalogThing($0, engine: self) }),
                    BuyingWords.namesCatalogThing(named, engine: self)
                {
                    return Parse(intent: .catalogSearch, confidence: 0.9, slots: slots("search " + named, as: .catalogSearch))
                }
            }
            return nil
        }
        // "helmets?": one to three words that name what the shop sells, nothing else.
        let words = AskedWords.withoutArticle(asked).split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }),
            case let named = words.joined(separator: " "),
            BuyingWords.namesCatalogThing(named, engine: self)
                || BuyingWords.namesCatalogThing(
                    words.map { $0.count > 3 && $0.hasSuffix("s") ? $0.dropLast() : $0 }.joined(separator: " "), engine: self)
        else { return nil }
        let reading = slots("search " + named, as: .catalogSearch)
        guard reading[.query] != nil || reading[.category] != nil || reading[.brand] != nil else { return nil }
        return Parse(intent: .catalogSearch, confidence: 0.9, slots: reading)
    }

    /// Whether the shop has "it", the thing just named.
    private static let haveItAsks: Set<String> = [
        "u have it", "you have it", "do u have it", "do you have it", "u got it", "you got it", "got it", "have it", "u sell it",
        "do you sell it", "do u sell it", "you sell it", "do you carry it", "u carry it",
    ]
}
