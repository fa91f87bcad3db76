/// A product of the catalog (PROTOCOL.md §8).
public struct Product: Sendable, Equatable, Hashable {
    public var sku: String
    public var name: String
    public var nameZh: String
    public var brand: String
    public var category: String
    public var store: String
    /// Price in fen.
    public var price: Int64
    public var stock: Int64
    /// 0…5.
    public var rating: Double
    public var tags: [String]
    public var description: String

    public init(
        sku: String, name: String, nameZh: String = "", brand: String = "", category: String = "",
        store: String = "", price: Int64, stock: Int64, rating: Double = 0, tags: [String] = [],
        description: String = ""
    ) {
        self.sku = sku
        self.name = name
        self.nameZh = nameZh
        self.brand = brand
        self.category = category
        self.store = store
        self.price = price
        self.stock = stock
        self.rating = rating
        self.tags = tags
        self.description = description
    }

    /// The group-buy price: 90% of the price, rounded down to the fen (PROTOCOL.md §9).
    public var groupPrice: Int64 { price * 90 / 100 }

    public var isDeal: Bool { tags.contains("deal") }
}
