import Foundation
import ShopText

/// Common names of things people shop for (`Resources/product-words.txt`), read once per
/// process. With them "do you have diapers" reads as shopping even before the catalog is known.
enum ProductWords {
    static let all: [String] = {
        guard let url = Bundle.module.url(forResource: "product-words", withExtension: "txt"),
            let data = FileManager.default.contents(atPath: url.path)
        else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let word = line.trimmingCharacters()
            return word.isEmpty || word.hasPrefix("#") ? nil : word.quickLowercased()
        }
    }()

    /// The Chinese ones of two characters or more.
    static let chinese: Set<String> = Set(
        all.filter { $0.count >= 2 && $0.unicodeScalars.allSatisfy { $0.properties.isIdeographic } })
}
