import ShopCommerce
import ShopIntents

extension Conversation {
    func search(_ turn: inout Turn) throws -> Answer {
        let sort = turn.string("sort").flatMap(SearchQuery.Sort.init(rawValue:)) ?? .relevance
        let query = SearchQuery(
            text: turn.string("query") ?? "", category: turn.string("category"), brand: turn.string("brand"),
            store: turn.string("store"), minPrice: turn.int("min_price"), maxPrice: turn.int("max_price"), sort: sort)
        guard !query.text.isEmpty || query.category != nil || query.brand != nil || query.store != nil else {
            return ask("What are you looking for?", for: "query", &turn)
        }
        let products = try turn.commerce.search(query)
        let described = Self.describe(query)
        guard !products.isEmpty else {
            return Answer("I found nothing for \(described). Try fewer words or another price range.", data: .results([]))
        }
        turn.session.showList(products.map(\.sku))
        return Answer(
            "Here's what I found for \(described):\n\(Self.list(products))\nSay \"add the first one\" or \"tell me more about 2\".",
            data: .results(products))
    }

    func categories(_ turn: Turn) throws -> Answer {
        let categories = try turn.commerce.categories()
        let lines = categories.map { "  • \($0.category) (\($0.count))" }.joined(separator: "\n")
        return Answer(
            "We sell:\n\(lines)\nSay \"show me kitchen deals\" or \"search rice cooker\".",
            data: .object(["categories": .array(categories.map { .object(["name": .string($0.category), "count": .int($0.count)]) })]))
    }

    func deals(_ turn: inout Turn) throws -> Answer {
        let category = turn.string("category")
        let products = try turn.commerce.search(SearchQuery(category: category, dealsOnly: true, sort: .rating))
        let scope = category.map { " in \($0)" } ?? ""
        guard !products.isEmpty else { return Answer("No deals\(scope) today, sorry.", data: .results([])) }
        turn.session.showList(products.map(\.sku))
        return Answer("Today's deals\(scope):\n\(Self.list(products))", data: .results(products))
    }

    func showProduct(_ turn: inout Turn) throws -> Answer {
        let product: Product
        switch try resolveOne(&turn, question: "Which product would you like to see?") {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.session.focus = [product.sku]
        var text = Self.details(product)
        // The store's coupons this user can still claim, where they help: next to its products.
        let coupons = try turn.commerce.claimableCoupons(for: turn.user, store: product.store)
        if !coupons.isEmpty {
            text += "\nCoupons from \(product.store) to claim: \(coupons.map { "\($0.code) (\($0.summary))" }.joined(separator: ", "))."
        }
        return Answer(text, data: .object(["product": .product(product)]))
    }

    func compare(_ turn: inout Turn) throws -> Answer {
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text, comparing: true)
        let slot = turn.slots["products"] ?? turn.slots["product"] ?? .string("those")
        var products: [Product]
        switch try resolver.resolve(slot) {
        case .found(let found): products = found
        case .missing: return ask("Which products should I compare?", for: "products", &turn)
        case .notFound(let what): return Answer("I can't find \(what) to compare.")
        case .ambiguous(let options): return offer(options, &turn)
        }
        var seen: Set<String> = []
        products = products.filter { seen.insert($0.sku).inserted }
        guard products.count >= 2 else { return Answer("I need at least two products to compare.") }
        products = Array(products.prefix(10))
        turn.session.focus = products.map(\.sku)
        let lines = products.enumerated().map { index, product in
            "  \(index + 1). \(product.name) — \(Money.format(product.price)), ★\(product.rating), \(product.brand), \(product.stock > 0 ? "\(product.stock) in stock" : "out of stock")"
        }
        let cheapest = products.min { $0.price < $1.price }!
        let best = products.max { $0.rating < $1.rating }!
        return Answer(
            "Side by side:\n\(lines.joined(separator: "\n"))\nCheapest: \(cheapest.name). Best rated: \(best.name).",
            data: .object(["products": .array(products.map(JSONValue.product))]))
    }

    /// Resolves the `product` slot to exactly one product, or to the reply that asks which.
    func resolveOne(_ turn: inout Turn, question: some Phrasebook, within preferred: [Product] = []) throws -> OneProduct {
        try resolveOne(&turn, question: question.text(turn.lang), within: preferred)
    }

    func resolveOne(_ turn: inout Turn, question: String, within preferred: [Product] = []) throws -> OneProduct {
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text)
        switch try resolver.resolve(turn.slots["product"], within: preferred) {
        case .found(let products) where products.count == 1:
            // The reply's intent names what the reference meant (PROTOCOL §4: a SKU once resolved).
            turn.parse.slots["product"] = .string(products[0].sku)
            return .product(products[0])
        case .found(let products), .ambiguous(let products): return .reply(offer(products, &turn))
        case .missing: return .reply(ask(question, for: "product", &turn))
        case .notFound(let what):
            return .reply(
                Answer("I couldn't find \(what). Try searching for it, e.g. \"search \(what)\".", data: .object(["error": "unknown_product"])))
        }
    }

    /// Several products fit: show them as the new list so "the second one" can pick.
    func offer(_ options: [Product], _ turn: inout Turn) -> Answer {
        turn.session.results = options.map(\.sku)
        turn.session.pending = .slot(intent: turn.parse.intent.rawValue, slots: turn.parse.slots.filter { $0.key != "product" }, missing: "product")
        return Answer("Which one do you mean?\n\(Self.list(options))", data: .results(options))
    }

    static func list(_ products: [Product]) -> String {
        products.enumerated().map { index, product in
            let stock = product.stock == 0 ? " — out of stock" : product.stock <= 3 ? " — only \(product.stock) left" : ""
            return "  \(index + 1). \(product.name) — \(Money.format(product.price)) ★\(product.rating) [\(product.sku)]\(stock)"
        }.joined(separator: "\n")
    }

    static func details(_ product: Product) -> String {
        let stock = product.stock == 0 ? "Out of stock." : "\(product.stock) in stock."
        let zh = product.nameZh.isEmpty ? "" : " (\(product.nameZh))"
        return """
            \(product.name)\(zh) [\(product.sku)]
              \(Money.format(product.price)) · ★\(product.rating) · \(product.brand) · \(product.category) · sold by \(product.store)
              \(product.description)
              \(stock) Group price \(Money.format(product.groupPrice)).
            Say "add it to my cart" to buy it.
            """
    }

    static func describe(_ query: SearchQuery) -> String {
        var parts: [String] = []
        if !query.text.isEmpty { parts.append("\"\(query.text)\"") }
        if let brand = query.brand { parts.append(parts.isEmpty ? brand : "from \(brand)") }
        if let category = query.category { parts.append(parts.isEmpty ? category : "in \(category)") }
        if let store = query.store { parts.append("at \(store)") }
        switch (query.minPrice, query.maxPrice) {
        case (let min?, let max?): parts.append("between \(Money.format(min)) and \(Money.format(max))")
        case (let min?, nil): parts.append("from \(Money.format(min))")
        case (nil, let max?): parts.append("under \(Money.format(max))")
        case (nil, nil): break
        }
        return parts.joined(separator: " ")
    }
}

/// One product, or the reply that explains why there isn't exactly one.
enum OneProduct {
    case product(Product)
    case reply(Answer)
}
