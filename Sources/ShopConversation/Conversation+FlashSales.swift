import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// `flash.list` (秒杀): the sales on now and those starting within a day, as a list "the
    /// first one" can pick from.
    func listFlashSales(_ turn: inout Turn) throws -> Answer {
        let sales = try turn.commerce.flashSales()
        guard !sales.isEmpty else {
            // "秒杀有啥" with none on: the deals there are, rather than nothing.
            var answer = try deals(&turn)
            answer.text = turn.say(FlashText.none) + "\n" + answer.text
            answer.data.set("flash_sales", .array([]))
            return answer
        }
        turn.session.showList(sales.map(\.sku))
        return Answer(
            turn.say(FlashText.list(sales, now: turn.commerce.timestamp)), data: .object(["flash_sales": .array(sales.map(Self.flashData))])
        )
    }

    /// `flash.buy` (抢购): the sale meant, checked against the rules, and a preview of the one
    /// unit; the order waits for a yes (PROTOCOL.md §9).
    func previewFlashBuy(_ turn: inout Turn) throws -> Answer {
        let now = turn.commerce.timestamp
        let sales = try turn.commerce.flashSales()
        let sale: FlashSale
        if turn.slots[.product] == nil {
            let on = sales.filter { $0.isOn(at: now) }
            if on.count == 1 || sales.count == 1 {
                sale = on.first ?? sales[0]
            } else if sales.isEmpty {
                return Answer(turn.say(FlashText.none), data: .object(["error": "no_flash_sale"]))
            } else {
                turn.session.showList(sales.map(\.sku))
                return ask(FlashText.list(sales, now: now), for: .product, &turn)
            }
        } else {
            var products: [Product] = []
            for entry in sales where !products.contains(where: { $0.sku == entry.sku }) {
                if let product = try turn.commerce.product(sku: entry.sku) { products.append(product) }
            }
            let product: Product
            switch try resolveOne(&turn, question: FlashText.list(sales, now: now), within: products) {
            case .product(let found): product = found
            case .reply(let answer): return answer
            }
            guard
                let found = sales.first(where: { $0.sku == product.sku && $0.isOn(at: now) })
                    ?? sales.first(where: { $0.sku == product.sku })
            else {
                return Answer(turn.say(FlashText.noSaleFor(name: product.name(turn.lang))), data: .object(["error": "no_flash_sale"]))
            }
            sale = found
        }
        turn.session.focus = [sale.sku]
        // The reply's intent names the product the sale is of, however it was meant ("现在能抢吗").
        turn.parse.slots[.product] = .string(sale.sku)
        try turn.commerce.checkFlashBuy(user: turn.user, sale: sale)
        let quote = try turn.commerce.oneUnitQuote(sku: sale.sku, price: sale.price)
        if let question = try requireAddress(&turn) { return question }
        turn.session.pending = .flashBuy(sale: sale.id)
        var answer = Answer(
            turn.say(FlashText.preview(sale, total: quote.total, shipping: quote.shipping)),
            data: .object([
                "flash": Self.flashData(sale), "checkout": .object(["total": .int(quote.total), "shipping": .int(quote.shipping)]),
            ]))
        try addShipsTo(&answer, turn)
        return answer
    }

    /// The yes: bought now if the rules still allow it (the last unit may have gone meanwhile).
    func buyFlash(_ turn: inout Turn, sale id: Int64) throws -> Answer {
        let (sale, order) = try turn.commerce.buyFlash(user: turn.user, sale: id, shipTo: addressForPurchase(turn))
        turn.session.shipTo = nil
        return Answer(
            turn.say(FlashText.bought(sale, order: order.id, total: order.total)),
            data: .object(["flash": Self.flashData(sale), "order": .order(order, at: turn.commerce.now)]))
    }

    static func flashData(_ sale: FlashSale) -> JSONValue {
        .object([
            "id": .int(sale.id), "sku": .string(sale.sku), "name": .string(sale.name), "price": .int(sale.price),
            "list_price": .int(sale.listPrice), "stock": .int(sale.stock), "sold": .int(sale.sold), "left": .int(sale.left),
            "starts_at": .int(sale.startsAt), "ends_at": .int(sale.endsAt),
        ])
    }
}

// MARK: Declarations

extension IntentSpec {
    static let flashList = IntentSpec(
        .flashList, .looks, described: ("see the flash sales", "看看秒杀"),
        answer: { conversation, turn, _ in try conversation.listFlashSales(&turn) })

    static let flashBuy = IntentSpec(
        .flashBuy, .acts, described: ("buy in a flash sale", "抢购秒杀"),
        answer: { conversation, turn, _ in try conversation.previewFlashBuy(&turn) })
}
