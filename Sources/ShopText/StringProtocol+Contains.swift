#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search by UTF-8 bytes, for the word lists the engine checks on every utterance.
///
/// Why: with Foundation imported, `text.contains("地址")` is Foundation's, which goes through
/// `CFStringFindWithOptionsAndLocale` and folds each character cluster: measured 35 % of
/// `shopchat parse`'s time. The engine's words and the text it reads are compared as written
/// (no case or width folding was asked for), and UTF-8 is self-synchronising, so a byte match is
/// a match of whole characters. An empty word is found nowhere, as with Foundation.
extension StringProtocol {
    // Inlinable: every module calls it on its own String and Substring, specialised there (an
    // unspecialised call across modules made a parse 20 % slower).
    @inlinable
    package func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            guard !needle.isEmpty else { return false }
            if let found = utf8.withContiguousStorageIfAvailable({ Self.search(needle, in: $0) }) { return found }
            var copy = String(self)
            return copy.withUTF8 { Self.search(needle, in: $0) }
        }
    }

    /// Whether any UTF-8 byte passes `test`, in one pass over contiguous bytes (`utf8.contains`
    /// walks the view an index at a time: measured 4 % of a parse for five such looks).
    @inlinable
    package func containsByte(where test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: test) }) { return found }
        return utf8.contains(where: test)
    }

    @usableFromInline
    static func search(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard haystack.count >= needle.count, let base = haystack.baseAddress, let word = needle.baseAddress else { return false }
        // The word's last byte is looked for with the C library's memchr (a word at a time; byte
        // by byte this search was 13 % of parsing an English sentence), then the rest compared.
        // The last, not the first: a Chinese character's first byte is one of a few (E4–E9 for
        // most), so in Chinese text the first byte of a Chinese word matched at nearly every
        // character; its last byte is one of 64.
        let last = needle.count - 1
        let lastByte = Int32(word[last])
        let end = base + haystack.count
        var from = base + last
        while from < end, let found = memchr(from, lastByte, end - from) {
            let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(at - last, word, last) == 0 { return true }
            from = at + 1
        }
        return false
    }
}
