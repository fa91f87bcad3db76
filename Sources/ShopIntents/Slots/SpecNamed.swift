import ShopText

/// "20000的那个多少钱", "那10000的呢", "就10000的吧 来一个": a product named by a number in its name
/// (its capacity, its size), then 的. Read with 那个 as pointing, the one on screen was meant.
enum SpecNamed {
    /// The number (and its unit's letters) said right before 的, when the text opens with it
    /// (after 那, 就, 还是): "20000", "7.5kg".
    static func spec(in text: String) -> String? {
        var rest = Substring(text)
        for lead in ["还是", "那就", "那", "就", "要"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        let spec = rest.prefix { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == ".") }
        guard let first = spec.first, first.isNumber, spec.count >= 2, rest.dropFirst(spec.count).hasPrefix("的") else { return nil }
        return String(spec)
    }
}
