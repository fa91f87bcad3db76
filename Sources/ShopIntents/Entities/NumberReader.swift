import ShopText

/// A number read from tokens, in hundredths so that "8.88" and "20" share one type.
struct NumberReading: Sendable, Equatable {
    /// The value × 100 ("8.88" → 888, "20" → 2000).
    var hundredths: Int64
    /// One past the last token read.
    var end: Int
    var isDecimal: Bool
    var isWhole: Bool { hundredths % 100 == 0 }
    var whole: Int64 { hundredths / 100 }
}

/// Reads numbers as people type them: digits ("20", "8.88", "3,000", "3k"), English words
/// ("twenty-five", "a couple", "half a dozen") and Chinese numerals ("二十", "两", "三千五").
enum NumberReader {
    /// Values are capped so that arithmetic on them never overflows, whatever is typed.
    static let limit: Int64 = 1_000_000_000_000

    static func read(_ u: Utterance, at i: Int) -> NumberReading? {
        guard i < u.tokens.count else { return nil }
        let token = u.tokens[i]
        switch token.kind {
        case .number:
            var reading = multiplied(digits(u, token), u, after: i + 1)
            // "-1", "¥-20": kept negative so the conversation refuses it, never read as 1 or 20.
            if isNegated(u, token) { reading.hundredths = -reading.hundredths }
            return reading
        case .word: return words(u, at: i)
        case .cjk: return chinese(u, at: i)
        default: return nil
        }
    }

    // MARK: Digits

    private static func digits(_ u: Utterance, _ token: Token) -> (Int64, Bool) {
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var inFraction = false
        for index in Int(token.start)..<Int(token.end) {
            let s = u.text[index]
            if s == 0x2E {
                inFraction = true
            } else if s >= 0x30 && s <= 0x39 {
                let d = Int64(s - 0x30)
                if inFraction {
                    if fractionDigits < 2 {
                        fraction = fraction * 10 + d
                        fractionDigits += 1
                    }
                } else if whole < limit {
                    whole = whole * 10 + d
                }
            }
        }
        if fractionDigits == 1 { fraction *= 10 }
        return (min(whole, limit) * 100 + fraction, inFraction)
    }

    /// A minus sign right before the digits, itself at a word's start ("-5", "¥-20", "负5"), not
    /// inside a word or a range ("P-100", "3000-5000").
    private static func isNegated(_ u: Utterance, _ token: Token) -> Bool {
        let start = Int(token.start)
        guard start >= 1 else { return false }
        let sign = u.text[start - 1]
        guard sign == 0x2D || sign == 0x2212 || sign == 0x8D1F else { return false }
        guard start >= 2 else { return true }
        let before = u.text[start - 2]
        return before == 0x20 || before == 0x09 || before == 0xA5 || before == 0xFFE5 || before == 0x24 || before == 0x28
            || before >= 0x3000
    }

    /// "3k", "5 thousand", "2千", "1.5万".
    private static func multiplied(_ value: (Int64, Bool), _ u: Utterance, after i: Int) -> NumberReading {
        var reading = NumberReading(hundredths: value.0, end: i, isDecimal: value.1)
        guard i < u.tokens.count else { return reading }
        let next = u.tokens[i]
        var factor: Int64 = 1
        if next.kind == .word {
            if next.hash == Word.k && next.start == u.tokens[i - 1].end { factor = 1000 }
            if next.hash == Word.thousand { factor = 1000 }
            if next.hash == Word.hundred { factor = 100 }
        } else if next.kind == .cjk {
            factor = chineseUnit(u.text[Int(next.start)]) ?? 1
            if factor == 10 { factor = 1 } // "3十" is not how anyone writes 30
        }
        if factor > 1 {
            reading.hundredths = min(reading.hundredths, limit) * factor
            reading.end = i + 1
            reading.isDecimal = false
        }
        return reading
    }

    // MARK: English words

    static let units: HashIndex = {
        let names = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        var table = HashIndex()
        for (value, name) in names.enumerated() { table.set(Word.h(name), Int32(value)) }
        return table
    }()

    static let tens: HashIndex = {
        let names = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table = HashIndex()
        for (index, name) in names.enumerated() { table.set(Word.h(name), Int32(index + 2) * 10) }
        table.set(Word.h("fourty"), 40)
        return table
    }()

    private static func words(_ u: Utterance, at i: Int) -> NumberReading? {
        let tokens = u.tokens
        let first = tokens[i].hash
        // "a couple (of)", "a dozen", "a hundred", "half a dozen"
        if first == Word.a || first == Word.an {
            guard i + 1 < tokens.count else { return nil }
            let next = tokens[i + 1].hash
            if next == Word.couple { return NumberReading(hundredths: 200, end: skipOf(u, i + 2), isDecimal: false) }
            if next == Word.dozen { return NumberReading(hundredths: 1200, end: skipOf(u, i + 2), isDecimal: false) }
            if next == Word.hundred { return NumberReading(hundredths: 10000, end: i + 2, isDecimal: false) }
            if next == Word.thousand { return NumberReading(hundredths: 100_000, end: i + 2, isDecimal: false) }
            return nil
        }
        if first == Word.couple { return NumberReading(hundredths: 200, end: skipOf(u, i + 1), isDecimal: false) }
        if first == Word.dozen { return NumberReading(hundredths: 1200, end: skipOf(u, i + 1), isDecimal: false) }
        if first == Word.half, i + 2 < tokens.count, tokens[i + 1].hash == Word.a, tokens[i + 2].hash == Word.dozen {
            return NumberReading(hundredths: 600, end: skipOf(u, i + 3), isDecimal: false)
        }
        var j = i
        guard var value = smallNumber(u, &j) else { return nil }
        if j < tokens.count, tokens[j].hash == Word.hundred {
            value *= 100
            j += 1
            var k = j
            if k < tokens.count, tokens[k].hash == Word.and { k += 1 }
            if let rest = smallNumber(u, &k) {
                value += rest
                j = k
            }
        }
        if j < tokens.count, tokens[j].hash == Word.thousand {
            value *= 1000
            j += 1
            var k = j
            if let rest = smallNumber(u, &k) {
                value += rest
                j = k
            }
        }
        return NumberReading(hundredths: value * 100, end: j, isDecimal: false)
    }

    /// 0…99 in words: "seven", "twenty", "twenty five", "twenty-five".
    private static func smallNumber(_ u: Utterance, _ j: inout Int) -> Int64? {
        let tokens = u.tokens
        guard j < tokens.count, tokens[j].kind == .word else { return nil }
        if let unit = units[tokens[j].hash] {
            j += 1
            return Int64(unit)
        }
        guard let ten = tens[tokens[j].hash].map(Int64.init) else { return nil }
        j += 1
        var k = j
        if k < tokens.count, tokens[k].kind == .symbol, u.text[Int(tokens[k].start)] == 0x2D { k += 1 }
        if k < tokens.count, let unit = units[tokens[k].hash], unit > 0, unit < 10 {
            j = k + 1
            return ten + Int64(unit)
        }
        return ten
    }

    private static func skipOf(_ u: Utterance, _ j: Int) -> Int {
        j < u.tokens.count && u.tokens[j].hash == Word.of ? j + 1 : j
    }

    // MARK: Chinese numerals

    @inline(__always)
    static func chineseDigit(_ s: UInt32) -> Int64? {
        switch s {
        case 0x96F6, 0x3007: return 0 // 零 〇
        case 0x4E00: return 1 // 一
        case 0x4E8C, 0x4E24, 0x4FE9: return 2 // 二 两 俩
        case 0x4E09, 0x4EE8: return 3 // 三 仨
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    @inline(__always)
    static func chineseUnit(_ s: UInt32) -> Int64? {
        switch s {
        case 0x5341: return 10 // 十
        case 0x767E: return 100 // 百
        case 0x5343: return 1000 // 千
        case 0x4E07: return 10000 // 万
        default: return nil
        }
    }

    /// Characters after a lone 一 that make it a word, not a number ("一下", "一起", "一些").
    static let notAfterOne: Set<UInt32> = Set("下起些点般样直定会切共边遍旦同律概向致切模".unicodeScalars.map(\.value))

    private static func chinese(_ u: Utterance, at i: Int) -> NumberReading? {
        let tokens = u.tokens
        let firstScalar = u.text[Int(tokens[i].start)]
        guard chineseDigit(firstScalar) != nil || firstScalar == 0x5341 else { return nil }
        var total: Int64 = 0
        var section: Int64 = 0
        var digit: Int64 = 0
        var lastUnit: Int64 = 0
        var j = i
        var count = 0
        while j < tokens.count, tokens[j].kind == .cjk, count < 12 {
            let s = u.text[Int(tokens[j].start)]
            if let d = chineseDigit(s) {
                digit = d
            } else if let unit = chineseUnit(s) {
                if unit == 10000 {
                    total = (total + section + digit) * 10000
                    section = 0
                } else {
                    section += (digit == 0 && unit == 10 ? 1 : digit) * unit
                }
                digit = 0
                lastUnit = unit
            } else {
                break
            }
            j += 1
            count += 1
        }
        if count == 1, firstScalar == 0x4E00, j < tokens.count, tokens[j].kind == .cjk,
            notAfterOne.contains(u.text[Int(tokens[j].start)])
        {
            return nil
        }
        // "三千五" is 3,500: a last digit after 千 or 百 counts in the next unit down.
        if digit > 0, lastUnit >= 100, lastUnit != 10000 {
            digit *= lastUnit / 10
        }
        let value = min(total + section + digit, limit)
        return NumberReading(hundredths: value * 100, end: j, isDecimal: false)
    }
}
