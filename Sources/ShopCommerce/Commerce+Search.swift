import ShopText

extension Commerce {
    /// Products matching `query`: those whose names hold every search term first, then those
    /// that hold them anywhere (category, store, tags), each group best rated first. A query the
    /// catalog has no product for is tried again without the terms no product holds, a typo
    /// corrected ("rice coker", "雨伞卖" → 雨伞), and last with any of its terms.
    public func search(_ query: SearchQuery) throws -> [Product] {
        // Sales move with every order: a list sorted by them is not kept.
        guard query.sort != .sales else { return try searchUncached(query) }
        // A repeated search, the catalog as last seen: one statement, which checks the version
        // (where the turn has not read it already).
        if searchMemo.catalog == nil, let seen = SearchCache.shared.lastSeen,
            let skus = SearchCache.shared.skus(for: SearchCache.Key(catalog: seen.id, version: seen.version, query: query)),
            let found = try products(skus: skus, whileCatalogIs: seen)
        {
            return found
        }
        guard let catalog = try catalogVersion() else { return try searchUncached(query) }
        SearchCache.shared.lastSeen = catalog
        let key = SearchCache.Key(catalog: catalog.id, version: catalog.version, query: query)
        if let skus = SearchCache.shared.skus(for: key) { return try products(skus: skus) }
        let found = try searchUncached(query)
        SearchCache.shared.remember(found.map(\.sku), for: key)
        return found
    }

    /// The catalog's identity and version (`SearchCache`); nil in a store without them.
    func catalogVersion() throws -> (id: String, version: Int64)? {
        if let known = searchMemo.catalog { return known }
        let catalog = try tx.first("SELECT id, version FROM catalog_version").map { try ($0.string("id"), $0.int("version")) }
        searchMemo.catalog = .some(catalog)
        return catalog
    }

    private func searchUncached(_ query: SearchQuery) throws -> [Product] {
        guard let text = SearchSynonyms.rewritten(query.text) else { return try searchAsSaid(query) }
        // The words as said, none dropped; fewer than wanted, the catalog may call it otherwise
        // (SearchSynonyms): "耐克空军一号" is the Air Force 1 before it is anything 耐克.
        var strict = query
        strict.forgiving = false
        let found = try searchAsSaid(strict)
        var synonym = query
        synonym.text = text
        if found.count < query.limit {
            let shown = Set(found.map(\.sku))
            let more = found + (try searchAsSaid(synonym)).filter { !shown.contains($0.sku) }.prefix(query.limit - found.count)
            if !more.isEmpty || !query.forgiving { return more }
            return try searchAsSaid(query)
        }
        return found
    }

    private func searchAsSaid(_ query: SearchQuery) throws -> [Product] {
        // Where the search plans by counts, every count it may need in one statement: its model
        // numbers', its words' read either way, its filters' (two or three round trips before).
        let models = SearchTerms.modelNumbers(in: query.text).map(SearchTerms.modelTerm)
        if tx.plansByTermCounts { _ = try productCounts(of: countedTerms(query, models: models)) }
        let terms = try queryTerms(query.text, models: models)
        guard !terms.isEmpty else { return try browse(query) }
        let found = try search(query, terms: terms, any: false)
        if !found.isEmpty { return found }
        let known = try corrected(terms, dropping: query.forgiving)
        // "ps5" with no PS in the catalog: the 5 left alone names no product (it matched every 5L
        // and 5-pack); a number is searched only beside a word that was said or corrected.
        if terms.contains(where: { !Self.isNumber($0) }), known.allSatisfy(Self.isNumber) { return [] }
        if !known.isEmpty, known != terms {
            let fixed = try search(query, terms: known, any: false)
            if !fixed.isEmpty { return fixed }
        }
        // Nothing has every word: show what has some of them rather than nothing.
        guard query.forgiving, known.count >= 2 else { return [] }
        return try search(query, terms: known, any: true)
    }

    static func isNumber(_ term: String) -> Bool { !term.isEmpty && term.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// `text`'s search terms, a model number (of `models`, its model terms) the catalog has as one term (`SearchTerms`): on a
    /// million products, "anta goggles kt-l4368s" then probes one short list, not those of "s"
    /// and "l", which most products hold.
    private func queryTerms(_ text: String, models: [String]) throws -> [String] {
        guard !models.isEmpty else { return SearchTerms.query(text) }
        let known = try productCounts(of: models).filter { $0.value > 0 }.keys
        return SearchTerms.query(text, knownModels: Set(known))
    }

    /// The terms whose counts a search of `query` may read: its words (a model number as one
    /// term and as its parts) and its filters'.
    private func countedTerms(_ query: SearchQuery, models: [String]) -> [String] {
        let words = models.isEmpty ? SearchTerms.query(query.text) : SearchTerms.query(query.text, knownModels: Set(models))
        return models + words + (models.isEmpty ? [] : SearchTerms.query(query.text)) + FilterTerms(of: query).all
    }

    /// Products by filters alone. A category asked for as such ("phones", "cheapest phone",
    /// "2000以下的手机") means its own kind first: its accessories (chargers, cases, cables) follow.
    private func browse(_ query: SearchQuery) throws -> [Product] {
        guard query.category != nil else { return try products(query, matching: nil) }
        var wider = query
        wider.limit = max(query.limit, Self.browsed)
        let found = try products(wider, matching: nil)
        let accessories = found.filter(NameHead.isAccessory)
        guard !accessories.isEmpty else { return Array(found.prefix(query.limit)) }
        return Array((found.filter { !NameHead.isAccessory($0) } + accessories).prefix(query.limit))
    }

    /// How many products a category browse reads to put its accessories after its own kind.
    static let browsed = 100

    /// Names first, then anywhere else: two index lookups, each sorted and cut in the store.
    /// Among the names' best, those the query names the head of (`NameHead`) come first, and the
    /// plain model before the variants the query did not ask for.
    private func search(_ query: SearchQuery, terms: [String], any: Bool) throws -> [Product] {
        let limit = max(1, query.limit)
        var wider = query
        wider.limit = max(limit, Self.reranked)
        let filters = FilterTerms(of: query)
        let counts = tx.plansByTermCounts ? try productCounts(of: terms + filters.all) : [:]
        // Filters the index cannot check leave an any-word search to read more than its list.
        let unfiltered = query.minPrice == nil && query.maxPrice == nil && !query.dealsOnly && query.sort == .relevance
        func text(_ scope: SearchScope, limit: Int) -> TextSearch {
            let candidates = unfiltered && filters.isEmpty ? limit : TextMatch.anyWordCandidates
            return TextSearch(terms: terms, scope: scope, any: any, filters: filters, counts: counts, candidates: candidates)
        }
        var named = try products(wider, matching: tx.textMatch(text(.names, limit: wider.limit)))
        if query.sort == .relevance { named = NameHead.ranked(named, by: terms) }
        named = Array(named.prefix(limit))
        // Sorted by price, the list is one list: "the most expensive laptop" is the ThinkPad whose
        // name says no "laptop" but whose category does, not the priciest of those named so.
        let byPrice = query.sort == .priceAscending || query.sort == .priceDescending
        guard named.count < limit || byPrice, !query.namesOnly else { return named }
        // The names' matches are among these too: skipped, the rest fill the list.
        let shown = Set(named.map(\.sku))
        var anywhere = try products(query, matching: tx.textMatch(text(.catalog, limit: limit)))
        // Descriptions only when neither names nor categories, stores or tags have the words:
        // "笔记本电脑" for a MateBook, but never a phone whose description mentions earphones.
        if anywhere.isEmpty { anywhere = try products(query, matching: tx.textMatch(text(.everything, limit: limit))) }
        let rest = anywhere.filter { !shown.contains($0.sku) }
        guard byPrice else { return named + rest.prefix(limit - named.count) }
        // Each list came sorted and cut at the limit, so the best of both are among them; the
        // order is the store's (PROTOCOL.md §8a): price, then rating, then SKU.
        let ascending = query.sort == .priceAscending
        return Array(
            (named + rest).sorted { left, right in
                if left.price != right.price { return ascending ? left.price < right.price : left.price > right.price }
                if left.rating != right.rating { return left.rating > right.rating }
                return left.sku < right.sku
            }.prefix(limit))
    }

    /// `terms` with each one no product holds replaced by the catalog's closest term (one letter
    /// wrong, missing, extra or swapped) or dropped: a typo, or a Chinese pair that spans two words.
    /// Not `dropping`, a term with no correction leaves nothing — except a Chinese pair whose two
    /// characters the kept pairs still hold (洁牙 in 高露洁牙膏: 高露, 露洁 and 牙膏 stay).
    func corrected(_ terms: [String], dropping: Bool = true) throws -> [String] {
        // "tooth paste" is toothpaste: two words no product holds apart, one it holds together.
        let joined = zip(terms, terms.dropFirst()).map { $0 + $1 }.filter(Self.isEnglish)
        let otherForms = terms.compactMap(SearchTerms.otherForm)
        let counts = try productCounts(of: terms + joined + otherForms)
        var result: [String] = []
        var spanning: [String] = []
        var index = 0
        while index < terms.count {
            let term = terms[index]
            index += 1
            if counts[term, default: 0] > 0 {
                result.append(term)
            } else if index < terms.count, Self.isEnglish(term + terms[index]), counts[term + terms[index], default: 0] > 0 {
                result.append(term + terms[index])
                index += 1
            } else if let other = SearchTerms.otherForm(term), counts[other, default: 0] > 0 {
                // "batteries" made "batterie", which no product holds; "battery" is the word.
                result.append(other)
            } else if let fixed = try correction(of: term) {
                result.append(fixed)
            } else if !dropping, Self.isHanPair(term) {
                spanning.append(term)
            } else if !dropping {
                return []
            }
        }
        if !spanning.isEmpty {
            let held = Set(result.filter { $0.unicodeScalars.allSatisfy(SearchTerms.isHan) }.flatMap { $0 })
            guard spanning.allSatisfy({ $0.allSatisfy(held.contains) }) else { return [] }
        }
        var seen: Set<String> = []
        return result.filter { seen.insert($0).inserted }
    }

    static func isEnglish(_ term: String) -> Bool {
        term.allSatisfy { $0.isASCII && $0.isLetter }
    }

    static func isHanPair(_ term: String) -> Bool {
        term.count == 2 && term.unicodeScalars.allSatisfy(SearchTerms.isHan)
    }

    /// The most common catalog term one edit away from `term`, for words of four letters or more.
    private func correction(of term: String) throws -> String? {
        guard term.count >= 4, term.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let counts = try productCounts(of: SpellingEdits.oneEditAway(term))
        return counts.filter { $0.value > 0 }.max { left, right in
            left.value != right.value ? left.value < right.value : left.key > right.key
        }?.key
    }

    /// How many products hold each of `terms`, from the counts the last import made.
    func productCounts(of asked: [String]) throws -> [String: Int64] {
        var counts: [String: Int64] = [:]
        var terms: [String] = []
        for term in asked {
            if let known = searchMemo.counts[term] { counts[term] = known } else { terms.append(term) }
        }
        // Known in this process for the catalog as this turn reads it (its version is free by now
        // where the turn opened with `openTurn`).
        let catalog = terms.isEmpty ? nil : try catalogVersion()
        if let catalog {
            let known = Self.termCounts.values(of: terms, catalog: catalog)
            if !known.isEmpty {
                counts.merge(known) { _, cached in cached }
                terms = terms.filter { known[$0] == nil }
            }
        }
        // Two fixed shapes keep two cached statements, however many terms there are: a query's
        // few terms, or a typo's hundreds of one-edit candidates in one statement (a round trip
        // each on PostgreSQL, where batches of 64 made a typo cost seven).
        let batch = terms.count <= 16 ? 16 : 512
        for start in stride(from: 0, to: terms.count, by: batch) {
            var chunk = Array(terms[start..<min(start + batch, terms.count)])
            chunk += Array(repeating: chunk[0], count: batch - chunk.count)
            for row in try tx.query("SELECT term, products FROM search_terms WHERE term IN (\(list: chunk.map { .text($0) }))") {
                try counts[row.string("term")] = row.int("products")
            }
        }
        // A term no product holds is remembered as such too.
        var read: [String: Int64] = [:]
        for term in terms { read[term] = counts[term] ?? 0 }
        searchMemo.counts.merge(read) { _, new in new }
        if let catalog, !read.isEmpty { Self.termCounts.remember(read, catalog: catalog) }
        return counts
    }

    /// Products passing `query`'s filters, among those `matching` (a text condition) if given,
    /// sorted and cut to its limit.
    private func products(_ query: SearchQuery, matching: TextMatch?) throws -> [Product] {
        guard let matching, !matching.slices.isEmpty, query.sort == .relevance else {
            return try products(query, matching: matching, condition: matching?.condition)
        }
        // Best first, part by part in the key's order: the first parts usually fill the list.
        let limit = min(max(1, query.limit), Self.largestSearch)
        var found: [Product] = []
        var rest = query
        var index = matching.slices.startIndex
        while index < matching.slices.endIndex, found.count < limit {
            rest.limit = limit - found.count
            let part = try products(rest, matching: matching, condition: matching.slices[index].part)
            found += part
            index += 1
            if part.isEmpty, index < matching.slices.endIndex {
                rest.limit = limit - found.count
                return found + (try products(rest, matching: matching, condition: matching.slices[index].onwards))
            }
        }
        return found
    }

    private func products(_ query: SearchQuery, matching: TextMatch?, condition: SQL?) throws -> [Product] {
        var conditions: [SQL] = []
        if let condition { conditions.append(condition) }
        if let category = query.category { conditions.append("p.category = \(.text(category.lowercased()))") }
        if let brand = query.brand { conditions.append("LOWER(p.brand) = \(.text(brand.lowercased()))") }
        if let store = query.store { conditions.append("p.store = \(.text(store.lowercased()))") }
        if let min = query.minPrice { conditions.append("p.price >= \(.int(min))") }
        if let max = query.maxPrice { conditions.append("p.price <= \(.int(max))") }
        if query.dealsOnly { conditions.append("('|' || p.tags || '|') LIKE '%|deal|%'") }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + SQL.joined(conditions, separator: " AND ")
        let limit = Int64(min(max(1, query.limit), Self.largestSearch))
        let from = matching?.from ?? "products p"
        // Best first is the search key's order (best rated, then cheapest: CatalogIndexing),
        // which the index reads in order and stops at the limit.
        let best = matching?.bestFirst ?? "p.search_key"
        guard query.sort != .relevance else {
            return try tx.query("SELECT \(Self.productColumns) FROM \(from)\(whereClause) ORDER BY \(best) LIMIT \(.int(limit))")
                .map { try Self.product(from: $0) }
        }
        // Another order sorts the best `sortedPool` matches: all of them in any catalog of
        // fewer, and a bounded cost in a catalog of a million.
        let order: SQL =
            switch query.sort {
            case .relevance, .rating: "p.rating DESC, p.sales DESC, p.price, p.sku"
            case .priceAscending: "p.price, p.rating DESC, p.sku"
            case .priceDescending: "p.price DESC, p.rating DESC, p.sku"
            case .sales: "p.sales DESC, p.rating DESC, p.price, p.sku"
            }
        let sql: SQL = """
            SELECT \(Self.productColumns) FROM (SELECT \(Self.productColumns), p.sales FROM \(from)\(whereClause) \
            ORDER BY \(best) LIMIT \(verbatim: String(Self.sortedPool))) p ORDER BY \(order) LIMIT \(.int(limit))
            """
        return try tx.query(sql).map { try Self.product(from: $0) }
    }

    /// How many of the best matches a search sorted by price, rating or sales orders.
    public static let sortedPool = 2_000

    /// How many of the names' matches are re-ranked by their head.
    static let reranked = 30

    /// The most products one search returns.
    public static let largestSearch = 1_000
}
