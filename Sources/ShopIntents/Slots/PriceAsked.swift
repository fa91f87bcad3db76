import ShopText

/// "whats the price of the xiaomi 14 ultra", "what's the group price on the mijia one", "price of
/// the kindle?": the price of one thing, which its page shows (read whole: a bargain started on
/// it, or a page of the product "price").
extension IntentEngine {
    /// The thing whose price is asked ("xiaomi 14 ultra", "mijia"), and whether it was pointed at
    /// as one in view ("the mijia one", "it"); nil when the text asks no price of one thing.
    static func priceAskedOf(_ text: String) -> (name: String, pointed: Bool)? {
        guard text.contains("price") else { return nil }
        let lowered = text.quickLowercased()
        guard let price = lowered.firstRange(of: "price ") else { return nil }
        // Only a question of what the price is: "whats the", "what is the", or the price alone.
        let before = lowered[..<price.lowerBound].split(separator: " ")
        let opening = before.drop(while: { ["so", "and", "ok", "wait", "hey", "hi", "um", "btw"].contains($0) })
        let asks = opening.prefix(3).map(String.init)
        let lead: Int
        switch asks.first {
        case "whats", "what's", "wats": lead = 1
        case "what" where asks.dropFirst().first == "is" || asks.dropFirst().first == "s": lead = 2
        case nil: lead = 0
        default: return nil
        }
        // "the", then at most one kind of price ("group", "flash", "list", "original", "current").
        let kinds = opening.dropFirst(lead)
        guard kinds.count <= 2, kinds.isEmpty || kinds.first == "the",
            kinds.count < 2 || ["group", "flash", "list", "original", "current", "sale", "usual", "normal"].contains(String(kinds.last!))
        else { return nil }
        let rest = lowered[price.upperBound...]
        guard let linking = ["of ", "on ", "for "].first(where: { rest.hasPrefix($0) }) else { return nil }
        let named = rest.dropFirst(linking.count)
        let end = named.firstIndex(where: { "?,.!".contains($0) }) ?? named.endIndex
        var words = named[..<end].split(separator: " ")
        // "the price of a rice cooker" asks what such things cost: a search.
        guard words.first != "a", words.first != "an" else { return nil }
        if words == ["it"] || words == ["this"] || words == ["that"] { return ("this", true) }
        if words.first == "the" || words.first == "that" || words.first == "this" { words.removeFirst() }
        let pointed = words.count >= 2 && words.last == "one"
        if pointed { words.removeLast() }
        // Only what ends the sentence: "price of the rice cooker under 300" is a search.
        guard (1...6).contains(words.count), named[end...].dropFirst().allSatisfy({ $0 == " " || "?!.".contains($0) }) else { return nil }
        return (words.joined(separator: " "), pointed)
    }
}
