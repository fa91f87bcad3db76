import ShopText

extension IntentEngine {
    /// "huawei watch gt 4 or apple watch s9?", "… hes been hinting at a smartwatch lol. huawei
    /// watch gt 4 or apple watch s9?": two things the shop has, set either side of "or" in an
    /// English question, are compared as "vs" would set them (read whole, "s9" was a coupon to
    /// claim). Nil unless both sides name something the shop has.
    func eitherAsked(_ text: String) -> Parse? {
        // Byte searches first: asked of English readings that are not already comparisons.
        // "vs" compares, asked or not ("li-ning feidian 3 vs anta c202?" claimed a coupon C202).
        let versus = text.contains(" vs ") || text.contains(" vs. ")
        guard versus || text.contains(" or ") && (text.contains("?") || text.contains("which")),
            !text.containsByte(where: { (0xE3...0xE9).contains($0) })
        else {
            return nil
        }
        let joiner = versus ? (text.contains(" vs. ") ? " vs. " : " vs ") : " or "
        let sentence = Self.sentences(of: text).last(where: { $0.contains(joiner) }) ?? text
        guard let cut = sentence.ranges(of: joiner).last else { return nil }
        var left = sentence[..<cut.lowerBound].quickLowercased()
        var right = Substring(sentence[cut.upperBound...].quickLowercased())
        while let last = right.last, last == "?" || last == " " { right = right.dropLast() }
        // What is asked before the first name: "which is better, …", "should i get …".
        if let comma = left.lastIndex(of: ",") { left = String(left[left.index(after: comma)...]) }
        // After a story's emoji: "…a gaming laptop finally 😤 legion y7000p vs xiaoxin pro 14?".
        if let emoji = left.unicodeScalars.lastIndex(where: { $0.value >= 0x1F000 }) {
            left = String(left.unicodeScalars[left.unicodeScalars.index(after: emoji)...])
        }
        // Both name the shop's things, or one does and the other is a short name ("mijia 4 or
        // the gree one?": the lexicon may lack a model's words).
        let naming = [left, String(right)].filter { BuyingWords.namesCatalogThing($0, engine: self) }.count
        let short = [left, String(right)].allSatisfy { $0.split(separator: " ").count <= 4 }
        guard naming == 2 || naming == 1 && short else { return nil }
        let reading = parse("compare " + left + " vs " + String(right))
        guard reading.intent == .productCompare, case .list(let items)? = reading.slots[.products], items.count == 2 else { return nil }
        return reading
    }
}
