import ShopText

/// "差二十来块包邮", "十来个就够", "30来岁": a number, 来, a measure word is "about that many"; the
/// 来 is no verb of buying ("来块" read as buying one 块 made "二十来块…那加一包湿厕纸" an order of 20).
enum RoughCounts {
    /// `text` with each such 来 left out ("二十块"), or nil when it has none.
    static func plain(_ text: String) -> String? {
        guard text.contains("来") else { return nil }
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var index = 1
        while index + 1 < scalars.count {
            if scalars[index] == "来", endsNumber(scalars[index - 1]), measures.contains(scalars[index + 1]) {
                scalars.remove(at: index)
                changed = true
            } else {
                index += 1
            }
        }
        guard changed else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// A digit, or a Chinese unit a rough number ends with (二十, 一百); not 一 ("一来" is "firstly").
    private static func endsNumber(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || "十百千万".unicodeScalars.contains(scalar)
    }

    private static let measures = Set("块元个斤岁天件分年米克瓶包盒箱次条只斤公".unicodeScalars)
}
