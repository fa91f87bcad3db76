import ShopText

/// "20000的那个多少钱", "那10000的呢", "宝路那个7.5kg的多少钱", "20kg的我这种新手用得了吗": a product
/// named by a number in its name (its capacity, its size), then 的. Read with 那个 as pointing,
/// the one on screen was meant; read whole, the words after it were a name ("种新手用得").
enum SpecNamed {
    /// The number (and its unit's letters) said right before 的, at the text's opening (after 那,
    /// 就, 还是) or after a name and 那个: "20000", "7.5kg", "宝路7.5kg".
    static func spec(in text: String) -> String? {
        guard let digit = text.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let spec = text[digit...].prefix { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == ".") }
        guard spec.count >= 2, text[spec.endIndex...].hasPrefix("的") else { return nil }
        var before = text[..<digit]
        for lead in ["还是", "那就", "那", "就", "要"] where before.hasPrefix(lead) {
            before = before.dropFirst(lead.count)
            break
        }
        if before.isEmpty { return String(spec) }
        // A name, then 那个 or 那款: "宝路那个".
        guard let pointer = ["那个", "那款", "的"].first(where: before.hasSuffix) else { return nil }
        let name = before.dropLast(pointer.count)
        guard (1...6).contains(name.count), name.unicodeScalars.allSatisfy(Language.isHan) else { return nil }
        return String(name) + String(spec)
    }
}
