import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    func addToCart(_ turn: inout Turn) throws -> Answer {
        if case .list(let named)? = turn.slots[.products], case .list(let counts)? = turn.slots[.quantities], named.count > 1 {
            return try addSeveral(named, counts: counts.map { $0.intValue ?? 1 }, &turn)
        }
        let pointsAtFocus = turn.slots[.product] == nil
        // "全都来一个", "one of each": every product of the list on screen.
        if turn.slots[.product] == nil, !turn.session.results.isEmpty, ProductResolver.namesEvery(turn.text) {
            turn.parse.slots[.product] = .string("those")
        }
        var quantity = turn.int(.quantity) ?? 1
        // "the 20000 one", "2万毫安的那个": a number no quantity could be, that names one product
        // of the list on screen, is that product.
        if quantity > Commerce.maximumQuantity,
            turn.slots[.product] == nil || Self.unitWords.contains(turn.string(.product)?.lowercased() ?? "this"),
            let named = try Self.productNamed(by: quantity, in: turn)
        {
            turn.parse.slots[.product] = .string(named.sku)
            turn.parse.slots[.quantity] = nil
            quantity = 1
        }
        guard (1...Commerce.maximumQuantity).contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text)
        let resolution = try ProductResolver.heldByLastOrder(
            resolver.resolve(turn.slots[.product]), of: turn.user, adding: true, turn.commerce)
        if turn.slots.isEmpty, let checkout = try buysTheCart(&turn, resolution) { return checkout }
        let products: [Product]
        switch resolution {
        case .found(let found):
            products = found
            if found.count == 1 { turn.parse.slots[.product] = .string(found[0].sku) }
        case .missing: return ask(CartText.whichToAdd, for: .product, &turn)
        case .ambiguous(let options):
            // "鸡蛋一盒不够吃 再来一盒": one more of the one the cart holds (土鸡蛋, not 鸡蛋卷).
            let cart = try turn.commerce.cart(of: turn.user)
            let held = options.filter { option in cart.lines.contains { $0.product.sku == option.sku } }
            guard Self.saysMore(turn.text), held.count == 1 else { return offer(options, &turn) }
            products = held
            turn.parse.slots[.product] = .string(held[0].sku)
        case .notFound(let what):
            let said =
                resolver.missingOrdinal(in: turn.slots[.product]).map { turn.say(CatalogText.noSuchNumber($0)) }
                ?? turn.say(CartText.notFound(what))
            return Answer(said, data: .object(["error": "unknown_product"]))
        }
        // "要3包", "那来两个 我妈也要" of the product in focus, already in the cart: how many are
        // wanted, not that many more (the smaller reading, where money moves on it).
        if pointsAtFocus, products.count == 1, turn.int(.quantity) != nil, !Self.saysMore(turn.text),
            try turn.commerce.cart(of: turn.user).lines.contains(where: { $0.product.sku == products[0].sku })
        {
            let product = try turn.commerce.setCartQuantity(user: turn.user, sku: products[0].sku, quantity: quantity)
            turn.parse = Parse(
                intent: .cartUpdate, confidence: turn.parse.confidence,
                slots: [.product: .string(product.sku), .quantity: .int(quantity)])
            turn.session.focus = [product.sku]
            let cart = try turn.commerce.cart(of: turn.user)
            return Answer(turn.say(CartText.changed(product, quantity: quantity, cart: cart)), data: .object(["cart": .cart(cart)]))
        }
        for product in products {
            do {
                try turn.commerce.addToCart(user: turn.user, sku: product.sku, quantity: quantity)
            } catch let error as CommerceError where products.count == 1 && error.isAboutStock {
                // Refused before anything was written: the product stays the one being talked
                // about, so "ok 3 then" adds 3 of it.
                turn.session.focus = [product.sku]
                return Answer(RefusalText(error).text(turn.lang), data: .object(["error": .string(error.code)]))
            }
        }
        turn.session.focus = products.map(\.sku)
        let cart = try turn.commerce.cart(of: turn.user)
        return Answer(turn.say(CartText.added(products, quantity: quantity, cart: cart)), data: .object(["cart": .cart(cart)]))
    }

    /// Words of more on top of what is there: "再来两个", "add 2 more", "another".
    static func saysMore(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["再", "多", "还要", "另", "加", "又", "more", "another", "extra", "also", "too", "add"].contains(where: lowered.contains)
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
        guard !before.isEmpty else { return Answer(turn.say(CartText.alreadyEmpty), data: .object(["cart": .cart(before)])) }
        if turn.slots[.product] == nil, before.lines.count == 1 { turn.parse.slots[.product] = .string(before.lines[0].product.sku) }
        let product: Product
        switch try resolveOne(&turn, question: CartText.whichToRemove.text(turn.lang), within: before.lines.map(\.product), onlyCart: true)
        {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        // "Remove one of the air fryers" takes one out; without a number the whole line goes.
        if let quantity = turn.int(.quantity) {
            guard Limits.quantity.contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
            let held = before.lines.first { $0.product.sku == product.sku }?.quantity ?? 0
            if quantity < held {
                try turn.commerce.setCartQuantity(user: turn.user, sku: product.sku, quantity: held - quantity)
                turn.session.focus = [product.sku]
                let cart = try turn.commerce.cart(of: turn.user)
                return Answer(
                    turn.say(CartText.tookOut(product, quantity: quantity, left: held - quantity, cart: cart)),
                    data: .object(["cart": .cart(cart)]))
            }
        }
        try turn.commerce.removeFromCart(user: turn.user, sku: product.sku)
        let cart = try turn.commerce.cart(of: turn.user)
        return Answer(turn.say(CartText.removed(product, cart: cart)), data: .object(["cart": .cart(cart)]))
    }

    /// "好的 那就买吧": a buy naming nothing and counting nothing, with nothing in focus to add or
    /// only what the cart holds already (right after adding it), buys the cart: its checkout
    /// preview, not "which product?" nor one more of it. Nil when there is something to add.
    private func buysTheCart(_ turn: inout Turn, _ resolution: ProductResolver.Resolution) throws -> Answer? {
        let focused: Product?
        switch resolution {
        case .missing: focused = nil
        case .found(let products) where products.count == 1: focused = products[0]
        default: return nil
        }
        let cart = try turn.commerce.cart(of: turn.user)
        guard !cart.isEmpty, focused.map({ product in cart.lines.contains { $0.product.sku == product.sku } }) ?? true else { return nil }
        turn.parse = Parse(intent: .checkout, confidence: turn.parse.confidence)
        return try dispatch(&turn, previewCoupons: nil, previewPoints: 0)
    }

    func updateCart(_ turn: inout Turn) throws -> Answer {
        let before = try turn.commerce.cart(of: turn.user)
        // "i need 25 for the office" with an empty cart, a product in focus: that many of it.
        if before.isEmpty, let quantity = turn.int(.quantity), turn.slots[.product] == nil || turn.string(.product) == "this",
            !turn.session.focus.isEmpty
        {
            turn.parse = Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: [.quantity: .int(quantity)])
            return try addToCart(&turn)
        }
        // "also candles for the tables, the yanxuan scented ones. 12", "and put the thermos in
        // instead" with nothing in the cart: a product named, to be had, is added.
        if before.isEmpty, case .string(let named)? = turn.slots[.product], !ProductResolver.referenceWords.contains(named) {
            turn.parse = Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: turn.parse.slots)
            return try addToCart(&turn)
        }
        guard !before.isEmpty else { return Answer(turn.say(CartText.emptyAddFirst), data: .object(["cart": .cart(before)])) }
        // "make it 3": the line in focus, or the only line.
        if turn.slots[.product] == nil, let line = Self.lineInFocus(before, turn.session) {
            turn.parse.slots[.product] = .string(line.product.sku)
        }
        // "不对 一提哪够 擦屁股擦手擦口水的 换成两提" right after an add: the words around the new
        // count name nothing the shop has; the line just touched is the one changed.
        if turn.int(.quantity) != nil, turn.text.containsByte(where: { $0 >= 0xE4 }), let line = Self.lineInFocus(before, turn.session),
            case .notFound = try ProductResolver(
                commerce: turn.commerce, session: turn.session, said: turn.text, lang: turn.lang, user: turn.user
            )
            .resolve(turn.slots[.product], within: before.lines.map(\.product))
        {
            turn.parse.slots[.product] = .string(line.product.sku)
        }
        if Self.saysSwap(turn.text), case .string(let words)? = turn.slots[.product], let old = Self.lineInFocus(before, turn.session),
            let variant = try swapVariant(words, of: old.product, turn)
        {
            turn.parse.slots[.product] = .string(variant.sku)
        }
        let product: Product
        switch try resolveOne(&turn, question: CartText.whichToChange, within: before.lines.map(\.product)) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        // "换成戴森的", "the second one instead": a product not in the cart, said as a swap, takes
        // the place of the line in focus (or the only line), at its quantity.
        if !before.lines.contains(where: { $0.product.sku == product.sku }),
            Self.saysSwap(turn.text) || (turn.session.justAdded == true && Self.correctsPick(turn.text)),
            let old = Self.lineInFocus(before, turn.session)
        {
            let quantity = turn.int(.quantity) ?? old.quantity
            guard Limits.quantity.contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
            try turn.commerce.removeFromCart(user: turn.user, sku: old.product.sku)
            _ = try turn.commerce.addToCart(user: turn.user, sku: product.sku, quantity: quantity)
            turn.session.focus = [product.sku]
            let cart = try turn.commerce.cart(of: turn.user)
            return Answer(
                turn.say(CartText.swapped(old.product, for: product, quantity: quantity, cart: cart)), data: .object(["cart": .cart(cart)]))
        }
        // "double it", "翻倍": the line's count times that, checked before it is multiplied.
        if turn.int(.quantity) == nil, let times = turn.int(.times),
            let line = before.lines.first(where: { $0.product.sku == product.sku })
        {
            let (doubled, overflow) = line.quantity.multipliedReportingOverflow(by: times)
            guard !overflow, doubled <= Commerce.maximumQuantity else {
                throw CommerceError.invalidQuantity(overflow ? Int64.max : doubled)
            }
            turn.parse.slots[.quantity] = .int(doubled)
            turn.parse.slots[.times] = nil
        }
        guard let quantity = turn.int(.quantity) else {
            turn.parse.slots[.product] = .string(product.sku)
            return ask(CartText.howMany(product), for: .quantity, &turn)
        }
        try turn.commerce.setCartQuantity(user: turn.user, sku: product.sku, quantity: quantity)
        turn.session.focus = [product.sku]
        let cart = try turn.commerce.cart(of: turn.user)
        return Answer(turn.say(CartText.changed(product, quantity: quantity, cart: cart)), data: .object(["cart": .cart(cart)]))
    }

    /// "换成M的" with Pampers L in the cart: the same brand's product the words name, when the
    /// words alone name several products or none.
    private func swapVariant(_ words: String, of old: Product, _ turn: Turn) throws -> Product? {
        guard !ProductResolver.referenceWords.contains(words), !old.brand.isEmpty else { return nil }
        let resolver = ProductResolver(commerce: turn.commerce, session: turn.session, said: turn.text, lang: turn.lang)
        switch try resolver.resolve(.string(words)) {
        case .found(let products) where products.count == 1: return nil
        case .ambiguous(let options):
            // "swap it for the myfoodie one" with Whiskas cat food in the cart: Myfoodie's cat
            // food, not its dog treats, the one whose name shares most with the line swapped.
            if let closest = Self.closestKind(options.filter { $0.sku != old.sku }, to: old) { return closest }
        default: break
        }
        guard case .found(let products) = try resolver.resolve(.string(old.brand + " " + words)), products.count == 1,
            products[0].sku != old.sku
        else { return nil }
        return products[0]
    }

    /// Of `options`, the one whose name shares the most search terms with `old`'s, when one does.
    static func closestKind(_ options: [Product], to old: Product) -> Product? {
        let kind = Set(SearchTerms.document([old.name, old.nameZh]))
        let scored = options.map { option in (option, Set(SearchTerms.document([option.name, option.nameZh])).intersection(kind).count) }
        guard let best = scored.map(\.1).max(), best > 0, scored.filter({ $0.1 == best }).count == 1 else { return nil }
        return scored.first { $0.1 == best }?.0
    }

    /// Whether `text` asks to swap rather than to change a count ("换成戴森的", "…instead").
    /// "不对 是第三个", "oops, the other one": the pick just made was the wrong one.
    static func correctsPick(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["不对", "不是这个", "错了", "点错", "oops", "no wait", "wait no", "wrong one"].contains(where: lowered.hasPrefix)
            || ["哦不对", "啊不对", "哎不对"].contains(where: lowered.hasPrefix)
    }

    static func saysSwap(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["换成", "换个", "改成买", "换那个", "换这个", "换第", "换回"].contains(where: lowered.contains)
            || lowered.split(whereSeparator: { !$0.isLetter }).contains("instead") || lowered.contains("swap")
            || lowered.contains("back to ")
    }

    /// The cart line last touched, if still in the cart, else the only line.
    static func lineInFocus(_ cart: Cart, _ session: Session) -> Cart.Line? {
        if let focus = session.focus.first, let line = cart.lines.first(where: { $0.product.sku == focus }) { return line }
        return cart.lines.count == 1 ? cart.lines[0] : nil
    }

    func showCart(_ turn: inout Turn) throws -> Answer {
        let cart = try turn.commerce.cart(of: turn.user)
        guard !cart.isEmpty else {
            return Answer(turn.say(CartText.emptyTrySearching), data: .object(["cart": .cart(cart)]))
        }
        // The cart is now the list on screen: "remove the second one" means its second line.
        turn.session.results = cart.lines.map(\.product.sku)
        return Answer(turn.say(CartText.contents(cart)), data: .object(["cart": .cart(cart)]))
    }

    func clearCart(_ turn: Turn) throws -> Answer {
        try turn.commerce.clearCart(user: turn.user)
        let cart = try turn.commerce.cart(of: turn.user)
        return Answer(turn.say(CartText.cleared), data: .object(["cart": .cart(cart)]))
    }

    static func summary(_ cart: Cart, _ lang: Language = .en) -> String {
        CartText.summary(cart).text(lang)
    }
}

// MARK: Declarations

extension IntentSpec {
    static let cartAdd = IntentSpec(
        .cartAdd, .changesCart, described: ("add something to your cart", "加入购物车"), next: Suggestions.afterCart,
        answer: { conversation, turn, _ in try conversation.addToCart(&turn) })

    static let cartRemove = IntentSpec(
        .cartRemove, .changesCart, described: ("remove something from your cart", "从购物车删东西"), next: Suggestions.afterCart,
        answer: { conversation, turn, _ in try conversation.removeFromCart(&turn) })

    static let cartUpdate = IntentSpec(
        .cartUpdate, .changesCart, described: ("change a quantity in your cart", "改购物车里的数量"), next: Suggestions.afterCart,
        answer: { conversation, turn, _ in try conversation.updateCart(&turn) })

    static let cartShow = IntentSpec(
        .cartShow, .looks, described: ("see your cart", "看购物车"), next: Suggestions.afterCart,
        answer: { conversation, turn, _ in try conversation.showCart(&turn) })

    static let cartClear = IntentSpec(
        .cartClear, .changesCart, described: ("empty your cart", "清空购物车"),
        answer: { conversation, turn, _ in try conversation.clearCart(turn) })
}
