/// An utterance normalised for matching: full-width folded, lower-cased, emoji and decoration
/// dropped, cut into tokens. Works on scalars and hashes, not `String`s, because parsing must cost
/// microseconds.
struct Utterance: Sendable {
    /// Normalised scalars (lower case); tokens index into it.
    var text: [UInt32]
    /// The same scalars before lower-casing, for codes and review text given in the user's casing.
    var original: [UInt32]
    var tokens: [Token]

    /// Longer input is cut: nobody types a 2,000-character shopping request, and the cut keeps
    /// parsing time bounded for anything a gateway forwards.
    static let maximumLength = 512

    init(_ input: String) {
        text = []
        original = []
        tokens = []
        text.reserveCapacity(min(input.utf8.count, Self.maximumLength))
        original.reserveCapacity(min(input.utf8.count, Self.maximumLength))
        for scalar in input.unicodeScalars {
            if text.count >= Self.maximumLength { break }
            let folded = Self.fold(scalar.value)
            original.append(folded)
            text.append(Self.lower(folded))
        }
        tokenize()
    }

    // MARK: - Characters

    /// Full-width forms to ASCII, typographic quotes and dashes to plain ones, ideographic
    /// punctuation to its ASCII meaning.
    @inline(__always)
    static func fold(_ s: UInt32) -> UInt32 {
        if s < 0x80 { return s }
        switch s {
        case 0xFF01...0xFF5E: return s - 0xFEE0
        case 0x3000, 0x00A0, 0x2000...0x200B, 0x202F, 0x205F: return 0x20
        case 0xFFE5: return 0xA5 // ￥ → ¥
        case 0x2018, 0x2019, 0x2032: return 0x27
        case 0x201C, 0x201D, 0x300C, 0x300D, 0x300E, 0x300F: return 0x22
        case 0x3001: return 0x2C // 、
        case 0x3002, 0xFF61: return 0x2E // 。
        case 0x2013, 0x2014, 0x2015, 0x2212: return 0x2D
        case 0x301C: return 0x7E
        case 0x2026: return 0x2E // …
        case TraditionalChinese.range: return TraditionalChinese.table[s] ?? s
        default: return s
        }
    }

    @inline(__always)
    static func lower(_ s: UInt32) -> UInt32 {
        if s >= 0x41 && s <= 0x5A { return s + 0x20 }
        if s >= 0xC0 && s <= 0xDE && s != 0xD7 { return s + 0x20 }
        return s
    }

    @inline(__always)
    static func isLetter(_ s: UInt32) -> Bool {
        (s >= 0x61 && s <= 0x7A) || (s >= 0xDF && s <= 0x24F && s != 0xF7)
    }

    @inline(__always)
    static func isDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

    @inline(__always)
    static func isCJK(_ s: UInt32) -> Bool {
        (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0x3400 && s <= 0x4DBF) || (s >= 0x3040 && s <= 0x30FF)
            || (s >= 0xAC00 && s <= 0xD7AF) || (s >= 0xF900 && s <= 0xFAFF) || (s >= 0x20000 && s <= 0x2FFFF)
    }

    /// Symbols that carry meaning on their own: mentions, groups, money, ranges, comparisons.
    @inline(__always)
    static func isSymbol(_ s: UInt32) -> Bool {
        switch s {
        case 0x40, 0x23, 0xA5, 0x24, 0x25, 0x2D, 0x7E, 0x3C, 0x3E, 0x2F, 0x2B: return true // @ # ¥ $ % - ~ < > / +
        default: return false
        }
    }

    @inline(__always)
    static func isClauseBreak(_ s: UInt32) -> Bool {
        switch s {
        case 0x2C, 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x28, 0x29, 0x22, 0x0A, 0x0D, 0x09: return true
        default: return false
        }
    }

    // MARK: - Tokens

    private mutating func tokenize() {
        let n = text.count
        var i = 0
        while i < n {
            let s = text[i]
            if Self.isLetter(s) {
                i = scanWord(from: i)
            } else if Self.isDigit(s) {
                i = scanNumber(from: i)
            } else if Self.isCJK(s) {
                tokens.append(
                    Token(kind: .cjk, start: Int32(i), end: Int32(i + 1), hash: TokenHash.add(TokenHash.seed, s), wasUpperCase: false))
                i += 1
            } else if Self.isSymbol(s) {
                tokens.append(
                    Token(kind: .symbol, start: Int32(i), end: Int32(i + 1), hash: TokenHash.add(TokenHash.seed, s), wasUpperCase: false))
                i += 1
            } else if s >= 0x2000, let words = Shorthand.emojiTable[s] {
                // 👍 reads "ok": one token per word, all spanning the emoji.
                for hash in words {
                    tokens.append(Token(kind: .word, start: Int32(i), end: Int32(i + 1), hash: hash, wasUpperCase: false))
                }
                i += 1
            } else if Self.isClauseBreak(s) {
                if tokens.last?.kind != .clauseBreak, !tokens.isEmpty {
                    tokens.append(Token(kind: .clauseBreak, start: Int32(i), end: Int32(i + 1), hash: 0, wasUpperCase: false))
                }
                i += 1
            } else {
                i += 1
            }
        }
        if tokens.last?.kind == .clauseBreak { tokens.removeLast() }
    }

    /// A word starts with a letter and runs over letters and digits ("p1002", "save50"); an
    /// apostrophe inside it is skipped ("what's" reads "whats").
    private mutating func scanWord(from begin: Int) -> Int {
        let n = text.count
        var i = begin
        var hash = TokenHash.seed
        var upper = true
        var letters = 0
        var end = begin
        while i < n {
            let s = text[i]
            if Self.isLetter(s) || Self.isDigit(s) {
                hash = TokenHash.add(hash, s)
                if Self.isLetter(s) {
                    letters += 1
                    if original[i] == s { upper = false }
                }
                i += 1
                end = i
            } else if s == 0x27, i + 1 < n, Self.isLetter(text[i + 1]) {
                i += 1 // what's → whats
            } else {
                break
            }
        }
        // "x3" is a count ("toothbrush x3").
        if letters == 1, text[begin] == 0x78, end - begin >= 2, end - begin <= 4 {
            tokens.append(
                Token(
                    kind: .number, start: Int32(begin + 1), end: Int32(end), hash: TokenHash.of(scalars: text[(begin + 1)..<end]),
                    wasUpperCase: false))
            return end
        }
        tokens.append(Token(kind: .word, start: Int32(begin), end: Int32(end), hash: hash, wasUpperCase: upper && letters >= 2))
        return end
    }

    /// Digits with an optional decimal part ("8.88") and thousands commas ("3,000"). Digits that
    /// run into letters split ("20yuan" → 20 yuan) except ordinal suffixes ("2nd").
    private mutating func scanNumber(from begin: Int) -> Int {
        let n = text.count
        var i = begin
        var hash = TokenHash.seed
        var seenDot = false
        while i < n {
            let s = text[i]
            if Self.isDigit(s) {
                hash = TokenHash.add(hash, s)
                i += 1
            } else if s == 0x2E, !seenDot, i + 1 < n, Self.isDigit(text[i + 1]) {
                seenDot = true
                hash = TokenHash.add(hash, s)
                i += 1
            } else if s == 0x2C, !seenDot, i + 3 < n,
                Self.isDigit(text[i + 1]), Self.isDigit(text[i + 2]), Self.isDigit(text[i + 3]),
                i + 4 >= n || !Self.isDigit(text[i + 4])
            {
                i += 1 // 3,000
            } else {
                break
            }
        }
        // "2nd", "3rd", "21st", "4th": one ordinal word.
        if !seenDot, i + 1 < n, Self.isLetter(text[i]), Self.isLetter(text[i + 1]),
            i + 2 >= n || !(Self.isLetter(text[i + 2]) || Self.isDigit(text[i + 2]))
        {
            let a = text[i]
            let b = text[i + 1]
            let suffix = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
            if suffix {
                hash = TokenHash.add(TokenHash.add(hash, a), b)
                tokens.append(Token(kind: .word, start: Int32(begin), end: Int32(i + 2), hash: hash, wasUpperCase: false))
                return i + 2
            }
        }
        tokens.append(Token(kind: .number, start: Int32(begin), end: Int32(i), hash: hash, wasUpperCase: false))
        return i
    }

    // MARK: - Reading tokens back

    /// The normalised spelling of a token.
    func string(_ token: Token) -> String {
        string(from: Int(token.start), to: Int(token.end))
    }

    func string(from start: Int, to end: Int, original useOriginal: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        let source = useOriginal ? original : text
        for index in start..<end {
            if let scalar = Unicode.Scalar(source[index]) { result.append(scalar) }
        }
        return String(result)
    }

    /// The words of tokens `range`, as typed between them but with runs of spaces and
    /// decoration collapsed to one space ("rice  cooker" → "rice cooker").
    func phrase(_ range: Range<Int>, original useOriginal: Bool = false) -> String {
        guard !range.isEmpty else { return "" }
        let source = useOriginal ? original : text
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for k in range {
            let token = tokens[k]
            if k > range.lowerBound {
                let previous = tokens[k - 1]
                // Keep what joined them if it was a hyphen or nothing; otherwise one space.
                let gap = Int(previous.end)..<Int(token.start)
                if !gap.isEmpty {
                    let onlyHyphen = gap.count == 1 && source[gap.lowerBound] == 0x2D
                    if onlyHyphen {
                        result.append("-")
                    } else {
                        pendingSpace = true
                    }
                } else if previous.kind != .cjk || token.kind != .cjk, previous.kind == .number, token.kind == .word {
                    // "4l" stays "4l".
                }
            }
            if pendingSpace, !(result.isEmpty) {
                result.append(" ")
            }
            pendingSpace = false
            if token.kind == .clauseBreak { continue }
            for index in Int(token.start)..<Int(token.end) {
                if let scalar = Unicode.Scalar(source[index]) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// Whether token `index` spells `word` (lower case ASCII).
    func isWord(_ index: Int, _ hash: UInt64) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].hash == hash
    }
}
