/// A catalog search: free text plus filters, all optional.
public struct SearchQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, Hashable {
        case relevance
        case priceAscending = "price_asc"
        case priceDescending = "price_desc"
        case rating, sales
    }

    public var text: String
    public var category: String?
    public var brand: String?
    public var store: String?
    public var minPrice: Int64?
    public var maxPrice: Int64?
    public var dealsOnly: Bool
    public var sort: Sort
    public var limit: Int
    /// When nothing has every word, drop words no product has and accept any word (see
    /// `Commerce.search`); unset, only a typo's correction is tried.
    public var forgiving = true
    /// Match product names only, not categories, stores, tags or descriptions.
    public var namesOnly = false

    public init(
        text: String = "", category: String? = nil, brand: String? = nil, store: String? = nil,
        minPrice: Int64? = nil, maxPrice: Int64? = nil, dealsOnly: Bool = false,
        sort: Sort = .relevance, limit: Int = 10
    ) {
        self.text = text
        self.category = category
        self.brand = brand
        self.store = store
        self.minPrice = minPrice
        self.maxPrice = maxPrice
        self.dealsOnly = dealsOnly
        self.sort = sort
        self.limit = limit
    }
}
