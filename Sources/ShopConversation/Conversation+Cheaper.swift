import ShopCommerce
import ShopIntents
import ShopText

/// "anything cheaper?", "有没有更便宜的", "便宜点的有吗" with a product or a list in view: the same
/// kind of thing below its price. Before, it asked "What are you looking for?" or searched "更".
extension Conversation {
    func cheaperAsked(_ turn: Turn) throws -> Parse? {
        guard [.catalogSearch, .catalogDeals, .productShow].contains(turn.parse.intent), Self.saysCheaper(turn.text),
            turn.string(.brand) == nil, turn.string(.category) == nil, turn.int(.maxPrice) == nil,
            (turn.string(.query) ?? "").count <= 1
        else { return nil }
        let listed = try turn.commerce.products(skus: turn.session.results)
        let focused = turn.session.focus.count == 1 ? try turn.commerce.product(sku: turn.session.focus[0]) : nil
        // Below its price in whole yuan ("under ¥198", not "under ¥198.99").
        guard let price = focused?.price ?? listed.map(\.price).min(), price > 100 else { return nil }
        let ceiling = (price - 1) / 100 * 100
        // The kind is what the names on screen share ("rice cooker", "电饭煲"); the one in focus alone,
        // or names that share nothing (phones), give their category.
        let pool = focused.map { one in listed.contains { $0.sku == one.sku } ? listed : [one] } ?? listed
        var slots: Slots = [.maxPrice: .int(ceiling)]
        if pool.count > 1,
            let kind = Self.sharedRun(of: pool.map { turn.lang == .zh ? $0.nameZh : $0.name.lowercased() }, spaced: turn.lang != .zh)
        {
            slots[.query] = .string(kind)
        } else if let category = (focused ?? listed.first)?.category {
            slots[.category] = .string(category)
        } else {
            return nil
        }
        return Parse(intent: .catalogSearch, confidence: turn.parse.confidence, slots: slots)
    }

    static func saysCheaper(_ text: String) -> Bool {
        // Byte searches: asked of every search and look (lowering the text cost a copy each).
        if text.contains("heaper") || text.contains("HEAPER") { return true }
        return !text.contains("最") && ["更便宜", "便宜点", "便宜些", "便宜一点", "便宜一些"].contains(where: text.contains)
    }

    /// The longest run (of words when `spaced`, else of characters, at least two) that most of
    /// `names` hold, without digits (a size or a model is no kind).
    static func sharedRun(of names: [String], spaced: Bool) -> String? {
        guard let first = names.first else { return nil }
        let units: [String] = spaced ? first.split(separator: " ").map(String.init) : first.map(String.init)
        let needed = (names.count * 3 + 4) / 5
        let minimum = spaced ? 1 : 2
        var length = min(units.count, spaced ? 4 : 8)
        while length >= minimum {
            for start in 0...(units.count - length) {
                let run = units[start..<start + length].joined(separator: spaced ? " " : "")
                guard !run.contains(where: { $0.isNumber || $0.isWhitespace && !spaced }), run.count >= 2 else { continue }
                let held = names.filter { spaced ? " \($0) ".contains(" \(run) ") : $0.contains(run) }.count
                if held >= needed { return run }
            }
            length -= 1
        }
        return nil
    }
}
