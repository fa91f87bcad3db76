import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// Several products named in one request ("2 xiaomi rice cookers and a xiaomi kettle",
    /// "算法导论和深入理解计算机系统各来一本"), each at its own count. Every product the words
    /// name exactly is added; the first one they leave open is asked about with its count, the
    /// rest named so the shopper can say them again. A product that cannot be found, or a count
    /// out of range, adds nothing at all.
    func addSeveral(_ named: [SlotValue], counts: [Int64], _ turn: inout Turn) throws -> Answer {
        for count in counts where !(1...Commerce.maximumQuantity).contains(count) { throw CommerceError.invalidQuantity(count) }
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text)
        var found: [(product: Product, count: Int64)] = []
        var unclear: [(options: [Product], count: Int64, words: String)] = []
        for (item, count) in zip(named, counts) {
            switch try resolver.resolve(item) {
            case .found(let products): found += products.map { ($0, count) }
            case .ambiguous(let options): unclear.append((options, count, item.stringValue ?? ""))
            case .missing: return ask(CartText.whichToAdd, for: .product, &turn)
            case .notFound(let what):
                let said =
                    resolver.missingOrdinal(in: item).map { turn.say(CatalogText.noSuchNumber($0)) } ?? turn.say(CartText.notFound(what))
                return Answer(said, data: .object(["error": "unknown_product"]))
            }
        }
        // Each naming found one product: the reply's intent can name them (PROTOCOL §4: SKUs).
        let oneEach = found.count == named.count
        // "那先买内存卡 闪迪128G的来两张": two namings of one product are one line, at the count said
        // last (the second naming says which, and how many); never the two counts added up.
        var once: [(product: Product, count: Int64)] = []
        for entry in found {
            if let at = once.firstIndex(where: { $0.product.sku == entry.product.sku }) {
                once[at].count = entry.count
            } else {
                once.append(entry)
            }
        }
        found = once
        for (product, count) in found {
            _ = try turn.commerce.addToCart(user: turn.user, sku: product.sku, quantity: count)
        }
        let cart = try turn.commerce.cart(of: turn.user)
        var said = found.isEmpty ? "" : turn.say(CartText.addedEach(found.map(\.product), counts: found.map(\.count), cart: cart))
        turn.session.focus = found.map(\.product.sku)
        guard let first = unclear.first else {
            // The reply's intent names what the words meant (PROTOCOL §4: SKUs once resolved).
            if oneEach, found.count == 1 {
                turn.parse.slots = [.product: .string(found[0].product.sku), .quantity: .int(found[0].count)]
            } else if oneEach {
                turn.parse.slots[.products] = .list(found.map { .string($0.product.sku) })
                turn.parse.slots[.quantities] = .list(found.map { .int($0.count) })
            }
            return Answer(said, data: .object(["cart": .cart(cart)]))
        }
        // The first open one is asked about as a single add would be, at its own count.
        turn.parse.slots = [.quantity: .int(first.count)]
        let question = offer(first.options, &turn)
        said += (said.isEmpty ? "" : " ") + question.text
        if unclear.count > 1 { said += " " + turn.say(CartText.sayAgain(unclear.dropFirst().map(\.words))) }
        // What was added, and the question's choices, as one would get them asked alone.
        var members = [JSONValue.Member("cart", .cart(cart)), JSONValue.Member("expecting", .string("product"))]
        if case .object(let asked) = question.data { members += asked }
        return Answer(said, data: .object(members))
    }
}
