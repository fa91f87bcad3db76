import Foundation
import ShopCommerce
import ShopIntents
import ShopText

/// "122.99可以了 不等了直接买", "差不多了 就这个价买", "i will buy it at that price now" with one's own
/// bargain open: buying it at the price reached (read alone: a coupon claimed, a flash sale).
extension Conversation {
    func boughtAtBargainPrice(_ turn: Turn) throws -> Bool {
        guard ![.bargainBuy, .bargainStart, .bargainCut, .deny, .cancel].contains(turn.parse.intent), turn.session.pending == nil else {
            return false
        }
        let said = turn.text.lowercased()
        let price = Self.thisPriceWords.contains(where: said.contains)
        guard price || said.contains("不等了") || said.contains("直接买") else { return false }
        guard let bargain = try turn.commerce.latestBargain(of: turn.user), bargain.order == nil, !bargain.cuts.isEmpty,
            turn.commerce.timestamp < bargain.expiresAt
        else { return false }
        // "直接买" alone may be of anything: with the price reached said, or "this price", it is the bargain's.
        return price || said.contains(Money.format(bargain.price).replacingOccurrences(of: "¥", with: ""))
    }

    private static let thisPriceWords = [
        "这个价", "这价", "砍后价", "砍到的价", "at that price", "at this price", "at the bargain price", "at the price it",
    ]
}
