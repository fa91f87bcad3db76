import ShopText

/// "airpods pro 2 pls", "treat myself too lol. airpods pro 2 pls": an English clause that is a
/// name the catalog knows and "pls" is an order of it (read whole: a search, or nothing).
extension IntentEngine {
    func namedPlease(_ text: String) -> Parse? {
        guard text.hasSuffix("pls") || text.hasSuffix("plz") || text.hasSuffix("please"), !text.containsByte(where: { $0 >= 0xE3 }) else {
            return nil
        }
        let lowered = text.quickLowercased()
        guard let last = lowered.split(whereSeparator: { ".!?;,".contains($0) }).last else { return nil }
        var words = last.split(separator: " ").map(String.init)
        while let end = words.last, ["pls", "plz", "please", "thx", "too"].contains(end) { words.removeLast() }
        while let first = words.first, ["and", "also", "ok", "okay", "then", "just", "the", "a", "an"].contains(first) {
            words.removeFirst()
        }
        // A verb of its own says what to do ("search socks pls", "show me phones pls").
        guard (1...6).contains(words.count), let first = words.first, !Self.verbsOfTheirOwn.contains(first) else { return nil }
        let name = words.joined(separator: " ")
        // One product, by its brand or its model's number: a kind alone ("instant noodles pls",
        // "newborn diapers please") is looked for.
        guard BuyingWords.namesCatalogThing(name, engine: self),
            name.containsByte(where: { (0x30...0x39).contains($0) }) || namesBrand(name)
        else { return nil }
        let reading = parse("add " + name)
        return reading.intent == .cartAdd && reading.slots[.product] != nil ? reading : nil
    }

    private func namesBrand(_ text: String) -> Bool {
        Analysis(text, extractor: extractor).entities.contains { slotFiller.meaning($0)?.brand != nil }
    }

    private static let verbsOfTheirOwn: Set<String> = [
        "search", "find", "show", "look", "browse", "check", "track", "cancel", "remove", "delete", "return", "send", "share", "compare",
        "open", "follow", "unfollow", "claim", "use", "apply", "help", "tell", "what", "whats", "how", "where", "when", "is", "are",
        "do", "does", "can", "checkout", "buy", "add", "get", "grab", "empty", "clear", "no", "yes", "thanks", "thank",
    ]
}
