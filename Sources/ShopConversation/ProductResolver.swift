import ShopCommerce
import ShopIntents

/// Turns a `product` slot ("this", 2, "P1002", "the toothbrush") into products, using what the
/// user last saw and what is in their cart.
struct ProductResolver {
    enum Resolution {
        case found([Product])
        case missing
        case notFound(String)
        case ambiguous([Product])
    }

    let commerce: Commerce
    let session: Session

    /// `within` narrows word matches to a list first (the cart, for "remove the socks").
    func resolve(_ slot: SlotValue?, within preferred: [Product] = []) throws -> Resolution {
        switch slot {
        case nil:
            guard let sku = session.focus.first, let product = try commerce.product(sku: sku) else { return .missing }
            return .found([product])
        case .int(let ordinal)?:
            guard ordinal >= 1, ordinal <= session.results.count else {
                return .notFound(session.results.isEmpty ? "#\(ordinal)" : "#\(ordinal) (the last list had \(session.results.count))")
            }
            guard let product = try commerce.product(sku: session.results[Int(ordinal) - 1]) else { return .notFound("#\(ordinal)") }
            return .found([product])
        case .list(let values)?:
            var products: [Product] = []
            for value in values {
                switch try resolve(value, within: preferred) {
                case .found(let found): products += found
                case .missing: return .missing
                case .notFound(let what): return .notFound(what)
                case .ambiguous(let options): return .ambiguous(options)
                }
            }
            return .found(products)
        case .string(let words)?:
            return try resolve(words: words, within: preferred)
        }
    }

    private func resolve(words: String, within preferred: [Product]) throws -> Resolution {
        switch words {
        case "this", "it", "that":
            guard let sku = session.focus.first, let product = try commerce.product(sku: sku) else { return .missing }
            return .found([product])
        case "those", "them", "these":
            let skus = session.focus.count > 1 ? session.focus : session.results
            let products = try commerce.products(skus: skus)
            return products.isEmpty ? .missing : .found(products)
        default:
            break
        }
        if Self.isSKU(words), let product = try commerce.product(sku: words) { return .found([product]) }
        let lastShown = try commerce.products(skus: session.results)
        for pool in [preferred, lastShown] where !pool.isEmpty {
            let matches = pool.filter { Self.matches($0, words: words) }
            if matches.count == 1 { return .found(matches) }
            if matches.count > 1 { return .ambiguous(matches) }
        }
        let hits = try commerce.search(SearchQuery(text: words, limit: 5)).filter { Self.matches($0, words: words) }
        if hits.count == 1 { return .found(hits) }
        if let exact = hits.first(where: { $0.name.lowercased() == words.lowercased() || $0.nameZh == words }) {
            return .found([exact])
        }
        if hits.count > 1 { return .ambiguous(hits) }
        return .notFound(words)
    }

    static func isSKU(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.count >= 2 && upper.count <= 32 && upper.first?.isLetter == true
            && upper.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            && upper.contains(where: \.isNumber)
    }

    /// Every word of `words` appears in the product's names or brand (plural "s" forgiven).
    static func matches(_ product: Product, words: String) -> Bool {
        let haystack = "\(product.name) \(product.nameZh) \(product.brand)".lowercased()
        let terms = Commerce.searchTerms(words)
        return !terms.isEmpty && terms.allSatisfy { haystack.contains($0) }
    }
}
