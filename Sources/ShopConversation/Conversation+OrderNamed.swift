import Foundation
import ShopCommerce

extension Conversation {
    /// "卷纸那单没事吧", "罗技那单还在吧", "where's the lego train at": of `orders` (newest first), the
    /// newest holding a product `words` (``productOfOrder(_:)``) name; nil when none does.
    func newestOrder(naming words: String, among orders: [Order], _ commerce: Commerce) throws -> Order? {
        let products = try commerce.products(skus: Array(Set(orders.flatMap { $0.items.map(\.sku) })))
        let named = Set(
            products.filter { ProductResolver.matches($0, words: words) || ProductResolver.holdsShortened($0, words: words) }.map(\.sku))
        return orders.first { order in order.items.contains { named.contains($0.sku) } }
    }

    /// The words that name an order by what is in it: before 那单, 这单, 的单, 的订单, 那个订单
    /// ("卷纸那单没事吧": 卷纸), or in English what follows "the" in "where's the X (at)", "the X
    /// order" ("where's the lego train at": lego train).
    static func productOfOrder(_ text: String) -> String? {
        if let marker = ["那个订单", "的订单", "那单", "这单", "的单"].first(where: text.contains), let at = text.range(of: marker) {
            var words = Substring(text[..<at.lowerBound])
            for lead in ["我买的", "买的", "刚才", "刚刚", "那个", "我的", "那"] where words.hasPrefix(lead) { words = words.dropFirst(lead.count) }
            while words.hasSuffix("的") { words = words.dropLast() }
            let named = words.trimmingCharacters(in: .whitespaces)
            // "刚下的那单", "上次那单": when, not what.
            let when = ["刚", "上次", "最近", "昨天", "今天", "前天", "第一", "最后"]
            return named.count >= 2 && !when.contains(where: named.hasPrefix) ? named : nil
        }
        var lowered = Substring(text.lowercased())
        while let last = lowered.last, "?!. ".contains(last) { lowered = lowered.dropLast() }
        for tail in [" order", " at", " now"] where lowered.hasSuffix(tail) { lowered = lowered.dropLast(tail.count) }
        guard let lead = ["where's the ", "wheres the ", "where is the ", "track the ", "cancel the "].first(where: lowered.hasPrefix)
        else {
            return nil
        }
        let named = lowered.dropFirst(lead.count).trimmingCharacters(in: .whitespaces)
        let pointers: Set<String> = [
            "order", "last one", "newest one", "latest one", "package", "parcel", "stuff", "last order", "first one",
        ]
        return named.count >= 2 && !pointers.contains(named) ? named : nil
    }
}
