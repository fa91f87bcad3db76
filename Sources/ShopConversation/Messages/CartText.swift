import ShopCommerce
import ShopIntents

/// What the shop says about the cart.
enum CartText: Phrasebook {
    case whichToAdd
    case notFound(String)
    case added([Product], quantity: Int64, cart: Cart)
    /// Several products, each at its own count ("2 rice cookers and a kettle").
    case addedEach([Product], counts: [Int64], cart: Cart)
    /// Products of one request still to be named, after the one asked about.
    case sayAgain([String])
    case alreadyEmpty
    case whichToRemove
    /// Nothing in the cart goes by the words said ("remove the socks", none there).
    case noneInCart(String)
    case tookOut(Product, quantity: Int64, left: Int64, cart: Cart)
    case removed(Product, cart: Cart)
    case emptyAddFirst
    case whichToChange
    case howMany(Product)
    case changed(Product, quantity: Int64, cart: Cart)
    case swapped(Product, for: Product, quantity: Int64, cart: Cart)
    case emptyTrySearching
    case contents(Cart)
    case cleared
    case summary(Cart)

    func text(_ lang: Language) -> String {
        switch self {
        case .whichToAdd: lang.pick("Which product would you like to add?", "要加哪件商品？")
        case .notFound(let what):
            lang.pick("I couldn't find \(what). Try searching for it, e.g. \"search \(what)\".", "没找到“\(what)”。可以搜一下试试，比如“搜\(what)”。")
        case .added(let products, let quantity, let cart):
            lang.pick(
                "Added \(lang.list(products.map { "\($0.counted(quantity, lang)) (\(Money.format($0.price)))" })) to your cart. \(Self.summary(cart).text(lang))",
                "已加入购物车：\(lang.list(products.map { "\($0.counted(quantity, lang))（\(Money.format($0.price))）" }))。\(Self.summary(cart).text(lang))"
            )
        case .addedEach(let products, let counts, let cart):
            lang.pick(
                "Added \(lang.list(zip(products, counts).map { "\($0.counted($1, lang)) (\(Money.format($0.price)))" })) to your cart. \(Self.summary(cart).text(lang))",
                "已加入购物车：\(lang.list(zip(products, counts).map { "\($0.counted($1, lang))（\(Money.format($0.price))）" }))。\(Self.summary(cart).text(lang))"
            )
        case .sayAgain(let words):
            lang.pick(
                "Then tell me which \(lang.list(words)) you'd like.", "然后再告诉我要哪个\(lang.list(words))。")
        case .alreadyEmpty: lang.pick("Your cart is already empty.", "购物车已经是空的了。")
        case .whichToRemove: lang.pick("Which item should I remove?", "要删掉哪件？")
        case .noneInCart(let what): lang.pick("Your cart has no \(what).", "购物车里没有\(what)。")
        case .tookOut(let product, let quantity, let left, let cart):
            lang.pick(
                "Took \(quantity) × \(product.name) out; \(left) left. \(Self.summary(cart).text(lang))",
                "已拿掉\(quantity)\(product.measureWord)\(product.name(lang))，还剩\(left)\(product.measureWord)。\(Self.summary(cart).text(lang))"
            )
        case .removed(let product, let cart):
            lang.pick(
                "Removed \(product.name) from your cart. \(Self.summary(cart).text(lang))",
                "已从购物车删除\(product.name(lang))。\(Self.summary(cart).text(lang))")
        case .emptyAddFirst: lang.pick("Your cart is empty; add something first.", "购物车是空的，先加点东西吧。")
        case .whichToChange: lang.pick("Which item should I change?", "要改哪件的数量？")
        case .howMany(let product): lang.pick("How many \(product.name) would you like?", "\(product.name(lang))要几\(product.measureWord)？")
        case .changed(let product, let quantity, let cart):
            quantity == 0
                ? lang.pick(
                    "Removed \(product.name). \(Self.summary(cart).text(lang))", "已删除\(product.name(lang))。\(Self.summary(cart).text(lang))"
                )
                : lang.pick(
                    "Now \(quantity) × \(product.name). \(Self.summary(cart).text(lang))",
                    "\(product.name(lang))改成\(quantity)\(product.measureWord)了。\(Self.summary(cart).text(lang))")
        case .swapped(let old, let new, let quantity, let cart):
            lang.pick(
                "Swapped \(old.name) for \(new.counted(quantity, lang)) (\(Money.format(new.price))). \(Self.summary(cart).text(lang))",
                "已把\(old.name(lang))换成\(new.counted(quantity, lang))（\(Money.format(new.price))）。\(Self.summary(cart).text(lang))")
        case .emptyTrySearching: lang.pick("Your cart is empty. Try \"search rice cooker\".", "购物车是空的。试试说“搜电饭煲”。")
        case .contents(let cart):
            lang.pick(
                "Your cart:\n\(Self.lines(cart, lang))\n\(Self.summary(cart).text(lang)) Say \"check out\" when you're ready.",
                "购物车：\n\(Self.lines(cart, lang))\n\(Self.summary(cart).text(lang))选好了就说“结算”。")
        case .cleared: lang.pick("Your cart is empty now.", "购物车已清空。")
        case .summary(let cart):
            cart.isEmpty
                ? lang.pick("Your cart is empty.", "购物车空了。")
                : lang.pick(
                    "Cart: \(cart.itemCount) item\(cart.itemCount == 1 ? "" : "s"), \(Money.format(cart.subtotal)).",
                    "购物车共\(cart.itemCount)件，\(Money.format(cart.subtotal))。")
        }
    }

    /// "  1. 2 × Midea Rice Cooker 4L [P1001] — ¥518.00", one line each.
    static func lines(_ cart: Cart, _ lang: Language) -> String {
        cart.lines.enumerated().map { index, line in
            "  \(index + 1). \(line.product.counted(line.quantity, lang)) [\(line.product.sku)] — \(Money.format(line.lineTotal))"
        }.joined(separator: "\n")
    }

    static var samples: [CartText] {
        let cooker = Product.sample
        let cart = Cart(lines: [.init(product: cooker, quantity: 2)])
        return [
            .whichToAdd, .notFound("电饭锅"), .added([cooker], quantity: 2, cart: cart), .addedEach([cooker], counts: [2], cart: cart),
            .sayAgain(["牙刷"]), .alreadyEmpty, .whichToRemove, .noneInCart("袜子"),
            .tookOut(cooker, quantity: 1, left: 1, cart: cart), .removed(cooker, cart: Cart(lines: [])), .emptyAddFirst, .whichToChange,
            .howMany(cooker), .changed(cooker, quantity: 3, cart: cart), .changed(cooker, quantity: 0, cart: cart),
            .swapped(cooker, for: cooker, quantity: 2, cart: cart), .emptyTrySearching,
            .contents(cart), .cleared, .summary(cart), .summary(Cart(lines: [])),
        ]
    }
}

extension Product {
    /// A product as the samples of the message catalog name it.
    static let sample = Product(
        sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", brand: "Midea", category: "kitchen", store: "midea",
        price: 25900, stock: 233, rating: 4.8)
}
