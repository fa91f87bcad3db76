import ShopText

/// "whats the bear one like, the multi cooker", "…4.8k is insane 😩 whats the xiaomi pad 6 like?":
/// English asking what one product is like; the name is what "the" and "like" enclose (its "one"
/// dropped), and "the …" said right after adds to it.
extension IntentEngine {
    /// The product words of such a question, or nil.
    static func whatIsLike(_ text: String) -> String? {
        guard text.contains(" like") else { return nil }
        let lowered = text.quickLowercased()
        guard let lead = ["what's the ", "whats the ", "what is the ", "wats the "].compactMap({ lowered.firstRange(of: $0) }).first,
            lead.lowerBound == lowered.startIndex || lowered[lowered.index(before: lead.lowerBound)] == " "
        else { return nil }
        let rest = lowered[lead.upperBound...]
        let end = rest.firstIndex(where: { "?,.!".contains($0) }) ?? rest.endIndex
        var words = rest[..<end].split(separator: " ")
        guard words.last == "like", words.count >= 2 else { return nil }
        words.removeLast()
        if words.last == "one" || words.last == "ones" { words.removeLast() }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        var name = words.joined(separator: " ")
        // ", the multi cooker": what it is, said after.
        let after = rest[end...].drop { ", ".contains($0) }
        if after.hasPrefix("the ") {
            let more = after.dropFirst(4).prefix { !"?,.!".contains($0) }.split(separator: " ")
            if (1...4).contains(more.count) { name += " " + more.joined(separator: " ") }
        }
        return name
    }
}
