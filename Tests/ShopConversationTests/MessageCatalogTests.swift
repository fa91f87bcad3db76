import Foundation
import ShopCommerce
import ShopIntents
import Testing

@testable import ShopConversation

/// The message catalog is complete: every page is registered, every case has a sample, every
/// sample reads in Chinese without English left in it, and in English without Chinese
/// boilerplate. The compiler already makes each case say something in both languages.
@Suite struct MessageCatalogTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/ShopConversation/Messages").standardized

    /// `enum Name: Phrasebook { case a, b(…) … }` in the sources: the page names and their cases.
    static func declaredPages() throws -> [String: Set<String>] {
        var pages: [String: Set<String>] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let header = source.firstMatch(of: /(enum|struct) (\w+): Phrasebook/) else { continue }
            let name = String(header.output.2)
            var cases: Set<String> = []
            if header.output.1 == "enum" {
                // Case declarations sit before the first function of the page.
                let body = source[header.range.upperBound...].prefix { _ in true }
                let declarations = body.components(separatedBy: "func text(")[0]
                for line in declarations.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("case ") {
                    let list = line.trimmingCharacters(in: .whitespaces).dropFirst(5)
                    for item in Self.topLevelItems(String(list)) {
                        cases.insert(String(item.prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
                    }
                }
            }
            pages[name] = cases
        }
        return pages
    }

    /// "a, b(x: Int, y: Int), c" → ["a", "b(x: Int, y: Int)", "c"].
    static func topLevelItems(_ list: String) -> [String] {
        var items: [String] = []
        var depth = 0
        var current = ""
        for character in list {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == "," && depth == 0 {
                items.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { items.append(current.trimmingCharacters(in: .whitespaces)) }
        return items
    }

    @Test func everyPageIsRegisteredAndEveryCaseHasASample() throws {
        let declared = try Self.declaredPages()
        #expect(declared.count >= 8)
        let registered = Set(MessageCatalog.pages.map { String(describing: $0) })
        for (page, cases) in declared {
            #expect(registered.contains(page), "page \(page) is not in MessageCatalog.pages")
            let sampled = Set(MessageCatalog.samples(in: .en).filter { $0.page == page }.map(\.sample))
            for name in cases {
                #expect(sampled.contains(name), "\(page).\(name) has no sample")
            }
        }
    }

    @Test func refusalsCoverEveryCommerceError() throws {
        let source = try String(
            contentsOf: Self.folder.appendingPathComponent("../../ShopCommerce/CommerceError.swift").standardized, encoding: .utf8)
        // `case .unknownProduct: "unknown_product"` in `code`: each case's code, which samples must cover.
        let codes = source.components(separatedBy: "public var code")[1].components(separatedBy: "public var description")[0]
        let names = codes.matches(of: /case \.(\w+): "(\w+)"/).map { (String($0.output.1), String($0.output.2)) }
        #expect(names.count > 30)
        let sampled = Set(RefusalText.samples.map(\.error.code))
        for (name, code) in names { #expect(sampled.contains(code), "CommerceError.\(name) has no sample in RefusalText") }
    }

    /// Latin words a Chinese sentence may hold: brands, the shop's name, sample user names,
    /// currency and units.
    static let allowedLatin: Set<String> = [
        "shopchat", "bob", "alice", "carol", "Midea", "Xiaomi", "Panda", "iPhone", "KiB", "UTF", "mAh", "GB", "help", "huawei", "xiaomi",
        "midea", "json", "csv", "md",
        // The `/coupon` command's option names and kinds, which the operator types as they are.
        "kind", "min", "off", "pct", "store", "expires", "limit", "threshold", "percent", "fixed", "shipping",
    ]

    /// Said in the language just chosen, whatever the turn's: "说英文" is answered in English.
    static let inTheChosenLanguage = "languageSet"

    @Test func chineseSamplesHaveNoEnglishLeft() {
        for sample in MessageCatalog.samples(in: .zh) where sample.sample != Self.inTheChosenLanguage {
            #expect(
                sample.text.unicodeScalars.contains(where: Language.isHan), "\(sample.page).\(sample.sample) has no Chinese: \(sample.text)"
            )
            for word in Self.latinWords(in: sample.text) {
                #expect(Self.isAllowed(word), "\(sample.page).\(sample.sample) has English \"\(word.text)\": \(sample.text)")
            }
        }
    }

    @Test func englishSamplesAreEnglish() {
        for sample in MessageCatalog.samples(in: .en) where sample.sample != Self.inTheChosenLanguage {
            #expect(!sample.text.isEmpty)
            #expect(sample.text.contains(where: { $0.isASCII && $0.isLetter }), "\(sample.page).\(sample.sample): \(sample.text)")
            #expect(
                !["。", "，", "：", "！", "？"].contains(where: sample.text.contains),
                "\(sample.page).\(sample.sample) has Chinese punctuation: \(sample.text)")
        }
    }

    struct LatinWord {
        var text: String
        /// The character before it: "/" for a command, "@" or "#" for a name.
        var before: Character?
        /// The character after it: "=" after an option's name (`min=`), which is typed as it is.
        var after: Character?
        var allCaps: Bool { text.allSatisfy { $0.isUppercase } }
    }

    static func latinWords(in text: String) -> [LatinWord] {
        var words: [LatinWord] = []
        var current = ""
        var before: Character?
        var previous: Character?
        for character in text + " " {
            if character.isASCII && character.isLetter {
                if current.isEmpty { before = previous }
                current.append(character)
            } else {
                if !current.isEmpty, !(character.isASCII && character.isNumber) || current.count > 1 {
                    words.append(LatinWord(text: current, before: before, after: character))
                }
                current = ""
            }
            previous = character
        }
        return words
    }

    static func isAllowed(_ word: LatinWord) -> Bool {
        // Codes, known names, units ("2h"), and what an operator types exactly: `/stock`, `min=`,
        // `kind=threshold|percent`, `[store=…]`.
        if word.allCaps || word.text.count == 1 || allowedLatin.contains(word.text) { return true }
        if let before = word.before, "/@#-=|[+.".contains(before) || before.isNumber { return true }
        if let after = word.after, "=|".contains(after) { return true }
        return false
    }
}
