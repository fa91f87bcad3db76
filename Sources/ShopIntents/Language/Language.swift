import ShopText

/// A language the shop speaks (PROTOCOL.md §4a): every reply is written in one of these.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case en, zh

    /// The language `text` is written in, if it says: Chinese characters make it Chinese, a Latin
    /// word makes it English. Digits, codes ("P1001", "SAVE50"), "@bob", "ok" and emoji say
    /// nothing: a Chinese shopper answers "2" or "ok" too, and is still talking Chinese.
    public static func of(_ text: some StringProtocol) -> Language? {
        var sawWord = false
        var word: [UInt8] = []
        var wordHasDigit = false
        var afterAt = false
        func endWord() {
            defer {
                word.removeAll(keepingCapacity: true)
                wordHasDigit = false
                afterAt = false
            }
            // Once a word says English, only a Chinese character can change the answer.
            guard !sawWord, !word.isEmpty, !wordHasDigit, !afterAt else { return }
            if word.count == 1 || neutralWords.contains(word) { return }
            // "SAVE50" has a digit and is a code; "SAVE" alone in capitals is a code too.
            if word.allSatisfy({ (0x41...0x5A).contains($0) }) { return }
            sawWord = true
        }
        for scalar in text.unicodeScalars {
            if isHan(scalar) { return .zh }
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: word.append(UInt8(scalar.value))
            case 0x30...0x39:
                if word.isEmpty {
                    endWord()
                } else {
                    wordHasDigit = true
                    word.append(UInt8(scalar.value))
                }
            case 0x27, 0x2019: if !word.isEmpty { word.append(0x27) } // don't, it's
            case 0x40:
                endWord()
                afterAt = true
            default:
                let wasAt = afterAt && word.isEmpty
                endWord()
                afterAt = wasAt
            }
        }
        endWord()
        return sawWord ? .en : nil
    }

    /// Latin words Chinese speakers type too, which therefore say nothing about the language.
    static let neutralWords: Set<[UInt8]> = Set(
        ["ok", "okk", "okay", "OK", "Ok", "hi", "hello", "bye", "yes", "no", "iphone", "ipad", "vip", "wifi"].map { Array($0.utf8) })

    /// Chinese characters (CJK unified ideographs and their extension A, compatibility ideographs).
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2A6DF: true
        default: false
        }
    }

    /// The language a setting names: "zh", "中文", "chinese" → Chinese; "en", "英文" → English.
    public init?(named name: String) {
        switch name.quickLowercased() {
        case "en", "english", "英文", "英语": self = .en
        case "zh", "zh-cn", "zh-hans", "chinese", "中文", "汉语", "普通话": self = .zh
        default: return nil
        }
    }
}
