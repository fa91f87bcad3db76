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
        return turn.parse.intent.spec.next(turn, answer)
    }

    /// After a list: add or open the first, compare the first two; with nothing found, elsewhere.
    static func afterList(_ turn: Turn, _ answer: Answer) -> [Suggestion] {
        let results = turn.session.results.count
        guard results > 0 else { return [.deals, .categories] }
        return results > 1 ? [.addFirst, .detailsFirst, .compareFirstTwo] : [.addIt, .detailsFirst]
    }

    static func afterProduct(_ turn: Turn, _ answer: Answer) -> [Suggestion] {
        turn.session.store != nil ? [.addIt, .reviews, .shareIt, .followStore] : [.addIt, .reviews, .shareIt, .groupBuy]
    }

    static func afterCart(_ turn: Turn, _ answer: Answer) -> [Suggestion] {
        guard case .array(let items)? = answer.data["cart"]?["items"], !items.isEmpty else { return [.searchExample, .deals] }
        return turn.parse.intent == .cartShow ? [.checkOut, .quote] : [.checkOut, .showCart, .quote]
    }

    /// After small talk: ways in.
    static func opening(_ turn: Turn, _ answer: Answer) -> [Suggestion] {
        [.deals, .searchExample, .myCoupons, .showCart]
    }
}
