import ShopText

/// "get her the churu treats then, she goes crazy for them", "grab him a kong toy too": a
/// product bought for someone, named after who it is for. Read whole it was nothing sure (or a
/// flash sale of "her").
extension IntentEngine {
    func boughtForSomeone(_ text: String) -> Parse? {
        // Bytes first: English, opening with a verb of buying.
        guard let first = text.utf8.first, [UInt8(ascii: "g"), UInt8(ascii: "b"), UInt8(ascii: "G"), UInt8(ascii: "B")].contains(first)
        else { return nil }
        let lowered = text.quickLowercased()
        let clause = lowered.split(whereSeparator: { ",.!?".contains($0) }).first.map(String.init) ?? lowered
        var words = clause.split(separator: " ").map(String.init)
        guard words.count >= 4, ["get", "grab", "buy"].contains(words[0]), ["her", "him", "them", "me", "us", "my"].contains(words[1]),
            ["the", "a", "an", "some"].contains(words[2])
        else { return nil }
        // Bought for her, him or them, the name may be one the lexicon lacks ("churu treats":
        // the add says so if the shop has none); for me or us, it must name something.
        let forSomeone = ["her", "him", "them"].contains(words[1])
        words = Array(words.dropFirst(3))
        while let last = words.last, ["then", "too", "pls", "please", "as", "well"].contains(last) { words.removeLast() }
        guard (1...4).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }),
            case let named = words.joined(separator: " "), forSomeone || BuyingWords.namesCatalogThing(named, engine: self)
        else { return nil }
        return Parse(intent: .cartAdd, confidence: 0.9, slots: slots("add " + named, as: .cartAdd))
    }
}
