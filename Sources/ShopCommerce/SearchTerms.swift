import Foundation
import ShopText

/// How catalog text and shoppers' queries become the search index's terms. Both stores index
/// these terms as they are (SQLite's FTS5 and PostgreSQL's tsvector see only words separated by
/// spaces), so the same catalog finds the same products on either.
///
/// - Latin letters and digits are lower-cased words, split where letters meet digits ("iPhone15",
///   "4L", "20000mAh" → iphone 15, 4 l, 20000 mah), a plural "s" dropped ("phones" → phone).
/// - Chinese has no spaces, so a name is indexed by its characters and each pair of neighbouring
///   characters, across the spaces and Latin words between them ("戴森 Supersonic 吹风机" holds
///   戴森, 森吹, 吹风, 风机): a query's pairs then find a name however the shopper runs it
///   together or shortens it ("戴森吹风机", "兰蔻小黑瓶").
/// - Names also hold two neighbouring Latin words written as one ("power bank" → powerbank).
/// - A model number is also one term ("KT-L4368S" → ktl4368s besides kt, l, 4368, s).
public enum SearchTerms {
    /// The terms of a product's fields, each once. `prose` (descriptions) leaves out what only a
    /// name needs: each Chinese character alone (its pairs stay; a lone character stays) and
    /// neighbouring words written as one ("warm and light" made "warmand" and "andlight"): a
    /// third of a description's terms, and of the index a large import builds.
    public static func document(_ fields: [String], prose: Bool = false) -> [String] {
        var terms: [String] = []
        var seen: Set<String> = []
        seen.reserveCapacity(64)
        func add(_ term: String) {
            if !term.isEmpty, seen.insert(term).inserted { terms.append(term) }
        }
        for field in fields {
            let pieces = Self.pieces(field)
            var han: [Character] = []
            var previousWord: String?
            for piece in pieces {
                switch piece {
                case .han(let characters):
                    han += characters
                    previousWord = nil
                case .word(let word, let spacedBefore):
                    add(word)
                    if !prose, let previous = previousWord, spacedBefore, isLetters(previous), isLetters(word), previous.count >= 2,
                        word.count >= 2
                    {
                        add(previous + word)
                    }
                    previousWord = word
                }
            }
            if !prose || han.count == 1 { for character in han { add(String(character)) } }
            for index in han.indices.dropLast() { add(String(han[index...index + 1])) }
            for number in modelNumbers(in: field) { add(modelTerm(number)) }
        }
        return terms
    }

    /// The terms a query must find: its words, and each Chinese run's pairs (or the character
    /// alone when the run has one). Small English words that never name a product are left out.
    public static func query(_ text: String) -> [String] {
        var terms: [String] = []
        var afterNumber = false
        for piece in pieces(normalizedQuery(text)) {
            switch piece {
            case .han(let run):
                // A counter right after a number ("1段奶粉", "7号篮球") is its own term: the pair it
                // makes with the next word is in no name.
                if afterNumber, run.count > 1 { terms.append(String(run[0])) }
                afterNumber = false
                if run.count == 1 {
                    terms.append(String(run[0]))
                } else {
                    for index in run.indices.dropLast() { terms.append(String(run[index...index + 1])) }
                }
            case .word(let word, let spacedBefore):
                // "air force 1s", "the 90s": a plural "s" on a number is no term of the name.
                let plural = word == "s" && afterNumber && !spacedBefore
                if !stopwords.contains(word) && !plural { terms.append(word) }
                afterNumber = !isLetters(word)
            }
        }
        var seen: Set<String> = []
        return terms.filter { seen.insert($0).inserted }
    }

    /// Chinese quantities as the catalog writes them: "2万毫安" → "20000mah"; traditional
    /// characters as simplified ones ("吹風機" → 吹风机), as catalogs here write names.
    static func normalizedQuery(_ text: String) -> String {
        var text = text
        // Only text beyond ASCII can be traditional; the set is read once, not per character.
        if text.containsByte(where: { $0 >= 0x80 }), case let traditional = Self.traditional,
            text.unicodeScalars.contains(where: { traditional.contains($0.value) }),
            let simplified = text.applyingTransform(simplifiedChinese, reverse: false)
        {
            text = simplified
        }
        for (said, written) in units where text.contains(said) {
            text = text.replacingOccurrences(of: said, with: written)
        }
        // "L码", "42码": a size, as the catalog writes it ("L 52片"), not a word of the name.
        if text.contains("码") {
            var sized = ""
            var previous: Character = " "
            for character in text {
                sized.append(character == "码" && previous.isASCII && (previous.isLetter || previous.isNumber) ? " " : character)
                previous = character
            }
            text = sized
        }
        // "2万" is 20000 and "60升" 60l only right after a number.
        guard text.contains("万") || text.contains("升") else { return text }
        var result = ""
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if character == "万", let number = Int(digits), number > 0, number < 100_000 {
                result += String(number * 10_000)
            } else if character == "升", !digits.isEmpty {
                result += digits + "l"
            } else {
                result += digits
                result.append(character)
            }
            digits = ""
        }
        return result + digits
    }

    /// ICU's traditional-to-simplified transliteration (the intent engine keeps its own small
    /// table, as it reads every utterance).
    private static let simplifiedChinese = StringTransform("Hant-Hans")

    /// The Chinese characters that transliteration changes, found once by running it over them
    /// all: a query is transliterated only if it holds one. Measured on a million products: a
    /// call costs ~0.1 ms, and a search with a model number made one per product it ranked.
    /// Finds `traditional` on a thread of its own (~60 ms, once per process), so that the first
    /// search need not.
    public static func prepareInBackground() {
        _ = preparing
    }

    /// One thread per process, however many conversations open.
    private static let preparing: Void = Thread.detachNewThread { _ = traditional }

    static let traditional: Set<UInt32> = {
        let ranges: [ClosedRange<UInt32>] = [0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF]
        let scalars = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        var text = String.UnicodeScalarView()
        for scalar in scalars {
            text.append(scalar)
            text.append("\n")
        }
        let lines = String(text).applyingTransform(simplifiedChinese, reverse: false)?.split(
            separator: "\n", omittingEmptySubsequences: false)
        // Not one line per character (never seen): every Chinese character may change.
        guard let lines, lines.count == scalars.count + 1 else { return Set(scalars.map(\.value)) }
        var changed: Set<UInt32> = []
        for (scalar, line) in zip(scalars, lines) where line.unicodeScalars.count != 1 || line.unicodeScalars.first != scalar {
            changed.insert(scalar.value)
        }
        return changed
    }()

    /// Units written right after a number, as one term.
    private static let unitAliases = ["gb": "g", "tb": "t"]

    /// Chinese unit names, longest first, and how catalogs write them.
    private static let units: [(String, String)] = [
        ("毫安时", "mah"), ("毫安", "mah"), ("毫升", "ml"), ("千克", "kg"), ("公斤", "kg"), ("英寸", "inch"),
    ]

    private static let stopwords: Set<String> = [
        "a", "an", "the", "some", "for", "me", "of", "and", "with", "any", "to", "in", "my", "or",
    ]

    enum Piece: Equatable {
        case han([Character])
        /// A lower-cased word; `spacedBefore` when only a space (no digit run or other mark)
        /// separates it from the previous word.
        case word(String, spacedBefore: Bool)
    }

    /// `text` cut into Chinese runs and words, everything else a separator. Read scalar by
    /// scalar, ASCII first: this runs for every product of an import.
    static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var han: [Character] = []
        var word = String.UnicodeScalarView()
        var wordIsDigits = false
        // A word ended and only spaces followed it so far; `spaced` once one did.
        var afterWord = false
        var spaced = false
        var previousWasDigits = false
        func flushWord() {
            if word.last == "p", wordIsDigits { word.removeLast() }
            guard !word.isEmpty else { return }
            var text = singular(String(word))
            // "128G" is how shoppers say 128GB: one term for both.
            if previousWasDigits, !spaced, let alias = unitAliases[text] { text = alias }
            previousWasDigits = wordIsDigits
            pieces.append(.word(text, spacedBefore: afterWord && spaced))
            word = String.UnicodeScalarView()
            afterWord = true
            spaced = false
        }
        for scalar in text.unicodeScalars {
            var letter: Unicode.Scalar?
            var isDigit = false
            switch scalar.value {
            case 0x30...0x39:
                letter = scalar
                isDigit = true
            case 0x61...0x7A:
                letter = scalar
            case 0x41...0x5A:
                letter = Unicode.Scalar(scalar.value + 0x20)
            case 0..<0x80:
                break
            default:
                if isHan(scalar) {
                    flushWord()
                    han.append(Character(scalar))
                    afterWord = false
                    continue
                }
                let folded = unaccented(halfWidth(scalar))
                if ("0"..."9").contains(folded) {
                    letter = folded
                    isDigit = true
                } else if folded.properties.isAlphabetic {
                    letter =
                        folded.properties.lowercaseMapping.unicodeScalars.count == 1
                        ? folded.properties.lowercaseMapping.unicodeScalars.first : folded
                }
            }
            if !han.isEmpty {
                pieces.append(.han(han))
                han = []
            }
            // "5.5L" is 5.5 litres, not 5 and 5: a point between digits stays in the number.
            // (Written "5p5": the stores' tokenizers split words at a point.)
            if scalar == ".", wordIsDigits, !word.isEmpty, word.last != "p" {
                word.append("p")
                continue
            }
            guard let letter else {
                flushWord()
                if scalar == " " { spaced = true } else { afterWord = false }
                continue
            }
            // "iphone15" is two words; they were not spaced apart.
            if !word.isEmpty, isDigit != wordIsDigits {
                flushWord()
            }
            word.append(letter)
            wordIsDigits = isDigit
        }
        flushWord()
        if !han.isEmpty { pieces.append(.han(han)) }
        return pieces
    }

    /// "phones" → "phone"; short words ("gas") and "glass" keep their "s". "mice" are mice (spelled one
    /// letter from "rice", they were corrected to it); "tvs" are tvs. The rules are
    /// `TermWriter.singular`'s, which makes a product's terms: a query's must be the same.
    static func singular(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        return String(decoding: TermWriter.singular(Array(word.utf8)), as: UTF8.self)
    }

    /// The other form a plural in -ies or -ves has after `singular`, either way: "batterie" (of
    /// "batteries") is battery, "scarve" scarf; and a catalog's "Cherries" (cherrie) is found as
    /// "cherry". Tried only for a term no product holds, as "hoodies" and "charlies" drop their
    /// "s" rightly.
    static func otherForm(_ term: String) -> String? {
        guard term.count > 4, term.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        if term.hasSuffix("ie") { return String(term.dropLast(2)) + "y" }
        if term.hasSuffix("y"), let before = term.dropLast().last, !"aeiou".contains(before) { return String(term.dropLast()) + "ie" }
        return plurals[term] ?? plurals.first(where: { $0.value == term })?.key
    }

    /// Plurals in -ves whose singular ends in f or fe, as `singular` leaves them, and those
    /// singulars ("gloves" and "sleeves" are regular).
    private static let plurals = [
        "scarve": "scarf", "knive": "knife", "shelve": "shelf", "leave": "leaf", "loave": "loaf", "halve": "half", "wolve": "wolf",
    ]

    /// A word of `pieces` holds letters and ASCII digits only: without digits, it is letters.
    static func isLetters(_ word: String) -> Bool {
        !word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// CJK ideographs, common and extension A, and the compatibility block.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: true
        default: false
        }
    }

    /// "é" as "e": "Génifique" is found as shoppers type it ("genifique"), on either store.
    static func unaccented(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xC0...0x24F).contains(scalar.value) else { return scalar }
        let plain = String(scalar).folding(options: .diacriticInsensitive, locale: nil).unicodeScalars
        return plain.count == 1 ? plain.first ?? scalar : scalar
    }

    /// Full-width letters and digits ("ｉＰｈｏｎｅ１５") as their ASCII forms.
    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xFF01...0xFF5E).contains(scalar.value) else { return scalar }
        return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
    }
}
