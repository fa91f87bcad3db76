import ShopCommerce
import ShopIntents
import ShopText

/// "可以 结账 寄宿舍", "ok 下单 寄店里", "结账 这回寄莲花路那个": a checkout and where it goes, said in
/// one breath. The address is chosen (as `address.use` would), then the order going there is
/// previewed; before, one of the two was heard and the other lost.
extension Conversation {
    func checkoutThere(_ turn: inout Turn) throws -> Answer? {
        guard turn.session.pending == nil, [.addressUse, .checkout].contains(turn.parse.intent), Self.saysCheckout(turn.text),
            let sendsTo = Self.shippingWords.first(where: turn.text.contains), try !turn.commerce.cart(of: turn.user).isEmpty,
            let at = turn.text.firstRange(of: sendsTo)
        else { return nil }
        let said = turn.parse
        turn.parse = Parse(
            intent: .addressUse, confidence: said.confidence, slots: engine.slots(String(turn.text[at.lowerBound...]), as: .addressUse))
        let shipped = try useAddress(&turn)
        guard turn.session.pending == nil, shipped.data["ship_to"] != nil else { return shipped }
        turn.parse = Parse(intent: .checkout, confidence: said.confidence)
        return try previewCheckout(&turn, coupons: nil, points: 0)
    }

    private static func saysCheckout(_ text: String) -> Bool {
        ["结账", "结算", "下单", "买单", "付款", "check out", "checkout"].contains(where: text.quickLowercased().contains)
    }

    private static let shippingWords = ["寄", "送到", "发到", "ship to", "send to", "deliver to"]
}
