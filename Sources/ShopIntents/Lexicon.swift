import ShopText

/// Words that come from the live catalog rather than from the training phrases.
public struct Lexicon: Sendable, Equatable {
    /// Brand names as the catalog spells them ("Xiaomi", "Midea", "小米").
    public var brands: [String]
    /// Other names of brands, by name: the Chinese names a catalog writes its products with
    /// ("安克" → "Anker", "美的" → "Midea"), so "有美的的吗" filters by the brand.
    public var brandNames: [String: String] = [:]
    /// Store ids (`xiaomi`, `jd-fresh`) with the names people use for them.
    public var stores: [String: [String]]
    /// Category ids (`kitchen`) with their names in English and Chinese ("厨房", "kitchenware").
    public var categories: [String: [String]]
    /// Product names, English and Chinese, with their SKU.
    public var products: [String: String]
    /// Known user names, so "send it to bob" reads `@bob`.
    public var users: [String]
    /// Known group names, so "the family group" reads `#family`.
    public var groups: [String]

    public init(
        brands: [String] = [], stores: [String: [String]] = [:], categories: [String: [String]] = [:],
        products: [String: String] = [:], users: [String] = [], groups: [String] = []
    ) {
        self.brands = brands
        self.stores = stores
        self.categories = categories
        self.products = products
        self.users = users
        self.groups = groups
    }
}

extension Lexicon {
    /// Whether a Chinese `name` ends with a common name of a thing people shop for (小猫袜子: 袜子),
    /// so that it names a product rather than a brand.
    public static func endsWithProductWord(_ name: String) -> Bool {
        let characters = Array(name)
        return (1..<max(1, characters.count - 1)).contains { ProductWords.chinese.contains(String(characters[$0...])) }
    }
}
