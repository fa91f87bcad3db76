import Foundation
import ShopCommerce
import ShopIntents
import ShopText

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
            // One character is enough ("鞋那单"): it is looked for among the shopper's orders only.
            return !named.isEmpty && !when.contains(where: named.hasPrefix) ? named : nil
        }
        // "洗衣液咋还没到啊 都四天了": the product, then asking after it.
        if let marker = Self.askingAfter.first(where: text.contains), let at = text.range(of: marker) {
            var words = Substring(text[..<at.lowerBound]).trimmingCharacters(in: .whitespaces)[...]
            for lead in ["我买的", "买的", "我的", "那个", "那"] where words.hasPrefix(lead) { words = words.dropFirst(lead.count) }
            let named = String(words)
            return !named.isEmpty && named.unicodeScalars.allSatisfy(Language.isHan) && !Self.zhPointers.contains(named) ? named : nil
        }
        // "hey wheres my ssd? thought it would be here by now": the sentence that asks names it;
        // ", keep the airtags": what follows a comma is another thought.
        for sentence in text.lowercased().split(whereSeparator: { "?!.,".contains($0) }) {
            if let named = productAsked(in: sentence) { return named }
        }
        return nil
    }

    /// "cancel the watch order", "did the lunch boxes arrive": what one English sentence names.
    private static func productAsked(in sentence: Substring) -> String? {
        var lowered = sentence.trimmingCharacters(in: .whitespaces)[...]
        for polite in [" pls", " please", " plz"] where lowered.hasSuffix(polite) { lowered = lowered.dropLast(polite.count) }
        for greeting in ["hey ", "hi ", "so ", "um ", "hmm ", "ok "] where lowered.hasPrefix(greeting) {
            lowered = lowered.dropFirst(greeting.count)
        }
        for tail in [" order", " at", " now"] where lowered.hasSuffix(tail) { lowered = lowered.dropLast(tail.count) }
        // "did the lunch boxes arrive": asked whether it came.
        if let tail = [" arrive", " arrived", " come", " come yet", " arrive yet", " get here", " ship", " be here", " be shipped"].first(
            where: lowered.hasSuffix)
        {
            lowered = lowered.dropLast(tail.count)
        }
        let leads = [
            "where's the ", "wheres the ", "where is the ", "track the ", "cancel the ", "where's my ", "wheres my ", "where is my ",
            "did the ", "did my ", "has the ", "has my ", "when does the ", "when does my ", "when will the ", "when will my ",
        ]
        guard let lead = leads.first(where: lowered.hasPrefix) else { return nil }
        let named = lowered.dropFirst(lead.count).trimmingCharacters(in: .whitespaces)
        return named.count >= 2 && !Self.pointers.contains(named) ? named : nil
    }

    /// Words that point at an order rather than name what is in it.
    private static let pointers: Set<String> = [
        "order", "last one", "newest one", "latest one", "package", "parcel", "stuff", "last order", "first one", "orders",
        "packages", "delivery", "refund", "money", "things", "purchase",
    ]

    private static let askingAfter = [
        "咋还没到", "怎么还没到", "还没到", "到没到", "到哪了", "到哪儿了", "到哪里了", "发货了没", "发货了吗", "发货没", "发了没", "到了没", "到了吗", "啥时候到", "什么时候到",
    ]
    private static let zhPointers: Set<String> = ["订单", "快递", "包裹", "东西", "货", "我的货", "我的东西", "我的快递"]
}
