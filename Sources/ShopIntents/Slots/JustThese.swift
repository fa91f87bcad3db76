import ShopText

/// "just the mouse then", "ok so just the wok and the cutting board then": after an order is
/// cancelled or a plan changes, buying only these (read whole: a search for their words).
extension IntentEngine {
    /// The add these words make, or nil when they are not "just the …".
    func justThese(_ text: String) -> Parse? {
        guard text.contains("just the ") else { return nil }
        var words = text.quickLowercased().split(separator: " ")
        if words.last == "then" || words.last == "then." || words.last == "pls" || words.last == "please" { words.removeLast() }
        let opening = words.prefix { ["ok", "ok,", "okay", "so", "fine", "alright", "hmm", "well"].contains($0) }
        let rest = words.dropFirst(opening.count)
        guard rest.first == "just", rest.dropFirst().first == "the", rest.count >= 3, rest.count <= 10 else { return nil }
        let reading = parse("add " + rest.dropFirst().joined(separator: " "))
        guard reading.intent == .cartAdd, reading.confidence >= 0.9, reading.slots[.product] != nil || reading.slots[.products] != nil
        else { return nil }
        // ("just the two of us" read as "add two of those": no thing of its own named.)
        if case .string(let named)? = reading.slots[.product], ["those", "them", "it", "this", "that", "these"].contains(named) {
            return nil
        }
        return reading
    }
}
