import ShopCommerce
import ShopIntents

/// "最便宜的", "评分最高的", "sort by price" with a list on screen and nothing else asked for:
/// that list again in that order (it asked "What are you looking for?"). Ordinals then count in
/// the new order.
extension Conversation {
    func listOnScreen(sortedBy sort: SearchQuery.Sort, _ turn: inout Turn) throws -> Answer? {
        guard turn.int(.maxPrice) == nil, turn.int(.minPrice) == nil, !turn.session.results.isEmpty,
            let order = Self.order(sort)
        else { return nil }
        let listed = try turn.commerce.products(skus: turn.session.results)
        guard listed.count > 1 else { return nil }
        // Stable: products the order ties keep their places.
        let sorted = listed.enumerated().sorted { left, right in
            order(left.element, right.element) || (!order(right.element, left.element) && left.offset < right.offset)
        }.map(\.element)
        turn.session.showList(sorted.map(\.sku))
        return Answer(turn.say(CatalogText.sorted(sorted, sort)), data: .results(sorted))
    }

    /// Whether the first goes before the second; nil for orders a product does not carry.
    private static func order(_ sort: SearchQuery.Sort) -> ((Product, Product) -> Bool)? {
        switch sort {
        case .priceAscending: { $0.price < $1.price }
        case .priceDescending: { $0.price > $1.price }
        case .rating: { $0.rating > $1.rating }
        case .sales, .relevance: nil
        }
    }
}
