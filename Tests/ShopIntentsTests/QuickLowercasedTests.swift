import ShopText
import Testing

/// `quickLowercased()` answers exactly what `lowercased()` does, whether it takes its byte path
/// (ASCII, Chinese, kana, Chinese punctuation) or hands the text to the standard library.
@Suite struct QuickLowercasedTests {
    /// Characters of both kinds: caseless ones the byte path keeps, and ones with a lowercase of
    /// their own it must not miss (fullwidth Ａ, the Kelvin and Ohm signs, roman numerals, É, İ).
    static let pieces: [String] = [
        "A", "Z", "a", "z", "@", "[", "`", "{", " ", "0", "9", "¥", "µ", "·", "—", "…", "“", "”", "，", "。", "！", "？", "：", "（",
        "）", "【", "】", "、", "地址", "iPhone", "SAVE50", "ａ", "Ａ", "Ｚ", "ｚ", "K", "Ω", "Å", "Ⅻ", "Ⓐ", "É", "é", "İ", "ß", "Σ", "Ж",
        "あ", "カ", "ｶ", "가", "👍", "e\u{301}", "\u{FB00}", "豈", "\u{E000}", "\u{2070}", "\u{2080}", "\u{2126}",
    ]

    @Test func agreesWithTheStandardLibraryOnMixedText() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int(state >> 33) % Self.pieces.count]
            }
            #expect(text.quickLowercased() == text.lowercased(), "\(text)")
            let inner = ("xX" + text + "Yy").dropFirst(2).dropLast(2)
            #expect(inner.quickLowercased() == inner.lowercased(), "substring \(text)")
        }
    }

    @Test func everyCaseOfTheBytePathIsCovered() {
        #expect("ADD 2 Of The SECOND One".quickLowercased() == "add 2 of the second one")
        #expect("使用优惠券 SAVE50，好的！".quickLowercased() == "使用优惠券 save50，好的！")
        #expect("已经很低了".quickLowercased() == "已经很低了")
        #expect("ＡＢＣ全角".quickLowercased() == "ａｂｃ全角")
        #expect("\u{212A}elvin".quickLowercased() == "kelvin")
        #expect("".quickLowercased() == "")
    }
}
