/// FNV-1a hashing of scalars, so that words, phrases and features are compared as integers.
enum TokenHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func add(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* prime
    }

    /// The hash of a word spelled in lower case ASCII or any scalars.
    static func of(_ text: String) -> UInt64 {
        var hash = seed
        for scalar in text.unicodeScalars { hash = add(hash, scalar.value) }
        return hash
    }

    static func of<C: Collection>(scalars: C) -> UInt64 where C.Element == UInt32 {
        var hash = seed
        for scalar in scalars { hash = add(hash, scalar) }
        return hash
    }

    /// Combines hashes in order (phrases, bigrams); not commutative, so "a b" ≠ "b a".
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019)
        x ^= x >> 31
        x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 29
        return x
    }
}
