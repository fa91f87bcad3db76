import ShopText

/// Phrases (token sequences) with their meanings, matched longest-first at a token position.
///
/// A phrase is stored under the hash of its token hashes; every proper prefix is stored too, so
/// matching stops as soon as no phrase can continue. Hyphens are skipped on both sides, so
/// "jd-fresh" and "jd fresh" are one phrase.
struct PhraseTable: Sendable {
    private var phrases = HashIndex()
    private var prefixes = HashIndex()
    private(set) var meanings: [PhraseMeaning] = []
    private var maximumLength = 0

    static let start: UInt64 = 0x5F3E_7A1B_22C4_9D01

    /// Adds a phrase; a phrase already there gains the meanings it lacked, unless `ifAbsent`.
    mutating func insert(_ text: String, _ meaning: PhraseMeaning, ifAbsent: Bool = false) {
        let utterance = Utterance(text)
        var hash = Self.start
        var length = 0
        for token in utterance.tokens where !Self.skipped(token, utterance) {
            if length > 0 { prefixes.insert(hash) }
            hash = TokenHash.combine(hash, token.hash)
            length += 1
        }
        guard length > 0, length <= 12 else { return }
        maximumLength = max(maximumLength, length)
        if let index = phrases[hash] {
            if !ifAbsent { meanings[Int(index)].merge(meaning) }
        } else {
            phrases.set(hash, Int32(meanings.count))
            meanings.append(meaning)
        }
    }

    @inline(__always)
    static func skipped(_ token: Token, _ u: Utterance) -> Bool {
        token.kind == .clauseBreak || (token.kind == .symbol && u.text[Int(token.start)] == 0x2D)
    }

    /// The longest phrase starting at token `i` that does not run into a claimed token.
    func longestMatch(_ u: Utterance, at i: Int, claimed: [Bool]) -> (meaning: Int32, end: Int)? {
        var hash = Self.start
        var best: (Int32, Int)?
        var j = i
        var length = 0
        let tokens = u.tokens
        while j < tokens.count, length < maximumLength, !claimed[j] {
            let token = tokens[j]
            if Self.skipped(token, u) {
                if length == 0 { return nil }
                j += 1
                continue
            }
            if token.kind == .clauseBreak { break }
            let next = TokenHash.combine(hash, token.hash)
            length += 1
            j += 1
            if let index = phrases[next] { best = (index, j) }
            guard prefixes.contains(next) else { break }
            hash = next
        }
        return best
    }

    var isEmpty: Bool { phrases.count == 0 }
}
