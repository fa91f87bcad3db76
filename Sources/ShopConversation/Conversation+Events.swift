import ShopCommerce
import ShopIntents

extension Conversation {
    /// The sentence for a push, from its fields, with names in `lang`.
    static func eventText(_ notice: Notice, _ commerce: Commerce, _ lang: Language) throws -> EventText {
        var fields: [String: SQLValue] = [:]
        for (key, value) in notice.fields { fields[key] = value }
        func int(_ key: String) -> Int64 { if case .int(let value)? = fields[key] { value } else { 0 } }
        func text(_ key: String) -> String { if case .text(let value)? = fields[key] { value } else { "" } }
        func product() throws -> String { try commerce.product(sku: text("sku"))?.name(lang) ?? text("sku") }
        func store() throws -> String { try commerce.store(id: text("store"))?.name(lang) ?? text("store") }
        switch notice.name {
        case "redpacket.received":
            return .redpacketReceived(from: text("from"), packet: int("packet"), amount: int("amount"), count: int("count"))
        case "redpacket.refunded": return .redpacketRefunded(packet: int("packet"), amount: int("amount"))
        case "groupbuy.completed":
            return .groupbuyCompleted(group: text("group"), product: try product(), price: int("price"), order: int("order"))
        case "bargain.cut":
            return .bargainCut(
                from: text("from"), code: text("bargain"), product: try product(), amount: int("amount"), price: int("price"))
        case "share.received": return .shareReceived(from: text("from"), product: try product(), code: text("code"))
        case "share.converted":
            return .shareConverted(buyer: text("buyer"), product: try product(), code: text("code"), reward: int("reward"))
        case "order.updated":
            return text("status") == "cancelled"
                ? .orderCancelled(order: int("order"), total: int("total")) : .orderPlaced(order: int("order"), total: int("total"))
        case "store.new_deal":
            if fields["coupon"] != nil, let coupon = try commerce.coupon(code: text("coupon")) {
                let storeName = try store()
                return .newCoupon(store: storeName, code: coupon.code, summary: coupon.summary(lang, storeName: storeName))
            }
            return .priceDrop(store: try store(), product: try product(), price: int("price"))
        default: return .other(notice.name)
        }
    }
}
