import ShopText

extension SearchTerms {
    /// The words of `text` that read like a model number, as written: a letter first, then at
    /// least three digits, or digits and a hyphen ("SP-T6052W", "y7000p", "WH-1000XM5"). Sizes
    /// start with a digit ("128GB", "20000mAh") and are not model numbers.
    public static func modelNumbers(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { utf8 in
            var found: [String] = []
            forEachModelNumber(utf8) { found.append(String(decoding: utf8[$0], as: UTF8.self)) }
            return found
        }
    }

    /// A model number as the one term the index also holds for it: lower-cased, hyphens left out
    /// ("KT-L4368S" → ktl4368s). Its pieces (kt, l, 4368, s) are terms too; the whole one is what
    /// makes a search for it cheap on a large catalog, where "s" and "l" are in most products.
    public static func modelTerm(_ number: String) -> String {
        String(decoding: number.utf8.compactMap(termByte), as: UTF8.self)
    }

    /// Calls `body` with where each model number of `utf8` is (ASCII letters, digits and
    /// hyphens; any other byte ends one), in order.
    static func forEachModelNumber(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        var letters = 0
        var digits = 0
        var hyphens = 0
        func flush(_ end: Int) {
            let length = end - start
            if length >= 5, letters > 0, isASCIILetter(utf8[start]), digits >= 3 || (digits > 0 && hyphens > 0) {
                body(start..<end)
            }
            letters = 0
            digits = 0
            hyphens = 0
        }
        for index in 0..<utf8.count {
            let byte = utf8[index]
            if isASCIILetter(byte) {
                letters += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else if byte == UInt8(ascii: "-") {
                hyphens += 1
            } else {
                flush(index)
                start = index + 1
            }
        }
        flush(utf8.count)
    }

    /// A model number's byte as its term writes it: lower-cased, a hyphen dropped.
    static func termByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "-"): nil
        case 0x41...0x5A: byte + 0x20
        default: byte
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// A query's terms with each model number in `known` (their `modelTerm`s, which the index
    /// holds) as that one term instead of its pieces: "anta goggles kt-l4368s" → kt-l4368s's
    /// term, anta, goggle. Also found so: the same model written with its hyphen elsewhere.
    public static func query(_ text: String, knownModels known: Set<String>) -> [String] {
        guard !known.isEmpty else { return query(text) }
        var text = text
        let (models, rest) = text.withUTF8 { utf8 in
            var models: [String] = []
            var rest = Array(utf8)
            forEachModelNumber(utf8) { range in
                let term = String(decoding: utf8[range].compactMap(termByte), as: UTF8.self)
                guard known.contains(term) else { return }
                models.append(term)
                rest.replaceSubrange(range, with: repeatElement(UInt8(ascii: " "), count: range.count))
            }
            return (models, String(decoding: rest, as: UTF8.self))
        }
        var seen: Set<String> = []
        return (models + query(rest)).filter { seen.insert($0).inserted }
    }
}
