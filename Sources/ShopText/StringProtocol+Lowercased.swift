/// `lowercased()` without the Unicode tables, for the text the engine reads on every utterance.
///
/// Why: the engine lowers an utterance dozens of times a parse, and the standard library looks
/// every character up in its case tables (measured 17 % of parsing an English sentence). Text made
/// only of ASCII, Chinese, kana and the punctuation Chinese is typed with has no letter whose
/// lowercase is another but A–Z, so lowering those bytes is the whole answer; anything else (É,
/// Ｋ, the Kelvin sign) goes to the standard library, so the result is always `lowercased()`'s.
extension StringProtocol {
    @inlinable
    package func quickLowercased() -> String {
        let quick: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            switch Self.caseFreeExceptASCII(bytes) {
            case nil: return String?.none
            case false: return String(self)
            case true:
                return String(unsafeUninitializedCapacity: bytes.count) { out in
                    for (index, byte) in bytes.enumerated() { out[index] = byte &- 65 < 26 ? byte | 0x20 : byte }
                    return bytes.count
                }
            }
        }
        return (quick ?? nil) ?? lowercased()
    }

    /// Whether lowering `bytes` only lowers A–Z (and whether there is one), or nil when some
    /// character may have a lowercase of its own.
    @usableFromInline
    static func caseFreeExceptASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var upper = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0..<0x80:
                if byte &- 65 < 26 { upper = true }
                index += 1
            // U+0080–U+00BF: symbols (¥, ·, µ), none lowered to another character.
            case 0xC2: index += 2
            // U+2000–U+207F: general punctuation (…, —, “”).
            case 0xE2 where index + 1 < count && bytes[index + 1] < 0x82: index += 3
            // U+3000–U+9FFF: CJK punctuation, kana, Han.
            case 0xE3...0xE9: index += 3
            // U+F000–U+FFFF: fullwidth forms (，！？), all caseless but Ａ–Ｚ (EF BC A1–BA).
            case 0xEF where index + 2 < count && !(bytes[index + 1] == 0xBC && (0xA1...0xBA).contains(bytes[index + 2])): index += 3
            default: return nil
            }
        }
        return upper
    }
}
