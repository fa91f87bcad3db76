import ShopCommerce
import ShopIntents

/// What the shop says about checking out, quotes and placed orders.
enum CheckoutText: Phrasebook {
    case notPlaced

    func text(_ lang: Language) -> String {
        switch self {
        case .notPlaced: lang.pick("OK, I didn't place the order. Your cart is still there.", "好的，没有下单，购物车里的东西还在。")
        }
    }

    static let samples: [CheckoutText] = [.notPlaced]
}
