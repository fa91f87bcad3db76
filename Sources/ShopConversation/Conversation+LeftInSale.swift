import ShopIntents
import ShopText

/// "wait how many are left?", "还剩几个" with a flash buy waiting for its yes: how many the sale
/// has left, which its list shows (read alone: the product's stock, which is not the sale's).
extension Conversation {
    func leftInSaleAsked(_ turn: Turn) -> Bool {
        guard case .flashBuy? = turn.session.pending, [.productShow, .fallback, .catalogSearch].contains(turn.parse.intent) else {
            return false
        }
        let text = turn.text.lowercased()
        if text.contains("how many"), text.contains("left") || text.contains("remain") { return true }
        return ["还剩几", "剩几", "剩多少", "还有几个", "还有多少", "还剩多少"].contains(where: text.contains)
    }
}
