import ShopCommerce
import Testing

@testable import ShopConversation

/// Product names are compared lowered and without spaces (ProductResolver.closest); the byte walk
/// that does it must agree with the standard library's `lowercased()` and `isWhitespace`.
@Suite struct SqueezedNameTests {
    @Test func agreesWithTheStandardLibrary() {
        let spaces = [
            "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", " ", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}",
            "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\r\n",
        ]
        let others = ["美的", "电饭煲", "iPhone", "15", "Génifique", "ＫＴ", "\u{212A}", "🎉", "\u{200B}", "\u{2010}", "\u{2030}", "\u{3001}", "x"]
        var random = SeededRandom(seed: 45)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 8) {
                let pool = random.next() % 3 == 0 ? spaces : others
                text += pool[Int(random.next() % UInt64(pool.count))]
            }
            #expect(ProductResolver.squeezed(text) == text.lowercased().filter { !$0.isWhitespace }, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(ProductResolver.squeezed("美的 电饭煲\u{3000}4L") == "美的电饭煲4l")
    }
}
