import Foundation
import Testing

@testable import ShopIntents

/// The engine's own `contains` (UTF-8 bytes) finds exactly what Foundation's does, on the kinds
/// of text shoppers type: English, Chinese without spaces, both mixed, emoji, substrings.
@Suite struct ByteContainsTests {
    static let texts = [
        "", "a", "address", "delete the springfield address", "删掉杭州那个地址", "我的默认地址是哪个", "寄到公司", "搜iPhone 15",
        "买两包三只松鼠开心果", "ship to my office: 5 Main St", "家里猫主子的粮快吃完了，有猫粮吗", "👍好的👍", "aaab", "ａｂｃ全角", "e\u{301}",
    ]
    static let words = [
        "", "a", "ab", "aab", "address", "adress", "地址", "杭州", "公司", "有", "吗", "iphone", "iPhone", "15", "👍", "好的",
        "松鼠", "St", "st", "猫粮", "b", "ｂ", "全角", "ship to",
    ]

    @Test func agreesWithFoundationOnEveryPair() {
        for text in Self.texts {
            for word in Self.words {
                let foundation = !word.isEmpty && text.range(of: word, options: .literal) != nil
                #expect(text.contains(word) == foundation, "\(text) ∋ \(word)")
                // The same on a substring that is not at the start of its string's storage.
                let padded = "xx" + text + "yy"
                let inner = padded.dropFirst(2).dropLast(2)
                #expect(inner.contains(word) == foundation, "substring \(text) ∋ \(word)")
            }
        }
    }

    @Test func anEmptyWordIsFoundNowhere() {
        #expect(!"anything".contains(""))
        #expect(!"".contains(""))
    }

    @Test func aWordLongerThanTheTextIsNotFound() {
        #expect(!"地址".contains("地址簿"))
        #expect("地址簿".contains("地址"))
    }
}
