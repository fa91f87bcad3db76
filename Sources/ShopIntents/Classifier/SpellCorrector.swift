import ShopText

/// Corrects one typo (a letter dropped, added, changed, or two swapped) in words the engine does
/// not know, towards the words of its training phrases: "shwo" → "show", "cupons" → "coupons".
///
/// Symmetric-delete lookup: every word is indexed under itself with one letter deleted, so a
/// candidate costs a handful of hash lookups instead of a scan of the vocabulary.
struct SpellCorrector: Sendable {
    /// Delete-hash → the first of the vocabulary words that produce it; `next` chains the rest.
    private var deletes = HashIndex(capacity: 8192)
    private var entries: [(word: Int32, next: Int32)] = []
    private var words: [[UInt32]] = []
    private var hashes: [UInt64] = []
    private var frequency: [Int] = []
    private var known: Set<UInt64> = []

    /// Words shorter than this are names and small words; guessing at them does more harm.
    static let minimumLength = 4

    /// `words`: the vocabulary's words as scalars, with how often each occurs.
    init(words vocabulary: [(scalars: [UInt32], count: Int)]) {
        for (scalars, count) in vocabulary.sorted(by: {
            $0.count != $1.count ? $0.count > $1.count : $0.scalars.lexicographicallyPrecedes($1.scalars)
        }) {
            known.insert(TokenHash.of(scalars: scalars))
            guard scalars.count >= Self.minimumLength - 1, scalars.allSatisfy(Utterance.isLetter) else { continue }
            let index = Int32(words.count)
            words.append(scalars)
            hashes.append(TokenHash.of(scalars: scalars))
            frequency.append(count)
            add(TokenHash.of(scalars: scalars), index)
            for skip in scalars.indices {
                add(Self.hash(scalars, skipping: skip), index)
            }
        }
    }

    private mutating func add(_ hash: UInt64, _ word: Int32) {
        let next = deletes[hash] ?? -1
        deletes.set(hash, Int32(entries.count))
        entries.append((word, next))
    }

    private static func hash(_ scalars: [UInt32], skipping skip: Int) -> UInt64 {
        var hash = TokenHash.seed
        for (index, scalar) in scalars.enumerated() where index != skip { hash = TokenHash.add(hash, scalar) }
        return hash
    }

    private static func hash(_ scalars: ArraySlice<UInt32>, skipping skip: Int) -> UInt64 {
        var hash = TokenHash.seed
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if index != skip { hash = TokenHash.add(hash, scalars[index]) }
            index += 1
        }
        return hash
    }

    /// The hash of the corrected word, or `nil` when no known word is one edit away.
    func correct(_ u: Utterance, _ token: Token) -> UInt64? {
        guard token.kind == .word, token.length >= 2, token.length <= 20 else { return nil }
        let scalars = u.text[Int(token.start)..<Int(token.end)]
        for scalar in scalars where !Utterance.isLetter(scalar) { return nil }
        // Letters held down: "hiii", "nooo", "pleeease".
        if let collapsed = collapsedRepeats(scalars) { return collapsed }
        guard token.length >= Self.minimumLength else { return nil }
        var best: Int32 = -1
        var bestRank = Int.max
        func consider(_ head: Int32?) {
            var entry = head ?? -1
            while entry >= 0 {
                let candidate = entries[Int(entry)].word
                entry = entries[Int(entry)].next
                guard let edit = Self.edit(scalars, words[Int(candidate)]) else { continue }
                // A letter left out, doubled or swapped is a likelier slip than a wrong letter.
                let rank = (edit == .substitution ? 1_000_000 : 0) - frequency[Int(candidate)]
                if rank < bestRank {
                    bestRank = rank
                    best = candidate
                }
            }
        }
        consider(deletes[token.hash])
        var skip = scalars.startIndex
        while skip < scalars.endIndex {
            consider(deletes[Self.hash(scalars, skipping: skip)])
            skip += 1
        }
        return best >= 0 ? hashes[Int(best)] : nil
    }

    private func collapsedRepeats(_ scalars: ArraySlice<UInt32>) -> UInt64? {
        var hasRun = false
        var previous: UInt32 = 0
        var runLength = 0
        for scalar in scalars {
            runLength = scalar == previous ? runLength + 1 : 1
            if runLength >= 3 || (runLength == 2 && scalar == scalars.last) { hasRun = true }
            previous = scalar
        }
        guard hasRun else { return nil }
        for keep in [1, 2] {
            var hash = TokenHash.seed
            previous = 0
            runLength = 0
            for scalar in scalars {
                runLength = scalar == previous ? runLength + 1 : 1
                if runLength <= keep { hash = TokenHash.add(hash, scalar) }
                previous = scalar
            }
            if known.contains(hash) { return hash }
        }
        return nil
    }

    enum Edit { case substitution, other }

    /// The kind of the one edit that turns `a` into `b`, or `nil` if they are not one edit apart.
    static func edit(_ a: ArraySlice<UInt32>, _ b: [UInt32]) -> Edit? {
        guard isOneEdit(a, b) else { return nil }
        if a.count != b.count { return .other }
        var diffs = 0
        for (x, y) in zip(a, b) where x != y { diffs += 1 }
        return diffs == 1 ? .substitution : .other
    }

    /// Damerau distance exactly one (insertion, deletion, substitution or adjacent swap).
    static func isOneEdit(_ a: ArraySlice<UInt32>, _ b: [UInt32]) -> Bool {
        let a = Array(a)
        if a == b { return false }
        if a.count == b.count {
            var diffs: [Int] = []
            for index in a.indices where a[index] != b[index] {
                diffs.append(index)
                if diffs.count > 2 { return false }
            }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        var j = 0
        var skipped = false
        while i < short.count, j < long.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else if skipped {
                return false
            } else {
                skipped = true
                j += 1
            }
        }
        return true
    }
}
