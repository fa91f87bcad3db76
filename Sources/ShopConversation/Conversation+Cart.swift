import ShopCommerce
import ShopIntents

extension Conversation {
    func addToCart(_ turn: inout Turn) throws -> Answer {
        var quantity = turn.int("quantity") ?? 1
        // "the 20000 one", "2万毫安的那个": a number no quantity could be, that names one product
        // of the list on screen, is that product.
        if quantity > Commerce.maximumQuantity,
            turn.slots["product"] == nil || Self.unitWords.contains(turn.string("product")?.lowercased() ?? "this"),
            let named = try Self.productNamed(by: quantity, in: turn)
        {
            turn.parse.slots["product"] = .string(named.sku)
            turn.parse.slots["quantity"] = nil
            quantity = 1
        }
        guard (1...Commerce.maximumQuantity).contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text)
        let products: [Product]
        switch try resolver.resolve(turn.slots["product"]) {
        case .found(let found):
            products = found
            if found.count == 1 { turn.parse.slots["product"] = .string(found[0].sku) }
        case .missing: return ask("Which product would you like to add?", for: "product", &turn)
        case .ambiguous(let options): return offer(options, &turn)
        case .notFound(let what):
            return Answer("I couldn't find \(what). Try searching for it, e.g. \"search \(what)\".", data: .object(["error": "unknown_product"]))
        }
        for product in products {
            try turn.commerce.addToCart(user: turn.user, sku: product.sku, quantity: quantity)
        }
        turn.session.focus = products.map(\.sku)
        let cart = try turn.commerce.cart(of: turn.user)
        let added = products.map { "\(quantity) × \($0.name) (\(Money.format($0.price)))" }.joined(separator: ", ")
        return Answer("Added \(added) to your cart. \(Self.summary(cart))", data: .object(["cart": .cart(cart)]))
    }

    /// What may follow such a number without naming a product of its own.
    static let unitWords: Set = ["this", "mah", "毫安", "毫安时", "w", "gb", "tb", "mm", "ml", "l"]

    /// The one product of the last list whose name holds `number` ("20000mAh"), if exactly one does.
    static func productNamed(by number: Int64, in turn: Turn) throws -> Product? {
        let matches = try turn.commerce.products(skus: turn.session.results).filter { $0.name.contains(String(number)) }
        return matches.count == 1 ? matches[0] : nil
    }

    func removeFromCart(_ turn: inout Turn) throws -> Answer {
        let before = try turn.commerce.cart(of: turn.user)
        guard !before.isEmpty else { return Answer("Your cart is already empty.", data: .object(["cart": .cart(before)])) }
        if turn.slots["product"] == nil, before.lines.count == 1 { turn.parse.slots["product"] = .string(before.lines[0].product.sku) }
        let product: Product
        switch try resolveOne(&turn, question: "Which item should I remove?", within: before.lines.map(\.product)) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        // "Remove one of the air fryers" takes one out; without a number the whole line goes.
        if let quantity = turn.int("quantity") {
            guard Limits.quantity.contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
            let held = before.lines.first { $0.product.sku == product.sku }?.quantity ?? 0
            if quantity < held {
                try turn.commerce.setCartQuantity(user: turn.user, sku: product.sku, quantity: held - quantity)
                turn.session.focus = [product.sku]
                let cart = try turn.commerce.cart(of: turn.user)
                return Answer(
                    "Took \(quantity) × \(product.name) out; \(held - quantity) left. \(Self.summary(cart))", data: .object(["cart": .cart(cart)]))
            }
        }
        try turn.commerce.removeFromCart(user: turn.user, sku: product.sku)
        let cart = try turn.commerce.cart(of: turn.user)
        return Answer("Removed \(product.name) from your cart. \(Self.summary(cart))", data: .object(["cart": .cart(cart)]))
    }

    func updateCart(_ turn: inout Turn) throws -> Answer {
        let before = try turn.commerce.cart(of: turn.user)
        guard !before.isEmpty else { return Answer("Your cart is empty; add something first.", data: .object(["cart": .cart(before)])) }
        if turn.slots["product"] == nil {
            // "make it 3": the product in focus if it is in the cart, else the only line.
            if let focus = turn.session.focus.first, before.lines.contains(where: { $0.product.sku == focus }) {
                turn.parse.slots["product"] = .string(focus)
            } else if before.lines.count == 1 {
                turn.parse.slots["product"] = .string(before.lines[0].product.sku)
            }
        }
        let product: Product
        switch try resolveOne(&turn, question: "Which item should I change?", within: before.lines.map(\.product)) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        guard let quantity = turn.int("quantity") else {
            turn.parse.slots["product"] = .string(product.sku)
            return ask("How many \(product.name) would you like?", for: "quantity", &turn)
        }
        try turn.commerce.setCartQuantity(user: turn.user, sku: product.sku, quantity: quantity)
        turn.session.focus = [product.sku]
        let cart = try turn.commerce.cart(of: turn.user)
        let what = quantity == 0 ? "Removed \(product.name)." : "Now \(quantity) × \(product.name)."
        return Answer("\(what) \(Self.summary(cart))", data: .object(["cart": .cart(cart)]))
    }

    func showCart(_ turn: inout Turn) throws -> Answer {
        let cart = try turn.commerce.cart(of: turn.user)
        guard !cart.isEmpty else {
            return Answer("Your cart is empty. Try \"search rice cooker\".", data: .object(["cart": .cart(cart)]))
        }
        // The cart is now the list on screen: "remove the second one" means its second line.
        turn.session.results = cart.lines.map(\.product.sku)
        let lines = cart.lines.enumerated().map { index, line in
            "  \(index + 1). \(line.quantity) × \(line.product.name) [\(line.product.sku)] — \(Money.format(line.lineTotal))"
        }.joined(separator: "\n")
        return Answer("Your cart:\n\(lines)\n\(Self.summary(cart)) Say \"check out\" when you're ready.", data: .object(["cart": .cart(cart)]))
    }

    func clearCart(_ turn: Turn) throws -> Answer {
        try turn.commerce.clearCart(user: turn.user)
        let cart = try turn.commerce.cart(of: turn.user)
        return Answer("Your cart is empty now.", data: .object(["cart": .cart(cart)]))
    }

    static func summary(_ cart: Cart) -> String {
        guard !cart.isEmpty else { return "Your cart is empty." }
        return "Cart: \(cart.itemCount) item\(cart.itemCount == 1 ? "" : "s"), \(Money.format(cart.subtotal))."
    }
}
