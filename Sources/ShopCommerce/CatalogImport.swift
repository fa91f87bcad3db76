import Foundation
import ShopText

/// Reads a catalog file (PROTOCOL.md §8) into products, all or nothing: any bad row fails the
/// whole file with every problem listed by line number.
public enum CatalogImport {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        /// The same in Chinese, for an operator who works in Chinese (PROTOCOL.md §4a).
        public var zh: String
        public var description: String { "line \(line): \(message)" }
        public var descriptionZh: String { "第\(line)行：\(zh.isEmpty ? message : zh)" }

        public init(line: Int, message: String, zh: String = "") {
            self.line = line
            self.message = message
            self.zh = zh
        }

        /// The English says what went wrong; the Chinese is the same words again.
        public static func == (lhs: Problem, rhs: Problem) -> Bool { lhs.line == rhs.line && lhs.message == rhs.message }
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(String)
        case invalid([Problem])

        public var description: String {
            switch self {
            case .unreadable(let why): return why
            case .invalid(let problems):
                let shown = problems.prefix(10).map(\.description).joined(separator: "; ")
                let more = problems.count > 10 ? " (and \(problems.count - 10) more)" : ""
                let count = problems.count >= CatalogReader.mostProblems ? "\(problems.count)+" : "\(problems.count)"
                return "\(count) bad row\(problems.count == 1 ? "" : "s"), nothing imported: \(shown)\(more)"
            }
        }

        public var descriptionZh: String {
            switch self {
            case .unreadable(let why): return Self.chinese(why)
            case .invalid(let problems):
                let shown = problems.prefix(10).map(\.descriptionZh).joined(separator: "；")
                let more = problems.count > 10 ? "（还有\(problems.count - 10)行）" : ""
                return "有\(problems.count)行有问题，什么都没导入：\(shown)\(more)"
            }
        }

        /// The file-level reasons above, in Chinese.
        static func chinese(_ why: String) -> String {
            switch why {
            case "the file holds no products": return "文件里没有商品"
            case "the file is empty": return "文件是空的"
            case "the file is not valid JSON": return "文件不是有效的JSON"
            case "the JSON is not an array of products": return "JSON不是商品列表（数组）"
            case let lacking where lacking.hasPrefix("the header lacks "): return "表头缺少" + lacking.dropFirst("the header lacks ".count)
            case let missing where missing.hasPrefix("the demo catalog resource"): return "找不到演示商品目录文件"
            default: return "文件读不了"
            }
        }
    }

    /// The fields a catalog row may give, by the names a header or a JSON object uses.
    enum Field: Int, CaseIterable {
        case sku, name, nameZh, brand, category, store, price, stock, rating, tags, description, descriptionZh
        case categoryZh, storeName, storeNameZh

        var name: String {
            switch self {
            case .sku: "sku"
            case .name: "name"
            case .nameZh: "name_zh"
            case .brand: "brand"
            case .category: "category"
            case .store: "store"
            case .price: "price"
            case .stock: "stock"
            case .rating: "rating"
            case .tags: "tags"
            case .description: "description"
            case .descriptionZh: "description_zh"
            case .categoryZh: "category_zh"
            case .storeName: "store_name"
            case .storeNameZh: "store_name_zh"
            }
        }
    }

    static let required: [Field] = [.sku, .name, .category, .store, .price, .stock]

    /// Parses `text` as JSON when it starts with `[`, else as CSV with a header row.
    public static func parse(_ text: String) throws(Failure) -> [Product] {
        let trimmed = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        guard trimmed.first == "[" else {
            var reader = CatalogReader()
            return try reader.feed(Array(text.utf8)) + reader.finish()
        }
        let rows = try jsonRows(String(trimmed), leadingLines: text.prefix(while: { $0 != "[" }).filter { $0 == "\n" }.count)
        var products: [Product] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        var names = NamesSaid()
        for row in rows {
            switch product(from: row.fields) {
            case .success(let product):
                if let first = seen[product.sku] {
                    problems.append(
                        Problem(line: row.line, message: "SKU \(product.sku) repeats line \(first)", zh: "SKU \(product.sku)和第\(first)行重复"))
                } else if let conflict = names.check(product, line: row.line) {
                    problems.append(Problem(line: row.line, message: conflict.text, zh: conflict.zh))
                } else {
                    seen[product.sku] = row.line
                    products.append(product)
                }
            case .failure(let message):
                problems.append(Problem(line: row.line, message: message.text, zh: message.zh))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        if products.isEmpty { throw .unreadable("the file holds no products") }
        return products
    }

    struct Message: Error {
        var text: String
        var zh: String
    }

    /// The first line that named each category and store, so that two rows of one file cannot
    /// name the same one differently: which should win would be a guess, and a typo in one row
    /// would rename a whole category.
    struct NamesSaid {
        var categoryZh: [String: (line: Int, name: String)] = [:]
        var storeName: [String: (line: Int, name: String)] = [:]
        var storeNameZh: [String: (line: Int, name: String)] = [:]

        /// What is wrong with `product`'s names, or nil; a row that leaves a name empty agrees with any.
        mutating func check(_ product: Product, line: Int) -> Message? {
            func agree(_ said: inout [String: (line: Int, name: String)], key: String, name: String, field: String, of what: String)
                -> Message?
            {
                guard !name.isEmpty else { return nil }
                if let first = said[key] {
                    // Values are not echoed (see `product(from:)`); the two lines are enough to find them.
                    return first.name == name
                        ? nil
                        : Message(
                            text: "\(field) differs from line \(first.line)'s for the same \(what)",
                            zh: "\(field)和第\(first.line)行给同一个\(what == "store" ? "店铺" : "分类")的不一样")
                }
                said[key] = (line, name)
                return nil
            }
            return agree(&categoryZh, key: product.category, name: product.categoryZh, field: "category_zh", of: "category")
                ?? agree(&storeName, key: product.store, name: product.storeName, field: "store_name", of: "store")
                ?? agree(&storeNameZh, key: product.store, name: product.storeNameZh, field: "store_name_zh", of: "store")
        }
    }

    static func product(from fields: [String: String]) -> Result<Product, Message> {
        product { fields[$0.name] }
    }

    /// The product of a row that gives each field as `value(field)` (nil when it has none).
    static func product(_ value: (Field) -> String?) -> Result<Product, Message> {
        func field(_ name: Field) -> String {
            Self.trimmed(value(name) ?? "")
        }
        for name in required where field(name).isEmpty {
            return .failure(Message(text: "\(name.name) is missing", zh: "缺少\(name.name)"))
        }
        let sku = field(.sku)
        // Bytes, not Characters: a Character's properties cost a tenth of a large import's reading.
        guard sku.utf8.count <= 32, sku.utf8.allSatisfy({ Self.isSKUByte($0) })
        else { return .failure(Message(text: "sku must be up to 32 letters, digits, - or _", zh: "sku只能是最多32个字母、数字、-或_")) }
        let store = field(.store)
        guard !Self.hasWhitespace(store) else {
            return .failure(Message(text: "store must be one word (an id such as xiaomi)", zh: "store必须是一个词（店铺id，比如xiaomi）"))
        }
        // Field values are not echoed: an operator's typo is found by its line, and a file that
        // isn't a catalog at all must not be shown back through the error.
        guard let price = Money.parseYuan(field(.price)), price <= Limits.money.upperBound else {
            return .failure(
                Message(text: "price is not yuan with at most two decimals, up to ¥1,000,000", zh: "price必须是以元为单位、最多两位小数、不超过¥1,000,000的价格"))
        }
        guard let stock = Int64(field(.stock)), Limits.stock.contains(stock) else {
            return .failure(Message(text: "stock is not a whole number from 0 to 10^12", zh: "stock必须是0到10^12之间的整数"))
        }
        var rating = 0.0
        if !field(.rating).isEmpty {
            guard let value = Double(field(.rating)), value.isFinite, (0...5).contains(value) else {
                return .failure(Message(text: "rating is not between 0 and 5", zh: "rating必须在0到5之间"))
            }
            rating = (value * 10).rounded() / 10
        }
        let tags = field(.tags).split(separator: "|").map { tag in
            // Foundation's trimming only where an end may need it (it was 5 % of an import's reading).
            let plain = tag.utf8.first.map(Self.isPlain) == true && tag.utf8.last.map(Self.isPlain) == true
            return (plain ? String(tag) : tag.trimmingCharacters(in: .whitespaces)).lowercased()
        }
        .filter { !$0.isEmpty }
        return .success(
            Product(
                sku: sku.uppercased(), name: field(.name), nameZh: field(.nameZh), brand: field(.brand),
                category: field(.category).lowercased(), store: store.lowercased(), price: price, stock: stock,
                rating: rating, tags: tags, description: field(.description), descriptionZh: field(.descriptionZh),
                categoryZh: field(.categoryZh), storeName: field(.storeName), storeNameZh: field(.storeNameZh)))
    }

    static func jsonRows(_ text: String, leadingLines: Int) throws(Failure) -> [(line: Int, fields: [String: String])] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw .unreadable("the file is not valid JSON")
        }
        guard let items = object as? [Any] else { throw .unreadable("the JSON is not an array of products") }
        let lines = objectStartLines(text).map { $0 + leadingLines }
        var rows: [(line: Int, fields: [String: String])] = []
        var problems: [Problem] = []
        for (index, item) in items.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            guard let dictionary = item as? [String: Any] else {
                problems.append(Problem(line: line, message: "item \(index + 1) is not an object", zh: "第\(index + 1)项不是对象"))
                continue
            }
            var fields: [String: String] = [:]
            for (key, value) in dictionary {
                switch value {
                case let string as String: fields[key.lowercased()] = string
                case let number as NSNumber: fields[key.lowercased()] = jsonNumber(number, key: key)
                case let list as [Any]: fields[key.lowercased()] = list.map { "\($0)" }.joined(separator: "|")
                default: continue
                }
            }
            rows.append((line, fields))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return rows
    }

    /// Prices as JSON numbers keep two decimals ("199.9" → "199.90"); others print plainly.
    static func jsonNumber(_ number: NSNumber, key: String) -> String {
        if key.lowercased() == "price" {
            let fen = (number.doubleValue * 100).rounded()
            guard abs(number.doubleValue * 100 - fen) < 1e-6 else { return number.stringValue }
            return Money.format(Int64(fen)).replacingOccurrences(of: "¥", with: "")
        }
        return number.stringValue
    }

    /// The line on which each top-level array element starts, so JSON errors can name a line.
    static func objectStartLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var elementStarted = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if depth == 1 && byte == UInt8(ascii: ",") {
                elementStarted = false
                continue
            }
            if depth == 1 && !isSpace && !elementStarted && byte != UInt8(ascii: "]") {
                lines.append(line)
                elementStarted = true
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return lines
    }

    static func isSKUByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// An ASCII byte that is neither a space nor a control.
    static func isPlain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Whether `text` holds whitespace, Character by Character only when it is not all ASCII.
    static func hasWhitespace(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(where: \.isWhitespace) }
        return text.utf8.contains { $0 == 0x20 || (0x09...0x0D).contains($0) }
    }

    /// Without surrounding spaces; most fields have none, and checking a Character for
    /// whitespace is slow enough to show in a million-row import, so the ends are read as scalars
    /// when they are plain ASCII or Chinese (which no mark can follow into one Character).
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        func plain(_ scalar: Unicode.Scalar) -> Bool { (scalar.value > 0x20 && scalar.value < 0x80) || SearchTerms.isHan(scalar) }
        if plain(first) && plain(last) { return text }
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
