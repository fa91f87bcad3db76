import Foundation
import ShopText

extension SearchTerms {
    /// `document(fields)` joined by spaces, as the index stores it — made from the UTF-8 bytes
    /// without a `String` or a `Set` insert per term. Measured on an import: `document` and the
    /// join cost ~23 µs a product, most of the reading thread's time. Text with letters other
    /// than ASCII and its full-width forms ("café") takes `document`'s way; tests check both agree.
    public static func documentText(_ fields: [String], prose: Bool = false) -> String {
        var writer = TermWriter(prose: prose)
        for field in fields {
            guard writer.add(field) else { return document(fields, prose: prose).joined(separator: " ") }
        }
        return writer.text
    }

    /// `documentText` with its terms in byte order (`CatalogIndexing.inByteOrder`), sorted where
    /// they were written: splitting the text again cost a tenth of an import's reading.
    public static func documentTextInByteOrder(_ fields: [String], prose: Bool = false) -> String {
        var writer = TermWriter(prose: prose)
        for field in fields {
            guard writer.add(field) else { return CatalogIndexing.inByteOrder(document(fields, prose: prose).joined(separator: " ")) }
        }
        return writer.textInByteOrder
    }
}

/// The terms of `document` written into one byte buffer, each once (an open-addressed table of
/// the terms' places in the buffer tells whether a term is there already).
struct TermWriter {
    private var bytes: [UInt8] = []
    private var slots = [Int32](repeating: -1, count: 256)
    /// Where each term starts and ends in `bytes`, in the order written.
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    /// `SearchTerms.document`'s `prose`.
    private let prose: Bool

    init(prose: Bool = false) {
        self.prose = prose
        bytes.reserveCapacity(512)
        starts.reserveCapacity(64)
        ends.reserveCapacity(64)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The terms sorted by their bytes, a shorter one before a longer one it starts.
    var textInByteOrder: String {
        // Sorted by their first eight bytes as one number (no term holds a zero byte, so a shorter
        // one sorts first), the rest compared only on a tie: a sort of `memcmp` calls was a tenth
        // of an import's reading.
        var order: [(prefix: UInt64, term: Int)] = []
        order.reserveCapacity(starts.count)
        for term in starts.indices {
            var prefix: UInt64 = 0
            let start = Int(starts[term])
            let end = Int(ends[term])
            for index in start..<min(end, start + 8) { prefix |= UInt64(bytes[index]) << (56 - 8 * UInt64(index - start)) }
            order.append((prefix, term))
        }
        bytes.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            order.sort { left, right in
                if left.prefix != right.prefix { return left.prefix < right.prefix }
                let (leftStart, rightStart) = (Int(starts[left.term]), Int(starts[right.term]))
                let (leftCount, rightCount) = (Int(ends[left.term]) - leftStart, Int(ends[right.term]) - rightStart)
                let order = memcmp(base + leftStart, base + rightStart, min(leftCount, rightCount))
                return order != 0 ? order < 0 : leftCount < rightCount
            }
        }
        var sorted: [UInt8] = []
        sorted.reserveCapacity(bytes.count)
        for (_, term) in order {
            if !sorted.isEmpty { sorted.append(0x20) }
            sorted.append(contentsOf: bytes[Int(starts[term])..<Int(ends[term])])
        }
        return String(decoding: sorted, as: UTF8.self)
    }

    /// Adds `field`'s terms; false (with nothing promised about what was added) when the field
    /// holds a letter outside ASCII that is not Chinese.
    mutating func add(_ field: String) -> Bool {
        var field = field
        return field.withUTF8 { add(utf8: $0) }
    }

    /// The field's Chinese characters, each as its three UTF-8 bytes, in order, and the word being
    /// read: kept between fields so that their room is made once.
    private var han: [UInt8] = []
    private var word: [UInt8] = []

    private mutating func add(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        han.removeAll(keepingCapacity: true)
        word.removeAll(keepingCapacity: true)
        var wordIsDigits = false
        var afterWord = false
        var spaced = false
        var previousWasDigits = false
        // The previous word of the field (as written, after `singular`), unless Chinese came between.
        var previous: [UInt8]? = nil

        func flushWord() {
            if word.last == UInt8(ascii: "p"), wordIsDigits { word.removeLast() }
            guard !word.isEmpty else { return }
            var text = Self.singular(word)
            if previousWasDigits, !spaced, let alias = Self.unitAlias(text) { text = alias }
            previousWasDigits = wordIsDigits
            let spacedBefore = afterWord && spaced
            insert(text)
            if !prose, let before = previous, spacedBefore, Self.isLetters(before), Self.isLetters(text), before.count >= 2, text.count >= 2
            {
                insert(before + text)
            }
            previous = text
            word.removeAll(keepingCapacity: true)
            afterWord = true
            spaced = false
        }

        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            var letter: UInt8? = nil
            var isDigit = false
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x30...0x39:
                    letter = byte
                    isDigit = true
                case 0x61...0x7A: letter = byte
                case 0x41...0x5A: letter = byte + 0x20
                default: break
                }
            } else {
                // A scalar of two to four bytes.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard index + length <= count else { return false }
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                guard let scalar = Unicode.Scalar(value) else { return false }
                if SearchTerms.isHan(scalar) {
                    flushWord()
                    han.append(contentsOf: utf8[index..<index + 3])
                    previous = nil
                    afterWord = false
                    index += length
                    continue
                }
                index += length
                if (0xFF01...0xFF5E).contains(value) {
                    // Full-width forms read as their ASCII ones ("，" a comma, "１" a digit).
                    switch UInt8(value - 0xFEE0) {
                    case let digit where (0x30...0x39).contains(digit):
                        letter = digit
                        isDigit = true
                    case let small where (0x61...0x7A).contains(small): letter = small
                    case let capital where (0x41...0x5A).contains(capital): letter = capital + 0x20
                    default: break
                    }
                } else if scalar.properties.isAlphabetic {
                    // Other letters ("é"): `document`'s way.
                    return false
                }
            }
            // "5.5L": a point between digits stays in the number, written "p".
            if byte == UInt8(ascii: "."), wordIsDigits, !word.isEmpty, word.last != UInt8(ascii: "p") {
                word.append(UInt8(ascii: "p"))
                continue
            }
            guard let letter else {
                flushWord()
                if byte == UInt8(ascii: " ") { spaced = true } else { afterWord = false }
                continue
            }
            if !word.isEmpty, isDigit != wordIsDigits { flushWord() }
            word.append(letter)
            wordIsDigits = isDigit
        }
        flushWord()
        // Each character (in prose only a lone one), then each pair of neighbours.
        var at = 0
        while at < han.count, !prose || han.count == 3 {
            insert(han[at..<at + 3])
            at += 3
        }
        at = 0
        while at + 6 <= han.count {
            insert(han[at..<at + 6])
            at += 3
        }
        SearchTerms.forEachModelNumber(utf8) { range in insert(utf8[range].compactMap(SearchTerms.termByte)) }
        return true
    }

    /// Writes `term` unless it is there already.
    private mutating func insert<Bytes: Collection<UInt8>>(_ term: Bytes) {
        guard !term.isEmpty else { return }
        if starts.count * 2 >= slots.count { grow() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let known = Int(slots[slot])
            if bytes[Int(starts[known])..<Int(ends[known])].elementsEqual(term) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(starts.count)
        if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: term)
        ends.append(Int32(bytes.count))
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for term in starts.indices {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes[Int(starts[term])..<Int(ends[term])] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(term)
        }
    }

    /// `SearchTerms.singular` of an ASCII word.
    static func singular(_ word: [UInt8]) -> [UInt8] {
        // Compared in place: an array made for each comparison was most of the writer's allocations.
        if word.count == 4, word.elementsEqual("mice".utf8) { return Array("mouse".utf8) }
        if word.count == 3, word.elementsEqual("tvs".utf8) { return Array("tv".utf8) }
        guard word.count > 3, word.last == UInt8(ascii: "s"), word[word.count - 2] != UInt8(ascii: "s") else { return word }
        return Array(word.dropLast())
    }

    /// "128gb" is 128g: `SearchTerms.unitAliases`.
    static func unitAlias(_ word: [UInt8]) -> [UInt8]? {
        guard word.count == 2, word[1] == UInt8(ascii: "b") else { return nil }
        switch word[0] {
        case UInt8(ascii: "g"): return [UInt8(ascii: "g")]
        case UInt8(ascii: "t"): return [UInt8(ascii: "t")]
        default: return nil
        }
    }

    static func isLetters(_ word: [UInt8]) -> Bool {
        !word.contains { $0 >= 0x30 && $0 <= 0x39 }
    }
}
