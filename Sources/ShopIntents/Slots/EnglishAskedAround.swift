import ShopText

/// English asked with words the classifier misreads: "anyone reviewed the nike pegasus 40?" (a
/// count change of the pegasus), "is there an anker store on here" (a follow), "i want to send the
/// scarf back" (a share to "send"), "screw it, add them" (an add of "screw").
extension IntentEngine {
    func askedAround(_ text: String) -> Parse? {
        // Bytes first, asked of every utterance: one of the words each reading needs, however cased.
        guard Self.telling.contains(where: { text.contains($0) }), !text.containsByte(where: { (0xE3...0xE9).contains($0) }) else {
            return nil
        }
        let lowered = text.quickLowercased()
        // "screw it, add them": giving in, then the request (it added "screw", a word of a product's name).
        if let givingIn = Self.givingIn.first(where: { lowered.hasPrefix($0) }), case let after = lowered.dropFirst(givingIn.count),
            after.first == "," || after.first == " "
        {
            let rest = after.drop(while: { $0 == "," || $0 == " " })
            return rest.isEmpty ? nil : parse(String(rest))
        }
        if lowered.hasPrefix("anyone reviewed") || lowered.hasPrefix("has anyone reviewed") || lowered.hasPrefix("anybody reviewed") {
            return Parse(intent: .productReviews, confidence: 0.9, slots: slots(firstSentence(lowered), as: .productReviews))
        }
        if lowered.contains(" store"), let store = storeAskedAfter(lowered) {
            return Parse(intent: .storeShow, confidence: 0.9, slots: [.store: store])
        }
        if lowered.contains("send the "), lowered.contains(" back"), let sentBack = sentBack(lowered) { return sentBack }
        return nil
    }

    private static let telling = ["crew it", "f it", "ck it", "hatever", "eviewed", "tore", "end the"]
    private static let givingIn = ["screw it", "eh screw it", "f it", "fuck it", "whatever"]

    private func firstSentence(_ lowered: String) -> String {
        String(lowered.split(whereSeparator: { "?!.".contains($0) }).first ?? lowered[...])
    }

    /// "is there an anker store on here", "do you have a xiaomi store": the store named.
    private func storeAskedAfter(_ lowered: String) -> SlotValue? {
        let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        guard let store = words.firstIndex(of: "store"), store >= 3 else { return nil }
        let asks = words[..<store].joined(separator: " ")
        guard
            ["is there a", "is there an", "do you have a", "do you have an", "do u have a", "do u have an", "got a", "got an"]
                .contains(where: { asks.hasSuffix($0 + " " + words[store - 1]) })
        else { return nil }
        let slots = slots(String(words[store - 1]) + " store", as: .storeShow)
        return slots[.store]
    }

    /// "so i want to send the scarf back": the return of the thing between "send the" and "back".
    private func sentBack(_ lowered: String) -> Parse? {
        let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" })
        guard let send = words.lastIndex(of: "send"), send + 2 < words.count, words[send + 1] == "the",
            let back = words[(send + 2)...].firstIndex(of: "back"), (1...3).contains(back - send - 2)
        else { return nil }
        let named = words[(send + 2)..<back].joined(separator: " ")
        return Parse(intent: .orderReturn, confidence: 0.9, slots: [.product: .string(named)])
    }
}
