import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// The store whose coupons are asked for, as its id: the `store` slot as said (an id, a
    /// store's name or part of it, a brand one store sells), "this"/"them" (the store of the
    /// product in view, or the store opened last), or the words that open a Chinese question
    /// when one store's name holds them ("严选有券吗": 网易严选). Nil: every store's.
    /// Written back to the slot once found (as a product's SKU is).
    func couponStore(_ turn: inout Turn) throws -> String? {
        var said = turn.string(.store)
        if said == nil, Self.pointsAtThem(turn.text) { said = "this" }
        guard let said else {
            guard let topic = Self.couponTopic(turn.text), let store = try storeHolding(topic, turn.commerce) else { return nil }
            turn.parse.slots[.store] = .string(store)
            return store
        }
        if said == "this" {
            let store = try turn.session.focus.first.flatMap { try turn.commerce.product(sku: $0)?.store } ?? turn.session.store
            if let store { turn.parse.slots[.store] = .string(store) }
            return store
        }
        if try turn.commerce.store(id: said) != nil { return said }
        let meant = try storeHolding(said, turn.commerce) ?? storeOfBrand(said, turn.commerce)
        if let meant { turn.parse.slots[.store] = .string(meant) }
        return meant ?? said
    }

    /// "any coupons from them?", "do they have coupons": English that points at a store.
    static func pointsAtThem(_ text: String) -> Bool {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }))
        return !words.isDisjoint(with: ["them", "they", "their", "theirs"])
    }

    /// The Chinese words a coupon question opens with before 有, 的 or 券, two to six of them:
    /// "严选有券吗" → 严选.
    static func couponTopic(_ text: String) -> String? {
        let run = text.prefix { $0.unicodeScalars.allSatisfy(Language.isHan) && !"有的券店家".contains($0) }
        return (2...6).contains(run.count) ? String(run) : nil
    }

    /// The one store whose name (either language) holds `words`; nil when none or several do.
    private func storeHolding(_ words: String, _ commerce: Commerce) throws -> String? {
        let wanted = words.lowercased()
        let stores = try commerce.stores().filter { $0.name.lowercased().contains(wanted) || $0.nameZh.contains(words) }
        return stores.count == 1 ? stores[0].id : nil
    }

    /// The one store that sells the brand `words` names ("雅诗兰黛那家店" of Estée Lauder's
    /// products, sold by the beauty store); nil when none or several do.
    private func storeOfBrand(_ words: String, _ commerce: Commerce) throws -> String? {
        let stores = Set(try commerce.search(SearchQuery(brand: words, limit: 60)).map(\.store))
        return stores.count == 1 ? stores.first : nil
    }
}
