import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    func search(_ turn: inout Turn) throws -> Answer {
        let sort = turn.string(.sort).flatMap(SearchQuery.Sort.init(rawValue:)) ?? .relevance
        var query = Self.searchQuery(turn, text: turn.string(.query) ?? "")
        query.sort = sort
        guard !query.text.isEmpty || query.category != nil || query.brand != nil || query.store != nil else {
            if let sorted = try listOnScreen(sortedBy: sort, &turn) { return sorted }
            return ask(CatalogText.whatToFind, for: .query, &turn)
        }
        var products = try searchDroppingGuesses(&query, turn)
        // A model number names one product whatever the words around it ("anta leggings
        // at-e4238j", "苏泊尔运动水壶sp-t6052w"): the few products that have it come first.
        let modelled = try modelledProducts(in: turn.text, turn.commerce)
        if !modelled.isEmpty {
            let first = Set(modelled.map(\.sku))
            products = Array((modelled + products.filter { !first.contains($0.sku) }).prefix(query.limit))
        }
        let names = try catalogNames(turn, store: query.store)
        guard !products.isEmpty else {
            return Answer(turn.say(CatalogText.nothingFound(query, names)), data: .results([]))
        }
        turn.session.showList(products.map(\.sku))
        return Answer(turn.say(CatalogText.found(products, for: query, names)), data: .results(products))
    }

    /// The few products (fewer than four) whose names hold a model number of `text`, those that
    /// write it as `text` does first.
    func modelledProducts(in text: String, _ commerce: Commerce) throws -> [Product] {
        try SearchTerms.modelNumbers(in: text).flatMap { code -> [Product] in
            var exact = Self.probe(code)
            exact.limit = 4
            exact.namesOnly = true
            let found = try commerce.search(exact)
            guard found.count < exact.limit else { return [] }
            // The terms are a bag (LX-A5958Z and LX-Z5958A hold the same): as written, first.
            let written = { (product: Product) in product.name.lowercased().contains(code.lowercased()) }
            return found.filter(written) + found.filter { !written($0) }
        }
    }

    /// An utterance that is nothing but a product's name is a search, whatever its numbers or
    /// words made of it: "iphone 13" (not 13 iPhones), "5L电饭煲", "levi's 501", "the great
    /// gatsby", "安克充电宝" (not the Anker store), "umbrela". Every word must be in one product
    /// — its name, unless the engine understood nothing at all — so "add iphone 13" stays an add.
    /// Returns the query, or nil.
    func productNamed(by turn: Turn) throws -> String? {
        let parse = turn.parse
        // A search the engine was unsure of ("走步机": search, or something else?) is one if a
        // product has the words.
        guard parse.intent != .catalogSearch || !parse.alternatives.isEmpty else { return nil }
        let understood = parse.intent != .fallback
        let modelled = !SearchTerms.modelNumbers(in: turn.text).isEmpty
        // Torn between a search and something else ("有卖口罩的吗": deals, or search?).
        let tornSearch = parse.intent == .catalogSearch || parse.alternatives.contains(.catalogSearch)
        if understood {
            // An answer to a question is that answer; a clear command stays one.
            switch turn.session.pending {
            case .slot, .choice: return nil
            default: break
            }
            // A model number reads as an order number, a bargain's code or a deal's words
            // ("lenovo keyboard lx-a5958z", "anta hoodie at-t7916z"): it may be a name whatever
            // the engine made of it; the probe below still wants every word in one product.
            guard Self.oftenAProductName.contains(parse.intent) || parse.confidence < 0.5 || tornSearch || modelled else { return nil }
            // "add the dyson v12", "加个小米手环8": the verb says what to do with the name; "2
            // packs pls" names no product at all.
            if parse.intent == .cartAdd, Self.startsWithBuying(turn.text) || IntentEngine.saysOnlyACount(turn.text) { return nil }
        }
        // A search's own words are its query ("有扫地机器人吗" → 扫地机器人).
        // Unsure, with a model number: what a search would look for ("do you have the … lx-z8109y").
        let unsure = !understood || parse.confidence < 0.5
        let said =
            parse.intent == .catalogSearch
            ? turn.string(.query) ?? ""
            : tornSearch || (modelled && unsure)
                ? lexicon.engine.slots(turn.text, as: .catalogSearch)[.query]?.stringValue ?? "" : turn.text
        let text = Self.withoutAsking(said.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !text.isEmpty, text.split(separator: " ").count <= 8, text.count <= 80, !SearchTerms.query(text).isEmpty else { return nil }
        var probe = Self.probe(text)
        probe.namesOnly = understood
        return try turn.commerce.search(probe).isEmpty ? nil : text.lowercased()
    }

    /// Intents whose phrasing a bare product name can take: a name with a number reads as a
    /// quantity (cart.add, cart.update), a model number as a code, a brand as its store.
    static let oftenAProductName: Set<IntentName> = [
        .cartAdd, .cartUpdate, .couponClaim, .couponApply, .checkout, .shareOpen, .reviewWrite, .storeShow, .storeSubscribe,
        .catalogCategories,
    ]

    /// Whether `text` opens with a verb of adding or buying ("add", "buy", "加个", "买"), so that
    /// what follows is the thing to add, not a search.
    static func startsWithBuying(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if let first = lowered.split(whereSeparator: { $0 == " " }).first, Self.buyingWords.contains(String(first)) { return true }
        // "2 packs of jieliya bath towels", "a box of eggs": a count, what it comes in, and the name.
        if IntentEngine.opensWithCountedContainer(text) { return true }
        return Self.buyingPrefixes.contains { lowered.hasPrefix($0) }
    }

    static let buyingWords: Set = ["add", "buy", "get", "purchase", "order", "grab", "put", "cart"]
    static let buyingPrefixes = [
        "加个", "加一", "加两", "加入", "再加", "再来", "来个", "来一", "来两", "买个", "买一", "买两", "买本", "给我来", "i'll take", "i will take",
    ]

    /// `text` without a Chinese question's tail ("烧水壶有吗" → 烧水壶) or question marks.
    static func withoutAsking(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == "?" || last == "？" { text = text.dropLast() }
        for tail in ["有没有", "有吗", "吗", "呢"] where text.hasSuffix(tail) && text.count > tail.count {
            text = text.dropLast(tail.count)
            break
        }
        return String(text)
    }

    /// Every word of `text` (or its one-letter correction) in one product: no word dropped and
    /// no "any word", so "北京今天天气咋样" names nothing even if some product says 今天.
    static func probe(_ text: String) -> SearchQuery {
        var query = SearchQuery(text: text, limit: 1)
        query.forgiving = false
        return query
    }

    func categories(_ turn: Turn) throws -> Answer {
        let categories = try turn.commerce.categories()
        return Answer(
            turn.say(CatalogText.categories(categories.map { .init(key: $0.category, count: $0.count) }, try catalogNames(turn))),
            data: .object(["categories": .array(categories.map { .object(["name": .string($0.category), "count": .int($0.count)]) })]))
    }

    func deals(_ turn: inout Turn) throws -> Answer {
        let category = turn.string(.category)
        if let text = turn.string(.query) { return try deals(on: text, &turn) }
        if let one = try dealOnThis(&turn) { return one }
        let products = try turn.commerce.search(SearchQuery(category: category, dealsOnly: true, sort: .rating))
        let names = try catalogNames(turn)
        guard !products.isEmpty else { return Answer(turn.say(CatalogText.noDeals(category: category, names)), data: .results([])) }
        turn.session.showList(products.map(\.sku))
        return Answer(turn.say(CatalogText.deals(products, category: category, names)), data: .results(products))
    }

    /// A search for `text` with the turn's filter slots (category, brand, store, prices).
    static func searchQuery(_ turn: Turn, text: String) -> SearchQuery {
        var query = SearchQuery(
            text: text, category: turn.string(.category), brand: turn.string(.brand), store: turn.string(.store),
            minPrice: turn.int(.minPrice), maxPrice: turn.int(.maxPrice))
        // A structured turn may ask for a shorter list (MCP's `limit`); no utterance has this slot.
        if let limit = turn.int(.limit), (1...Int64(query.limit)).contains(limit) { query.limit = Int(limit) }
        return query
    }

    /// Searches `query`. A category read from a word is a guess ("fitness band": sports?): with
    /// words to search, a guess that leaves nothing is dropped, from `query` too.
    func searchDroppingGuesses(_ query: inout SearchQuery, _ turn: Turn) throws -> [Product] {
        let products = try turn.commerce.search(query)
        guard products.isEmpty, !query.text.isEmpty, query.category != nil else { return products }
        var wider = query
        wider.category = nil
        let found = try turn.commerce.search(wider)
        if !found.isEmpty { query = wider }
        return found
    }

    /// Deals on what the shopper named ("rice cooker deals"); none on deal, what matches.
    private func deals(on text: String, _ turn: inout Turn) throws -> Answer {
        var query = Self.searchQuery(turn, text: text)
        query.dealsOnly = true
        let names = try catalogNames(turn, store: query.store)
        var products = try searchDroppingGuesses(&query, turn)
        if !products.isEmpty {
            turn.session.showList(products.map(\.sku))
            return Answer(turn.say(CatalogText.dealsOn(products, query, names)), data: .results(products))
        }
        query.dealsOnly = false
        products = try turn.commerce.search(query)
        guard !products.isEmpty else { return Answer(turn.say(CatalogText.nothingFound(query, names)), data: .results([])) }
        turn.session.showList(products.map(\.sku))
        return Answer(turn.say(CatalogText.noDealsOn(products, query, names)), data: .results(products))
    }

    func showProduct(_ turn: inout Turn) throws -> Answer {
        let product: Product
        switch try resolveOne(&turn, question: CatalogText.whichToShow) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.session.focus = [product.sku]
        let names = try catalogNames(turn, store: product.store)
        var text = turn.say(CatalogText.details(product, names))
        // The store's coupons this user can still claim, where they help: next to its products.
        let coupons = try turn.commerce.claimableCoupons(for: turn.user, store: product.store)
        if !coupons.isEmpty {
            text += "\n" + turn.say(CatalogText.storeCoupons(store: product.store, coupons, names))
        }
        return Answer(text, data: .object(["product": .product(product)]))
    }

    func compare(_ turn: inout Turn) throws -> Answer {
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text, comparing: true, lang: turn.lang)
        var slot = turn.slots[.products] ?? turn.slots[.product] ?? .string("those")
        if let kinds = try withoutKind(slot, resolver) {
            slot = kinds
            turn.parse.slots[.products] = kinds
        }
        var products: [Product]
        switch try resolver.resolve(slot) {
        case .found(let found): products = found
        case .missing: return ask(CatalogText.whichToCompare, for: .products, &turn)
        case .notFound(let what):
            return Answer(turn.say(resolver.missingOrdinal(in: slot).map(CatalogText.cantCompareNumber) ?? CatalogText.cantCompare(what)))
        case .ambiguous(let options): return offer(options, &turn)
        }
        var seen: Set<String> = []
        products = products.filter { seen.insert($0.sku).inserted }
        guard products.count >= 2 else { return Answer(turn.say(CatalogText.needTwoToCompare)) }
        products = Array(products.prefix(10))
        // The names said, as the products they name (as an add reports them).
        if case .list(let named)? = turn.slots[.products], named.count == products.count {
            turn.parse.slots[.products] = .list(products.map { .string($0.sku) })
        }
        turn.session.focus = products.map(\.sku)
        // Compared by name, none of them from the list shown before: the comparison is the list
        // on screen now ("add the second one", "the lenovo ones too" after an add).
        if !products.contains(where: { turn.session.results.contains($0.sku) }) { turn.session.results = turn.session.focus }
        return Answer(
            turn.say(CatalogText.sideBySide(products)),
            data: .object(["products": .array(products.map(JSONValue.product))]))
    }

    /// "which formula is better, feihe stage 1 or aptamil stage 1": of three or more names
    /// compared, one that fits several products and every product the others name is what they
    /// are, not a third to compare. The list without it, or nil when there is none such.
    private func withoutKind(_ slot: SlotValue, _ resolver: ProductResolver) throws -> SlotValue? {
        guard case .list(let values) = slot, values.count >= 3 else { return nil }
        var resolved: [ProductResolver.Resolution] = []
        for value in values { resolved.append(try resolver.resolve(value)) }
        let kinds = values.indices.filter { index in
            guard case .string(let words) = values[index], case .ambiguous = resolved[index] else { return false }
            let others = values.indices.filter { $0 != index }
            return others.allSatisfy { other in
                guard case .found(let products) = resolved[other] else { return false }
                return products.allSatisfy { ProductResolver.matches($0, words: words) }
            }
        }
        guard kinds.count == 1 else { return nil }
        return .list(values.enumerated().filter { $0.offset != kinds[0] }.map(\.element))
    }

    /// Resolves the `product` slot to exactly one product, or to the reply that asks which.
    func resolveOne(_ turn: inout Turn, question: some Phrasebook, within preferred: [Product] = []) throws -> OneProduct {
        try resolveOne(&turn, question: question.text(turn.lang), within: preferred)
    }

    /// One product for the turn's words. With `onlyCart`, of several that fit only those in the
    /// cart count ("remove the socks" after a list of socks, one pair in the cart): none there
    /// is said so, not offered as a choice of what to take out.
    func resolveOne(_ turn: inout Turn, question: String, within preferred: [Product] = [], onlyCart: Bool = false) throws -> OneProduct {
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text, lang: turn.lang, user: turn.user)
        var resolution = try resolver.resolve(turn.slots[.product], within: preferred)
        if onlyCart, case .found(let products) = resolution, products.count > 1 || turn.string(.product) != products.first?.sku {
            resolution = .ambiguous(products)
        }
        if onlyCart, case .ambiguous(let products) = resolution {
            let held = products.filter { product in preferred.contains { $0.sku == product.sku } }
            if held.isEmpty {
                let said = turn.string(.product) ?? products[0].name
                return .reply(Answer(turn.say(CartText.noneInCart(said)), data: .object(["error": "not_in_cart"])))
            }
            resolution = held.count == 1 ? .found(held) : .ambiguous(held)
        }
        // "水壶还是一个就行" with one of the two kettles in the cart: the one preferred, of several.
        if !preferred.isEmpty, case .ambiguous(let products) = resolution,
            case let held = products.filter({ product in preferred.contains { $0.sku == product.sku } }), held.count == 1
        {
            resolution = .found(held)
        }
        resolution = try ProductResolver.heldByLastOrder(resolution, of: turn.user, adding: turn.parse.intent == .cartAdd, turn.commerce)
        switch resolution {
        case .found(let products) where products.count == 1:
            // The reply's intent names what the reference meant (PROTOCOL §4: a SKU once resolved).
            turn.parse.slots[.product] = .string(products[0].sku)
            return .product(products[0])
        case .found(let products), .ambiguous(let products): return .reply(offer(products, &turn))
        case .missing: return .reply(ask(question, for: .product, &turn))
        case .notFound(let what):
            let text =
                resolver.missingOrdinal(in: turn.slots[.product]).map { turn.say(CatalogText.noSuchNumber($0)) }
                ?? turn.say(CartText.notFound(what))
            return .reply(Answer(text, data: .object(["error": "unknown_product"])))
        }
    }

    /// Several products fit: show them as the new list so "the second one" can pick.
    func offer(_ options: [Product], _ turn: inout Turn) -> Answer {
        turn.session.results = options.map(\.sku)
        turn.session.pending = .slot(
            intent: turn.parse.intent, slots: turn.parse.slots.filter { $0.key != .product }, missing: .product)
        return Answer(turn.say(CatalogText.whichOne(options)), data: .results(options))
    }

    /// The Chinese names of categories and of the one store a reply in `turn.lang` names (none in
    /// English). Only that store is read: a catalog may have thousands.
    func catalogNames(_ turn: Turn, store: String? = nil) throws -> CatalogNames {
        guard turn.lang == .zh else { return CatalogNames() }
        let stores = try store.flatMap { try turn.commerce.store(id: $0) }.map { [$0] } ?? []
        return CatalogNames(
            categories: try turn.commerce.categoryNamesZh(),
            stores: Dictionary(stores.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            brandNames: engine.lexicon.brandNames)
    }
}

/// One product, or the reply that explains why there isn't exactly one.
enum OneProduct {
    case product(Product)
    case reply(Answer)
}

// MARK: Declarations

extension IntentSpec {
    static let catalogSearch = IntentSpec(
        .catalogSearch, .looks, described: ("search the catalog", "搜商品"), next: Suggestions.afterList,
        answer: { conversation, turn, _ in try conversation.search(&turn) })

    static let catalogCategories = IntentSpec(
        .catalogCategories, .looks, described: ("see what we sell", "看看都卖什么"), next: { _, _ in [.deals, .searchExample] },
        answer: { conversation, turn, _ in try conversation.categories(turn) })

    static let catalogDeals = IntentSpec(
        .catalogDeals, .looks, described: ("see today's deals", "看今日优惠"), next: Suggestions.afterList,
        answer: { conversation, turn, _ in try conversation.deals(&turn) })

    static let productShow = IntentSpec(
        .productShow, .looks, described: ("see a product's details", "看商品详情"), next: Suggestions.afterProduct,
        answer: { conversation, turn, _ in try conversation.showProduct(&turn) })

    static let productCompare = IntentSpec(
        .productCompare, .looks, described: ("compare products", "对比商品"), next: { _, _ in [.addFirst] },
        answer: { conversation, turn, _ in try conversation.compare(&turn) })
}
