/// CSV lines written straight from a row's draw as bytes: a million rows must take seconds, and
/// making each row's strings first took ten microseconds a row. `row(_:)` makes the same text as
/// strings; a test holds the two to each other. No word of the tables holds a comma, quote or
/// line break (asserted when the tables are first read, so a debug run or a test catches one),
/// so no field needs quoting.
extension CatalogGenerator {
    /// The words of the tables as UTF-8, made once.
    private struct Bytes {
        struct Kind {
            var title: [UInt8]
            var zh: [UInt8]
            var specs: [(en: [UInt8], zh: [UInt8])]
        }

        struct Category {
            var key: [UInt8]
            var zh: [UInt8]
            var colours: [(en: [UInt8], zh: [UInt8])]
            var features: [(en: [UInt8], zh: [UInt8])]
        }

        var brands: [(en: [UInt8], zh: [UInt8])]
        var types: [Kind]
        var categories: [Category]
        var tags: [[UInt8]]

        init() {
            func pair(_ words: Words) -> (en: [UInt8], zh: [UInt8]) { (Array(words.en.utf8), Array(words.zh.utf8)) }
            brands = CatalogGenerator.brands.map { pair($0.name) }
            types = zip(CatalogGenerator.types, CatalogGenerator.titles).map { type, title in
                Kind(title: Array(title.utf8), zh: Array(type.name.zh.utf8), specs: type.specs.map(pair))
            }
            categories = CatalogGenerator.categories.map {
                Category(key: Array($0.key.utf8), zh: Array($0.zh.utf8), colours: $0.colours.map(pair), features: $0.features.map(pair))
            }
            tags = CatalogGenerator.tagLists.map { Array($0.joined(separator: "|").utf8) }
            let all =
                brands + types.flatMap { [($0.title, $0.zh)] + $0.specs }
                + categories.flatMap { [($0.key, $0.zh)] + $0.colours + $0.features }
            assert(
                all.allSatisfy {
                    !($0.en + $0.zh).contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") }
                },
                "a word of the generator's tables would need quoting in CSV")
        }
    }

    private static let bytes = Bytes()

    /// Appends product `index`'s CSV line, with its newline.
    func appendCSV(_ index: Int, to line: inout [UInt8]) {
        let draw = draw(index)
        let words = Self.bytes
        let type = words.types[draw.type]
        let brand = words.brands[draw.brand]
        let category = words.categories[Self.types[draw.type].category]
        let spec = draw.spec.map { type.specs[$0] }
        let colour = draw.colour.map { category.colours[$0] }
        let comma = UInt8(ascii: ",")
        let space = UInt8(ascii: " ")

        line.append(UInt8(ascii: "G"))
        Self.appendDigits(index + 1, width: 7, to: &line)
        line.append(comma)
        // name
        line += brand.en
        line.append(space)
        line += type.title
        for words in [spec, colour].compactMap({ $0 }) {
            line.append(space)
            line += words.en
        }
        line.append(space)
        appendModel(index, brand: draw.brand, type: draw.type, to: &line)
        line.append(comma)
        // name_zh
        line += brand.zh
        line += type.zh
        for words in [spec, colour].compactMap({ $0 }) {
            line.append(space)
            line += words.zh
        }
        line.append(space)
        appendModel(index, brand: draw.brand, type: draw.type, to: &line)
        line.append(comma)
        // brand, category, category_zh
        line += brand.en
        line.append(comma)
        line += category.key
        line.append(comma)
        line += category.zh
        line.append(comma)
        // store, store_name, store_name_zh
        line.append(UInt8(ascii: "s"))
        Self.appendDigits(Self.storeNumber(brand: draw.brand, number: draw.store), width: 5, to: &line)
        line.append(comma)
        line += brand.en
        line += " Store ".utf8
        Self.appendDigits(draw.store + 1, width: 1, to: &line)
        line.append(comma)
        line += brand.zh
        line += "专卖店".utf8
        Self.appendDigits(draw.store + 1, width: 1, to: &line)
        line.append(comma)
        // price, stock, rating, tags
        Self.appendDigits(Int(draw.price / 100), width: 1, to: &line)
        line.append(UInt8(ascii: "."))
        Self.appendDigits(Int(draw.price % 100), width: 2, to: &line)
        line.append(comma)
        Self.appendDigits(Int(draw.stock), width: 1, to: &line)
        line.append(comma)
        Self.appendDigits(draw.rating / 10, width: 1, to: &line)
        line.append(UInt8(ascii: "."))
        Self.appendDigits(draw.rating % 10, width: 1, to: &line)
        line.append(comma)
        line += words.tags[draw.tags]
        line.append(comma)
        // description, description_zh
        let features = (category.features[draw.features.0], category.features[draw.features.1])
        line += type.title
        if let spec {
            line += " (".utf8
            line += spec.en
            line.append(UInt8(ascii: ")"))
        }
        line += ": ".utf8
        line += features.0.en
        line += "; ".utf8
        line += features.1.en
        line.append(UInt8(ascii: "."))
        line.append(comma)
        if let spec { line += spec.zh }
        line += type.zh
        line += "，".utf8
        line += features.0.zh
        line += "，".utf8
        line += features.1.zh
        line += "。".utf8
        line.append(UInt8(ascii: "\n"))
    }

    /// The CSV line of product `index`, without its newline.
    public func csvLine(_ index: Int) -> String {
        var line: [UInt8] = []
        appendCSV(index, to: &line)
        return String(decoding: line.dropLast(), as: UTF8.self)
    }

    /// `value` (not negative) in decimal, zero-padded to `width` digits.
    static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var digits = 1
        var scale = 10
        while value >= scale && digits < 18 {
            digits += 1
            scale *= 10
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(digits, width)))
        var rest = value
        var position = bytes.count - 1
        while rest > 0 {
            bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
    }
}
