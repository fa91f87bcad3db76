import ShopCommerce
import ShopIntents

extension Conversation {
    /// `cart.quote`: what the cart would cost now — the best coupons (or the one named), shipping,
    /// and the points of a waiting checkout — with nothing waiting for a yes afterwards.
    func quoteCart(_ turn: inout Turn) throws -> Answer {
        // "多少钱" with nothing in the cart, a product just looked at: that product's price.
        if turn.slots.isEmpty, turn.session.pending == nil, let sku = turn.session.focus.first,
            try turn.commerce.cart(of: turn.user).isEmpty
        {
            turn.parse = Parse(intent: .productShow, confidence: turn.parse.confidence, slots: [.product: .string(sku)])
            return try showProduct(&turn)
        }
        var coupons: [String]? = turn.string(.coupon).map { [$0.uppercased()] }
        var points: Int64 = 0
        if case .checkout(let waitingCoupons, let waitingPoints) = turn.session.pending {
            coupons = coupons ?? waitingCoupons
            points = waitingPoints
        }
        let quote = try quote(turn, coupons: coupons, points: points)
        return Answer(turn.say(CheckoutText.quote(.init(quote))), data: .object(["quote": .checkout(quote)]))
    }

    /// `wallet.show`: the money red envelopes are paid from.
    func showWallet(_ turn: Turn) throws -> Answer {
        let balance = try turn.commerce.wallet(of: turn.user)
        return Answer(
            turn.say(PointsText.wallet(balance)),
            data: .object(["wallet": .object(["user": .string(turn.user), "balance": .int(balance)])]))
    }
}

// MARK: Declarations

extension IntentSpec {
    static let walletShow = IntentSpec(
        .walletShow, .looks, described: ("see your wallet", "看钱包余额"),
        answer: { conversation, turn, _ in try conversation.showWallet(turn) })

    static let cartQuote = IntentSpec(
        .cartQuote, .looks, described: ("see what your cart would cost", "算算购物车用券后多少钱"), next: { _, _ in [.checkOut] },
        answer: { conversation, turn, _ in try conversation.quoteCart(&turn) })
}
