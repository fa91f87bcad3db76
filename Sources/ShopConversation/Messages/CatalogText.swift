import ShopCommerce
import ShopIntents

/// The Chinese names a catalog reply needs that its products don't carry: their categories' and
/// their stores'. Only a Chinese reply loads them; English names categories and stores by key.
struct CatalogNames: Sendable {
    /// Category key → Chinese name (`Commerce.categoryNamesZh()`).
    var categories: [String: String] = [:]
    /// Store id → store.
    var stores: [String: StoreInfo] = [:]
    /// Chinese name → brand (`Lexicon.brandNames`).
    var brandNames: [String: String] = [:]

    /// "厨具厨电" for "kitchen" in Chinese; the key in English, or where no Chinese name is known.
    func category(_ key: String, _ lang: Language) -> String {
        guard lang == .zh else { return key }
        return categories[key] ?? categories[key.lowercased()] ?? Commerce.builtinCategoryNameZh(key) ?? key
    }

    /// "美的官方旗舰店" for "midea" in Chinese; the id in English, or where the store is unknown.
    func store(_ id: String, _ lang: Language) -> String {
        guard lang == .zh else { return id }
        return (stores[id] ?? stores[id.lowercased()])?.name(.zh) ?? id
    }

    /// "美的" for "Midea" in Chinese (the shortest of its names, then the first); the brand as
    /// the catalog spells it otherwise. Looked up only when a reply names a brand.
    func brand(_ brand: String, _ lang: Language) -> String {
        guard lang == .zh else { return brand }
        return brandNames.filter { $0.value == brand }.keys.min { ($0.count, $0) < ($1.count, $1) } ?? brand
    }

    /// Names as the samples of the message catalog know them.
    static let sample = CatalogNames(
        categories: ["kitchen": "厨具厨电", "phones": "手机通讯"],
        stores: ["midea": StoreInfo(id: "midea", name: "Midea Official Store", nameZh: "美的官方旗舰店")])
}

/// What the shop says about its catalog: searches, categories, deals, a product's page,
/// comparisons, and which product was meant.
enum CatalogText: Phrasebook {
    case whatToFind
    case nothingFound(SearchQuery, CatalogNames)
    case found([Product], for: SearchQuery, CatalogNames)
    /// The list on screen again, in another order ("最便宜的", "sort by rating").
    case sorted([Product], SearchQuery.Sort)
    case categories([CategoryCount], CatalogNames)
    case noDeals(category: String?, CatalogNames)
    case deals([Product], category: String?, CatalogNames)
    /// Deals among a search's matches ("rice cooker deals", "电饭煲有优惠吗").
    case dealsOn([Product], SearchQuery, CatalogNames)
    /// Whether the one product in view is on deal ("这个有优惠吗").
    case dealOnOne(Product)
    /// None of a search's matches is on deal: what matches, at its price.
    case noDealsOn([Product], SearchQuery, CatalogNames)
    case whichToShow
    case details(Product, CatalogNames)
    /// The coupons of the product's store the shopper can still claim, under its page.
    case storeCoupons(store: String, [Coupon], CatalogNames)
    case whichToCompare
    case cantCompare(String)
    case cantCompareNumber(MissingOrdinal)
    case needTwoToCompare
    case sideBySide([Product])
    case whichOne([Product])
    /// "The ninth one" when the last list had two.
    case noSuchNumber(MissingOrdinal)

    struct CategoryCount: Sendable {
        var key: String
        var count: Int64
    }

    func text(_ lang: Language) -> String {
        switch self {
        case .whatToFind: lang.pick("What are you looking for?", "想找点什么？")
        case .nothingFound(let query, let names):
            lang.pick(
                "I found nothing for \(Self.describe(query, names, lang)). Try fewer words or another price range.",
                "没找到\(Self.describe(query, names, lang))。少写几个词，或者换个价格范围试试。")
        case .found(let products, let query, let names):
            lang.pick(
                "Here's what I found for \(Self.describe(query, names, lang)):\n\(Self.list(products, lang))\nSay \"add the first one\" or \"tell me more about 2\".",
                "为你找到这些\(Self.describe(query, names, lang))：\n\(Self.list(products, lang))\n可以说“第一个加入购物车”，或者“\(products.count == 1 ? "第一个" : "第二个")详细说说”。"
            )
        case .sorted(let products, let sort):
            lang.pick(
                "\(Self.order(sort, lang)):\n\(Self.list(products, lang))\nSay \"add the first one\" or \"tell me more about 2\".",
                "\(Self.order(sort, lang))：\n\(Self.list(products, lang))\n可以说“第一个加入购物车”，或者“第二个详细说说”。")
        case .categories(let categories, let names):
            lang.pick(
                "We sell:\n\(categories.map { "  • \($0.key) (\($0.count))" }.joined(separator: "\n"))\nSay \"show me kitchen deals\" or \"search rice cooker\".",
                "我们有这些品类：\n\(categories.map { "  • \(names.category($0.key, lang))（\($0.count)件）" }.joined(separator: "\n"))\n可以说“厨房用品有什么特价”或者“搜电饭煲”。"
            )
        case .noDeals(let category, let names):
            lang.pick(
                "No deals\(category.map { " in \($0)" } ?? "") today, sorry.",
                category.map { "抱歉，今天\(names.category($0, lang))没有特价。" } ?? "抱歉，今天没有特价商品。")
        case .deals(let products, let category, let names):
            lang.pick(
                "Today's deals\(category.map { " in \($0)" } ?? ""):\n\(Self.list(products, lang))",
                "今日\(category.map { names.category($0, lang) } ?? "")特价：\n\(Self.list(products, lang))")
        case .dealsOn(let products, let query, let names):
            lang.pick(
                "Deals on \(Self.describe(query, names, lang)):\n\(Self.list(products, lang))",
                "\(Self.describe(query, names, lang))的特价：\n\(Self.list(products, lang))")
        case .dealOnOne(let product):
            product.isDeal
                ? lang.pick(
                    "Yes: \(product.name) is on today's deals, \(Money.format(product.price)) (group price \(Money.format(product.groupPrice))).",
                    "有！\(product.nameZh)在今日特价里：\(Money.format(product.price))（拼团价\(Money.format(product.groupPrice))）。")
                : lang.pick(
                    "\(product.name) isn't on sale today: \(Money.format(product.price)), or \(Money.format(product.groupPrice)) in a group buy.",
                    "\(product.nameZh)今天没有特价：\(Money.format(product.price))，拼团价\(Money.format(product.groupPrice))。")
        case .noDealsOn(let products, let query, let names):
            lang.pick(
                "No deals on \(Self.describe(query, names, lang)) today; at their usual prices:\n\(Self.list(products, lang))",
                "\(Self.describe(query, names, lang))今天没有特价，原价的有这些：\n\(Self.list(products, lang))")
        case .whichToShow: lang.pick("Which product would you like to see?", "想看哪件商品？")
        case .details(let product, let names): Self.details(product, names, lang)
        case .storeCoupons(let store, let coupons, let names):
            lang.pick(
                "Coupons from \(store) to claim: \(Self.coupons(coupons, lang)).",
                "\(names.store(store, lang))的券可以领：\(Self.coupons(coupons, lang))。")
        case .whichToCompare: lang.pick("Which products should I compare?", "要对比哪几件商品？")
        case .cantCompare(let what): lang.pick("I can't find \(what) to compare.", "没找到要对比的“\(what)”。")
        case .cantCompareNumber(let missing):
            lang.pick(
                "I can't find \(missing.words(lang)) to compare.",
                missing.listed == 0 ? "现在没有可以按序号选的列表，先搜一下再对比吧。" : "上次的列表只有\(missing.listed)件，没有第\(missing.number)件，没法对比。")
        case .needTwoToCompare: lang.pick("I need at least two products to compare.", "至少要两件商品才能对比。")
        case .sideBySide(let products):
            lang.pick(
                "Side by side:\n\(Self.comparison(products, lang))\nCheapest: \(products.min { $0.price < $1.price }?.name ?? ""). Best rated: \(products.max { $0.rating < $1.rating }?.name ?? "").",
                "对比一下：\n\(Self.comparison(products, lang))\n最便宜的是\(products.min { $0.price < $1.price }?.name(lang) ?? "")，评分最高的是\(products.max { $0.rating < $1.rating }?.name(lang) ?? "")。"
            )
        case .whichOne(let options):
            lang.pick("Which one do you mean?\n\(Self.list(options, lang))", "你说的是哪一件？\n\(Self.list(options, lang))")
        case .noSuchNumber(let missing):
            switch lang {
            case .en: CartText.notFound(missing.words(lang)).text(lang)
            case .zh:
                missing.listed == 0
                    ? "现在没有可以按序号选的列表，先搜一下吧，比如“搜电饭煲”。"
                    : "上次的列表只有\(missing.listed)件，没有第\(missing.number)件。"
            }
        }
    }

    /// "  1. Midea Rice Cooker 4L — ¥259.00 ★4.8 [P1001]", one line each, with a word on low stock.
    static func list(_ products: [Product], _ lang: Language) -> String {
        products.enumerated().map { index, product in
            let stock =
                product.stock == 0
                ? lang.pick(" — out of stock", " — 缺货")
                : product.stock <= 3 ? lang.pick(" — only \(product.stock) left", " — 仅剩\(product.stock)\(product.measureWord)") : ""
            return "  \(index + 1). \(product.name(lang)) — \(Money.format(product.price)) ★\(product.rating) [\(product.sku)]\(stock)"
        }.joined(separator: "\n")
    }

    /// A product's page: names, price, rating, brand, category, store, description, stock.
    static func details(_ product: Product, _ names: CatalogNames, _ lang: Language) -> String {
        switch lang {
        case .en:
            let stock = product.stock == 0 ? "Out of stock." : "\(product.stock) in stock."
            let zh = product.nameZh.isEmpty ? "" : " (\(product.nameZh))"
            return """
                \(product.name)\(zh) [\(product.sku)]
                  \(Money.format(product.price)) · ★\(product.rating) · \(product.brand) · \(product.category) · sold by \(product.store)
                  \(product.description)
                  \(stock) Group price \(Money.format(product.groupPrice)).
                Say "add it to my cart" to buy it.
                """
        case .zh:
            let stock = product.stock == 0 ? "暂时缺货。" : "库存\(product.stock)\(product.measureWord)。"
            let facts = [
                Money.format(product.price), "★\(product.rating)", product.brand, names.category(product.category, lang),
                names.store(product.store, lang),
            ].filter { !$0.isEmpty }
            // No English sentence on a Chinese page: without a Chinese description it goes without.
            let description = product.descriptionZh.isEmpty ? "" : product.description(lang)
            return """
                \(product.name(lang)) [\(product.sku)]
                  \(facts.joined(separator: " · "))\(description.isEmpty ? "" : "\n  \(description)")
                  \(stock)拼团价\(Money.format(product.groupPrice))。
                想买就说“加入购物车”。
                """
        }
    }

    /// "MIDEA30 (¥30 off at midea), …" / "MIDEA30（立减30元）、…": the store is said already.
    static func coupons(_ coupons: [Coupon], _ lang: Language) -> String {
        switch lang {
        case .en: return coupons.map { "\($0.code) (\($0.summary))" }.joined(separator: ", ")
        case .zh:
            return coupons.map { coupon in
                var unscoped = coupon
                unscoped.store = nil
                return "\(coupon.code)（\(unscoped.summary(lang))）"
            }.joined(separator: "、")
        }
    }

    /// One line per product: price, rating, brand, stock.
    static func comparison(_ products: [Product], _ lang: Language) -> String {
        products.enumerated().map { index, product in
            lang.pick(
                "  \(index + 1). \(product.name) — \(Money.format(product.price)), ★\(product.rating), \(product.brand), \(product.stock > 0 ? "\(product.stock) in stock" : "out of stock")",
                "  \(index + 1). \(product.name(lang)) — \(Money.format(product.price))，★\(product.rating)，\(product.brand)，\(product.stock > 0 ? "库存\(product.stock)\(product.measureWord)" : "缺货")"
            )
        }.joined(separator: "\n")
    }

    /// What was searched for: "\"rice cooker\" from Midea under ¥300.00" / "¥300.00以下的Midea“电饭煲”".
    static func describe(_ query: SearchQuery, _ names: CatalogNames, _ lang: Language) -> String {
        switch lang {
        case .en:
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
        case .zh:
            // The words searched for (else the brand and category, else the store), then the other
            // filters in brackets: “小米”（手机通讯，¥2,000.00以下）.
            var head: String
            var filters: [String] = []
            let category = query.category.map { names.category($0, lang) }
            let store = query.store.map { names.store($0, lang) }
            let brand = query.brand.map { names.brand($0, lang) }
            if !query.text.isEmpty {
                head = lang.quote(query.text)
                filters += [brand, category].compactMap { $0 }
                filters += store.map { [$0] } ?? []
            } else if brand != nil || category != nil {
                head = [brand, category].compactMap { $0 }.joined(separator: " ")
                filters += store.map { [$0] } ?? []
            } else {
                head = store.map { "\($0)的商品" } ?? "商品"
            }
            switch (query.minPrice, query.maxPrice) {
            case (let min?, let max?): filters.append("\(Money.format(min))到\(Money.format(max))")
            case (let min?, nil): filters.append("\(Money.format(min))以上")
            case (nil, let max?): filters.append("\(Money.format(max))以下")
            case (nil, nil): break
            }
            if !filters.isEmpty { head += "（\(filters.joined(separator: "，"))）" }
            return head
        }
    }

    /// "Cheapest first", "按价格从低到高".
    private static func order(_ sort: SearchQuery.Sort, _ lang: Language) -> String {
        switch sort {
        case .priceAscending: lang.pick("Cheapest first", "按价格从低到高")
        case .priceDescending: lang.pick("Most expensive first", "按价格从高到低")
        case .rating: lang.pick("Best rated first", "按评分从高到低")
        case .sales: lang.pick("Best selling first", "按销量从高到低")
        case .relevance: lang.pick("Best matches first", "按匹配程度")
        }
    }

    static var samples: [CatalogText] {
        var cooker = Product.sample
        cooker.descriptionZh = "4L大容量，12种烹饪模式，不粘内胆易清洗。"
        var lastOne = cooker
        lastOne.stock = 2
        var soldOut = Product(
            sku: "P9502", name: "Panda Rice Cooker 5L", nameZh: "熊猫电饭煲 5L", brand: "Panda", category: "kitchen", store: "midea",
            price: 32900, stock: 0, rating: 4.6)
        soldOut.descriptionZh = ""
        var onDeal = cooker
        onDeal.tags = ["deal"]
        let names = CatalogNames.sample
        let byWords = SearchQuery(text: "电饭煲", maxPrice: 30000)
        let byFilters = SearchQuery(category: "kitchen", brand: "Midea", store: "midea", minPrice: 20000, maxPrice: 40000)
        let coupon = Coupon(code: "MIDEA30", kind: .fixed, off: 3000, store: "midea")
        return [
            .whatToFind, .nothingFound(byWords, names), .nothingFound(SearchQuery(store: "midea"), names),
            .found([cooker, lastOne, soldOut], for: byWords, names), .found([cooker], for: byFilters, names),
            .found([cooker], for: SearchQuery(store: "midea", minPrice: 10000), names),
            .sorted([soldOut, cooker], .priceAscending), .sorted([cooker, soldOut], .rating),
            .categories([.init(key: "kitchen", count: 12), .init(key: "phones", count: 9)], names),
            .noDeals(category: nil, names), .noDeals(category: "kitchen", names), .deals([cooker], category: nil, names),
            .deals([cooker], category: "kitchen", names), .dealsOn([cooker], byWords, names), .noDealsOn([cooker], byWords, names),
            .dealOnOne(cooker), .dealOnOne(onDeal),
            .whichToShow, .details(cooker, names), .details(soldOut, names),
            .storeCoupons(store: "midea", [coupon], names), .whichToCompare, .cantCompare("电饭锅"),
            .cantCompareNumber(MissingOrdinal(number: 9, listed: 2)), .needTwoToCompare, .sideBySide([cooker, soldOut]),
            .whichOne([cooker, soldOut]), .noSuchNumber(MissingOrdinal(number: 9, listed: 2)),
            .noSuchNumber(MissingOrdinal(number: 2, listed: 0)),
        ]
    }
}
