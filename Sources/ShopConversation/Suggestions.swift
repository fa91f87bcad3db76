import ShopCommerce
import ShopIntents

/// What a shopper might say next, after a turn: quick replies for a gateway's buttons and the
/// REPL's Tab. Picked from what is waiting and what was just shown, never more than four.
enum Suggestions {
    static func after(_ turn: Turn, _ answer: Answer) -> [String] {
        pick(turn, answer).prefix(4).map { $0.text(turn.lang) }
    }

    private static func pick(_ turn: Turn, _ answer: Answer) -> [Suggestion] {
        switch turn.session.pending {
        case .checkout: return [.yes, .no, .showCart]
        case .redPacket, .priceProtection, .orderReturn, .flashBuy, .bargainBuy: return [.yes, .no]
        case .slot(_, _, let missing) where missing == .product && turn.session.results.count > 1: return [.theFirstOne, .theSecondOne]
        case .slot, .choice: return []
        case nil: break
        }
        if answer.data["error"] != nil { return [] }
        let results = turn.session.results.count
        switch turn.parse.intent {
        case .catalogSearch, .catalogDeals, .storeShow:
            guard results > 0 else { return [.deals, .categories] }
            return results > 1 ? [.addFirst, .detailsFirst, .compareFirstTwo] : [.addIt, .detailsFirst]
        case .productShow:
            return turn.session.store != nil ? [.addIt, .reviews, .shareIt, .followStore] : [.addIt, .reviews, .shareIt, .groupBuy]
        case .productCompare, .productReviews: return [.addFirst]
        case .cartAdd, .cartUpdate, .cartRemove, .cartShow:
            guard case .array(let items)? = answer.data["cart"]?["items"], !items.isEmpty else { return [.searchExample, .deals] }
            return turn.parse.intent == .cartShow ? [.checkOut, .quote] : [.checkOut, .showCart, .quote]
        case .cartQuote: return [.checkOut]
        case .confirm where answer.data["order"] != nil: return [.trackOrder, .myOrders]
        case .orderList, .orderCancel: return [.trackOrder]
        case .couponList, .couponClaim: return [.checkOut, .deals]
        case .greeting, .help, .fallback, .thanks: return [.deals, .searchExample, .myCoupons, .showCart]
        case .catalogCategories: return [.deals, .searchExample]
        case .inboxShow: return [.grab]
        case .pointsShow: return [.usePoints, .myCoupons]
        case .pointsCheckin: return [.points, .deals]
        default: return []
        }
    }
}
