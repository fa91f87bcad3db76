import Foundation
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

    /// "最便宜的吧", "就要评分最高的", "还是最便宜的": a sort said as a choice, with a list on
    /// screen, takes that one (a sort alone shows the list in that order).
    func chosenBySort(_ turn: Turn) -> Parse? {
        guard turn.parse.intent == .catalogSearch, turn.session.pending == nil, !turn.session.results.isEmpty,
            let sort = turn.string(.sort), let reference = Self.references[sort], Self.saysChoice(turn.text)
        else { return nil }
        let keys = Set(turn.parse.slots.keys)
        guard keys == [.sort] || (keys == [.sort, .query] && Self.saidBeforeChoice(turn.string(.query), turn.text)) else { return nil }
        return Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: [.product: .string(reference)])
    }

    /// "差了四百多 学生党还是买便宜的吧": the words searched are who chooses, said before 还是, not
    /// what (it searched "学生党").
    static func saidBeforeChoice(_ query: String?, _ text: String) -> Bool {
        guard let query, let choice = text.range(of: "还是") else { return false }
        return text[..<choice.lowerBound].contains(query) && !text[choice.upperBound...].contains(query)
    }

    private static let references = ["price_asc": "cheapest", "price_desc": "most expensive", "rating": "best rated"]

    /// Chosen, not asked: 吧 at the end, or 就, 就要, 还是, 选, 要 before.
    static func saysChoice(_ text: String) -> Bool {
        var said = Substring(text.trimmingCharacters(in: .whitespaces))
        while let last = said.last, "啦了~～!！。".contains(last) { said = said.dropLast() }
        return said.hasSuffix("吧") || ["就要", "就", "还是", "选", "要"].contains(where: { said.hasPrefix($0) })
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
