import ShopCommerce
import ShopIntents
import ShopText

/// "这个有优惠吗", "is this on sale?", "does it have a discount" with one product in view: whether
/// that product is on deal, with its store's coupons to claim. Before, it listed the day's deals.
extension Conversation {
    func dealOnThis(_ turn: inout Turn) throws -> Answer? {
        guard turn.string(.category) == nil, turn.string(.query) == nil, turn.session.focus.count == 1,
            Self.pointsAtThis(turn.text), let product = try turn.commerce.product(sku: turn.session.focus[0])
        else { return nil }
        var text = turn.say(CatalogText.dealOnOne(product))
        let coupons = try turn.commerce.claimableCoupons(for: turn.user, store: product.store)
        // The store's names are read only when there are coupons to name it by.
        if !coupons.isEmpty {
            text += "\n" + turn.say(CatalogText.storeCoupons(store: product.store, coupons, try catalogNames(turn, store: product.store)))
        }
        return Answer(text, data: .object(["product": .product(product)]))
    }

    /// A deal asked of the one in view, whatever else the words could be ("is this on sale?":
    /// its reviews, or the day's deals?).
    func dealAskedOfThis(_ turn: Turn) -> Bool {
        guard turn.session.pending == nil, turn.session.focus.count == 1,
            turn.parse.intent == .catalogDeals || turn.parse.alternatives.contains(.catalogDeals), turn.text.utf8.count <= 40,
            Self.pointsAtThis(turn.text)
        else { return false }
        let lowered = turn.text.quickLowercased()
        return ["优惠", "特价", "打折", "折扣", "活动", "sale", "deal", "discount", "promo", "offer"].contains(where: lowered.contains)
    }

    static func pointsAtThis(_ text: String) -> Bool {
        if text.containsByte(where: { $0 >= 0x80 }) {
            return ["这个", "这款", "它", "这件", "那个", "那款"].contains(where: text.contains)
        }
        let words = Set(text.quickLowercased().split(whereSeparator: { " ,.?!".contains($0) }).map(String.init))
        return !words.isDisjoint(with: ["this", "it", "that", "its", "it's"])
    }
}
