import ShopText

/// "what woks do you have", "what down coats do u have", "which lamps do you sell": asked what
/// the shop has of one kind, which is a search for it. "what do you have" (nothing between)
/// asks for the categories, and "what brands do you have" for another list.
extension IntentEngine {
    /// The kind asked for, as said ("woks", "down coats"), if `text` is such a question.
    func kindAsked(_ text: String) -> String? {
        if let kind = Self.kindAskedFor(text) { return kind }
        // Byte checks rule out most text: the question opens with "what" or "which" and ends on
        // having, selling or carrying.
        guard text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "w"),
            text.contains(" have") || text.contains(" sell") || text.contains(" got")
                || text.contains(" carry")
        else { return nil }
        var said = Substring(text.quickLowercased())
        while let last = said.last, "?!. ".contains(last) { said = said.dropLast() }
        guard let open = Self.kindOpenings.first(where: said.hasPrefix), let close = Self.kindClosings.first(where: said.hasSuffix)
        else { return nil }
        let kind = said.dropFirst(open.count).dropLast(close.count).trimmingCharacters()
        let words = kind.split(separator: " ")
        guard (1...4).contains(words.count), !words.contains(where: { Self.notAKind.contains(String($0)) }) else { return nil }
        return kind
    }

    /// "…my kitchen has literally nothing. what do u have for hot pot": the kind asked for at the
    /// end, whatever story went before (it read as the reviews of "hot pot").
    static func kindAskedFor(_ text: String) -> String? {
        guard text.contains(" for ") else { return nil }
        var said = Substring(text.quickLowercased())
        while let last = said.last, "?!. ".contains(last) { said = said.dropLast() }
        guard let opening = forOpenings.first(where: { said.contains($0) }), var ask = said.firstRange(of: opening) else { return nil }
        // The last time it is asked.
        while let later = said[ask.upperBound...].firstRange(of: opening) { ask = later }
        let kind = said[ask.upperBound...].trimmingCharacters()
        let words = kind.split(separator: " ")
        guard (1...3).contains(words.count),
            !words.contains(where: { notAKind.contains(String($0)) || ["me", "my", "you", "u"].contains($0) })
        else { return nil }
        return kind
    }

    private static let forOpenings = ["what do you have for ", "what do u have for ", "what have you got for ", "got anything for "]

    private static let kindOpenings = [
        "what kind of ", "what kinds of ", "what sort of ", "what type of ", "what types of ", "what ", "which ",
    ]
    private static let kindClosings = [
        " do you have", " do u have", " do ya have", " do you guys have", " do you sell", " do u sell", " do you carry",
        " do you have in stock", " have you got", " you got", " do you got", " do u got",
    ]
    /// Words that ask for another list than a kind of product.
    private static let notAKind: Set<String> = [
        "else", "other", "brands", "brand", "stores", "store", "shops", "categories", "category", "deals", "coupons", "coupon",
        "sales", "discounts", "offers", "sizes", "colors", "colours", "flavors", "flavours", "payment", "options", "stuff",
        "things", "products", "items", "departments", "department", "sections", "goods", "aisles", "else's", "time", "hours", "kind",
        "kinds", "sort", "type", "types", "languages",
    ]
}
