import ShopText

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
    /// The description in Simplified Chinese; empty when the catalog gave none.
    public var descriptionZh: String
    /// What the catalog row says of its category and store, for `importProducts` to record
    /// (`category_zh`, `store_name`, `store_name_zh`); empty when the row says nothing. They belong
    /// to the category and the store, not the product, so products read back from the store leave
    /// them empty: ask `categoryNamesZh()` and `store(id:)` instead.
    public var categoryZh: String
    public var storeName: String
    public var storeNameZh: String

    public init(
        sku: String, name: String, nameZh: String = "", brand: String = "", category: String = "",
        store: String = "", price: Int64, stock: Int64, rating: Double = 0, tags: [String] = [],
        description: String = "", descriptionZh: String = "", categoryZh: String = "", storeName: String = "",
        storeNameZh: String = ""
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
        self.descriptionZh = descriptionZh
        self.categoryZh = categoryZh
        self.storeName = storeName
        self.storeNameZh = storeNameZh
    }

    /// The group-buy price: 90% of the price, rounded down to the fen (PROTOCOL.md §9).
    public var groupPrice: Int64 { price * 90 / 100 }

    public var isDeal: Bool { tags.contains("deal") }
}
