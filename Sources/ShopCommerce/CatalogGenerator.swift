import Foundation
import ShopText

/// A large, realistic catalog made up from a seed, for measuring search and import at scale
/// (`shopchat bench --catalog N`). Row `i` depends only on `i` and the seed, so a row can be
/// recomputed without the others — judged queries name products without holding the catalog —
/// and the same count and seed always give byte-identical files, of which a smaller count is a
/// prefix.
///
/// Products are `G0000001`…, named brand + type + spec + colour + a model code that is unique
/// across the whole catalog ("Midea Rice Cooker 4L MB-K3821E" / "美的电饭煲 4L MB-K3821E"), in
/// 5,000 stores (`s00001`…) that each sell one brand.
public struct CatalogGenerator: Sendable {
    public static let header =
        "sku,name,name_zh,brand,category,category_zh,store,store_name,store_name_zh,price,stock,rating,tags,description,description_zh"
    public static let storeCount = 5_000
    /// Letters of model codes; I and O are left out, as makers do, so they aren't read as 1 and 0.
    static let codeLetters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    /// How many distinct model codes there are (letter, four digits, letter), hence products.
    public static let maximumCount = 24 * 10_000 * 24

    public let count: Int
    public let seed: UInt64

    public init(count: Int, seed: UInt64 = 1) {
        precondition((0...Self.maximumCount).contains(count), "a generated catalog holds 0 to \(Self.maximumCount) products")
        self.count = count
        self.seed = seed
    }

    /// Where model codes start in the code space, so another seed gives other codes. Computed,
    /// not stored: one SplitMix step costs less than keeping the struct's layout in mind.
    private var codeOffset: UInt64 {
        var random = SeededRandom(seed: seed)
        return random.next() % UInt64(Self.maximumCount)
    }

    /// One generated product, with the words its queries are made of.
    public struct Row: Sendable, Equatable {
        public var sku: String
        public var name: String
        public var nameZh: String
        public var brand: String
        public var brandZh: String
        /// The product type, lower-case English ("rice cooker") and Chinese ("电饭煲").
        public var type: String
        public var typeZh: String
        /// The model code that makes the name unique ("MB-K3821E").
        public var model: String
        public var category: String
        public var categoryZh: String
        public var store: String
        public var storeName: String
        public var storeNameZh: String
        public var price: Int64
        public var stock: Int64
        /// Tenths of a star, 35–50.
        public var ratingTenths: Int
        public var tags: [String]
        public var description: String
        public var descriptionZh: String
    }

    /// What product `index` is made of, drawn before any text is written: the CSV writer turns it
    /// into bytes, `row(_:)` into strings.
    struct Draw {
        var type: Int
        var brand: Int
        var spec: Int?
        var colour: Int?
        /// The store's number among its brand's stores, from 0.
        var store: Int
        var price: Int64
        var stock: Int64
        var rating: Int
        /// Index into `tagLists`.
        var tags: Int
        var features: (Int, Int)
    }

    static let tagLists: [[String]] = [[], ["deal"], ["bestseller"], ["deal", "bestseller"], ["new"]]

    func draw(_ index: Int) -> Draw {
        // Each row has a SplitMix64 of its own, seeded from its index and the seed, so rows need
        // not be made in order.
        var mixer = SeededRandom(seed: UInt64(index))
        var random = SeededRandom(seed: mixer.next() ^ seed)
        let typeIndex = random.below(Self.types.count)
        let type = Self.types[typeIndex]
        let brand = type.brands[random.below(type.brands.count)]
        let category = Self.categories[type.category]
        let spec = type.specs.isEmpty ? nil : random.below(type.specs.count)
        let colour = type.coloured && !category.colours.isEmpty ? random.below(category.colours.count) : nil
        let store = random.below(Self.stores(ofBrand: brand))
        let price = Self.price(type, spec: spec ?? 0, random: &random)
        let stock: Int64 = random.below(25) == 0 ? 0 : Int64(1 + random.below(1_999))
        let rating = 35 + max(random.below(16), random.below(16))
        let tags =
            switch random.below(100) {
            case 0..<12: 1
            case 12..<18: 2
            case 18..<22: 3
            case 22..<28: 4
            default: 0
            }
        let first = random.below(category.features.count)
        let second = (first + 1 + random.below(category.features.count - 1)) % category.features.count
        return Draw(
            type: typeIndex, brand: brand, spec: spec, colour: colour, store: store, price: price, stock: stock, rating: rating, tags: tags,
            features: (first, second))
    }

    /// Product `index` (0-based; its SKU is `G` and index + 1), as the CSV file has it.
    public func row(_ index: Int) -> Row {
        precondition((0..<count).contains(index))
        let draw = draw(index)
        let type = Self.types[draw.type]
        let brand = Self.brands[draw.brand].name
        let category = Self.categories[type.category]
        let spec = draw.spec.map { type.specs[$0] }
        let colour = draw.colour.map { category.colours[$0] }
        let title = Self.titles[draw.type]
        let model = model(index, brand: draw.brand, type: draw.type)
        var name = brand.en + " " + title
        var nameZh = brand.zh + type.name.zh
        for words in [spec, colour].compactMap({ $0 }) {
            name += " " + words.en
            nameZh += " " + words.zh
        }
        let features = (category.features[draw.features.0], category.features[draw.features.1])
        return Row(
            sku: Self.sku(index), name: name + " " + model, nameZh: nameZh + " " + model, brand: brand.en, brandZh: brand.zh,
            type: type.name.en.lowercased(), typeZh: type.name.zh, model: model, category: category.key, categoryZh: category.zh,
            store: Self.storeID(brand: draw.brand, number: draw.store), storeName: "\(brand.en) Store \(draw.store + 1)",
            storeNameZh: "\(brand.zh)专卖店\(draw.store + 1)", price: draw.price, stock: draw.stock, ratingTenths: draw.rating,
            tags: Self.tagLists[draw.tags],
            description: (spec.map { "\(title) (\($0.en))" } ?? title) + ": \(features.0.en); \(features.1.en).",
            descriptionZh: (spec?.zh ?? "") + type.name.zh + "，\(features.0.zh)，\(features.1.zh)。")
    }

    /// Writes the whole catalog as CSV (PROTOCOL.md §8) to `path`, a megabyte at a time, so a
    /// million rows take no more memory than ten. Returns the bytes written.
    @discardableResult
    public func write(to path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        let chunk = 1 << 20
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk + 4_096)
        var written = 0
        buffer.append(contentsOf: Self.header.utf8)
        buffer.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            appendCSV(index, to: &buffer)
            if buffer.count >= chunk {
                try file.write(contentsOf: buffer)
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try file.write(contentsOf: buffer)
        return written + buffer.count
    }

    // MARK: Pieces of a row

    static func sku(_ index: Int) -> String {
        let digits = String(index + 1)
        return "G" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// Stores are dealt to brands in turn: store k (1-based) sells brand (k - 1) mod 15.
    static func stores(ofBrand brand: Int) -> Int { (storeCount - 1 - brand) / brands.count + 1 }

    static func storeNumber(brand: Int, number: Int) -> Int { brand + 1 + brands.count * number }

    static func storeID(brand: Int, number: Int) -> String {
        let digits = String(storeNumber(brand: brand, number: number))
        return "s" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// The model code of product `index` ("MB-K3821E"): the brand's prefix for the type's line,
    /// then a suffix unique to the index.
    func model(_ index: Int, brand: Int, type: Int) -> String {
        var bytes: [UInt8] = []
        appendModel(index, brand: brand, type: type, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Letter, four digits, letter ("K3821E"), different for every index: an affine map that is
    /// a bijection on the code space (its factor is prime to 24 · 10⁴ · 24) scatters consecutive
    /// products, as real model numbers are.
    func appendModel(_ index: Int, brand: Int, type: Int, to bytes: inout [UInt8]) {
        let codes = Self.brands[brand].codes
        bytes.append(contentsOf: codes[type % codes.count].utf8)
        bytes.append(UInt8(ascii: "-"))
        let space = UInt64(Self.maximumCount)
        let code = (UInt64(index) &* 1_234_567 &+ codeOffset) % space
        bytes.append(Self.codeLetters[Int(code / 240_000)])
        Self.appendDigits(Int(code / 24 % 10_000), width: 4, to: &bytes)
        bytes.append(Self.codeLetters[Int(code % 24)])
    }

    /// A price in fen within the type's range, higher for bigger specs, ending the way shops
    /// price things: ¥39.90, ¥259.00, ¥2,999.00.
    static func price(_ type: ProductType, spec: Int, random: inout SeededRandom) -> Int64 {
        let low = type.yuan.lowerBound * 100
        let high = type.yuan.upperBound * 100
        let steps = Int64(max(type.specs.count, 1)) * 1_000
        let raw = low + (high - low) * (Int64(spec) * 1_000 + Int64(random.below(1_000))) / steps
        switch raw {
        case ..<10_000: return max(1, (raw + 500) / 1_000) * 1_000 - 10
        case ..<100_000: return ((raw + 500) / 1_000 * 10 - 1) * 100
        default: return ((raw + 5_000) / 10_000 * 100 - 1) * 100
        }
    }

    /// Each type's English name in title case ("Rice Cooker", "USB Cable"), made once.
    static let titles: [String] = types.map { type in
        type.name.en.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

extension SeededRandom {
    /// A number in 0..<bound. Plain modulo, not `Int.random(in:using:)`, whose way of drawing may
    /// change with the standard library and would change every generated file.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
