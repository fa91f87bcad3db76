/// What a search asks of the store's text index (`SQLSession.textMatch`).
public struct TextSearch: Sendable {
    /// The words every match holds (or any one of them, when `any`) within `scope`.
    public var terms: [String]
    public var scope: SearchScope
    public var any: Bool
    /// Words the search's filters imply every match holds: a brand's among the names, a
    /// category's or store's among the other catalog words (`FilterTerms`). The filters are
    /// still checked row by row (a tag may say "baby" too); these let the index narrow its
    /// matches before a row is read: "kids smartwatch" (the baby category, none there) read
    /// every smartwatch of a million three times on PostgreSQL, 78 ms.
    public var filters: FilterTerms
    /// How many products hold each term and filter term (`search_terms`), given where the
    /// store plans by them (`SQLSession.plansByTermCounts`).
    public var counts: [String: Int64]
    /// How many of the best matches an any-word search reads before the filters the index
    /// cannot check: its own limit when there are none.
    public var candidates: Int

    public init(
        terms: [String], scope: SearchScope, any: Bool, filters: FilterTerms = FilterTerms(), counts: [String: Int64] = [:],
        candidates: Int = TextMatch.anyWordCandidates
    ) {
        self.terms = terms
        self.scope = scope
        self.any = any
        self.filters = filters
        self.counts = counts
        self.candidates = candidates
    }
}

/// The terms a search's brand, category and store filters imply (`TextSearch.filters`).
public struct FilterTerms: Sendable, Equatable {
    /// In the names (`search_name`): the brand's.
    public var names: [String] = []
    /// Among the other catalog words (`search_other`): the category's and the store's.
    public var other: [String] = []

    public init(names: [String] = [], other: [String] = []) {
        self.names = names
        self.other = other
    }

    /// The terms of `query`'s filters, made as a product's own are (`CatalogIndexing`), so a
    /// product that passes a filter holds every one of them.
    public init(of query: SearchQuery) {
        names = query.brand.map { SearchTerms.document([$0]) } ?? []
        other = SearchTerms.document([query.category, query.store].compactMap { $0 })
    }

    public var isEmpty: Bool { names.isEmpty && other.isEmpty }
    public var all: [String] { names + other }
}
