import ShopCommerce

/// How PostgreSQL finds products by their search terms (`SQLSession.textMatch`).
extension PostgresSession {
    var plansByTermCounts: Bool { true }

    func textMatch(_ search: TextSearch) -> TextMatch {
        let (terms, any, counts) = (search.terms, search.any, search.counts)
        // Terms are letters, digits and Chinese characters only (SearchTerms): quoted, the
        // tsquery keeps each as it is, as SQLite's FTS5 does.
        var query = terms.map { Self.lexemes($0, in: search.scope) }.joined(separator: any ? " | " : " & ")
        let filters = search.filters.names.map { "'n:\($0)'" } + search.filters.other.map { "'o:\($0)'" }
        if !filters.isEmpty { query = "(\(query)) & " + filters.joined(separator: " & ") }
        // A GIN index cannot hand matches over in the search key's order, as FTS5 does: either
        // all of them are read and sorted, or the key's index is walked until enough pass. The
        // planner guesses which from statistics, and on a million products walked 105,000 rows
        // (0.9 s) for "refrigerator", whose 4,364 products are rated below most. The import's
        // counts bound how many products can match (the rarest term's, or all of them for any
        // term): few, all are read ("+ 0" keeps the key's index out of it); many, the walk
        // stops soon.
        let each = Set(terms).map { counts[$0] ?? 0 }
        // A filter's terms bound the matches too (a product may hold them in other columns, so
        // the count is a bound, as the words' are).
        let filtered = Set(search.filters.all).map { counts[$0] ?? 0 }.min()
        let atMost = min(any ? each.reduce(0, &+) : each.min() ?? 0, filtered ?? .max)
        // Between the two (and for several common words, whose matches the planner guesses few:
        // "三只松鼠" is 三只 & 只松 & 松鼠, each in 86,000 of a million products, guessed 678 together),
        // the matches are read a rating at a time, best first (each product's terms hold its
        // rating's level, PostgresSchema v19): "卫衣"'s 4,283 matches on a million are 517 rated
        // 5.0, read and sorted in 1.2 ms against 6.2 ms for all of them (warm), and often all a
        // list needs.
        let sliced = !any && atMost > Self.slicedMatches && (atMost <= Self.sortedMatches || each.count + filters.count > 1)
        let key = atMost <= Self.sortedMatches || sliced ? "search_key + 0" : "search_key"
        if any {
            return TextMatch(
                from: """
                    (SELECT search_key AS key FROM products WHERE terms @@ \(.text(query))::tsquery ORDER BY \(verbatim: key) \
                    LIMIT \(.int(Int64(search.candidates)))) m JOIN products p ON p.search_key = m.key
                    """,
                condition: "1 = 1", bestFirst: "m.key")
        }
        let slices = sliced ? Self.slices(of: query) : []
        return TextMatch(from: "products p", condition: Self.matching(query), bestFirst: "p.\(verbatim: key)", slices: slices)
    }

    /// The products whose terms match the tsquery `query`.
    private static func matching(_ query: String) -> SQL {
        "p.terms @@ \(.text(query))::tsquery"
    }

    /// `query`'s matches cut by rating levels (``ratingLevels``), then all the rest.
    static func slices(of query: String) -> [TextMatch.Slice] {
        // A level's keys start at its number in the key's top bits (CatalogIndexing.searchKey).
        func from(_ level: Int) -> SQL {
            matching(query) + " AND (p.search_key >= \(.int(Int64(level) << 57)) OR p.search_key IS NULL)"
        }
        let parts = ratingLevels.map { levels in
            TextMatch.Slice(
                part: matching("(\(query)) & (" + levels.map { "'~\($0)'" }.joined(separator: " | ") + ")"),
                onwards: from(levels.lowerBound))
        }
        let rest = from(ratingLevels.last!.upperBound + 1)
        return parts + [TextMatch.Slice(part: rest, onwards: rest)]
    }

    /// Up to how many matches a search reads all of and sorts, rather than walk the search key.
    static let sortedMatches: Int64 = 20_000
    /// From how many matches they are read a rating at a time (`slices`, and always for
    /// several words).
    static let slicedMatches: Int64 = 1_000
    /// The rating levels (50 less the rating in tenths: 0 is 5.0) of each slice but the last:
    /// 5.0, 4.9, 4.8–4.7, 4.6–4.3, 4.2–3.5, then the rest.
    static let ratingLevels: [ClosedRange<Int>] = [0...0, 1...1, 2...3, 4...7, 8...15]

    /// The lexemes standing for `term` in `scope` (PostgresSchema.scopedTerms): a name's
    /// words behind `n:`, the other catalog words' behind `o:`, a description's behind `m:`.
    static func lexemes(_ term: String, in scope: SearchScope) -> String {
        switch scope {
        case .names: "'n:\(term)'"
        case .catalog: "('n:\(term)' | 'o:\(term)')"
        case .everything: "('n:\(term)' | 'o:\(term)' | 'm:\(term)')"
        }
    }
}
