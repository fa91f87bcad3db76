import ShopText

/// "发到开黑群里 看谁上车": a share whose product words are a remark's (谁上车) from another
/// clause than the one that sends; that clause alone is the share (of the one in focus).
extension IntentEngine {
    func sharedWithoutRemark(_ text: String, over whole: Parse) -> Parse? {
        guard whole.intent == .shareProduct, whole.slots[.recipient] != nil, let words = whole.slots[.product]?.stringValue,
            words != "this", text.containsByte(where: { $0 >= 0xE4 }), !BuyingWords.namesCatalogThing(words, engine: self)
        else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count >= 2 else { return nil }
        // The remark follows the clause that sends ("分享给@小雨" after a story names what is sent).
        guard let remark = clauses.firstIndex(where: { $0.contains(words) }), remark > 0 else { return nil }
        for clause in clauses[..<remark] {
            let reading = parse(clause)
            if reading.intent == .shareProduct, reading.slots[.recipient] != nil { return reading }
        }
        return nil
    }
}
