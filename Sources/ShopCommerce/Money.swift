import ShopText

/// Money is integer fen (1/100 yuan) everywhere; this only formats and parses it.
public enum Money {
    /// `1290` → `"¥12.90"`, `-50` → `"-¥0.50"`.
    public static func format(_ fen: Int64) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return "\(sign)¥\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Parses yuan with at most two decimals (`"199"`, `"199.9"`, `"199.00"`) into fen.
    /// Returns nil for anything else, including negatives, exponents and more decimals.
    public static func parseYuan(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int64(whole)
        else { return nil }
        var fen = yuan * 100
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(decimals)
            else { return nil }
            fen += decimals.count == 1 ? value * 10 : value
        }
        return fen
    }
}
