import Foundation
import ShopCommerce
import ShopIntents
import ShopText

/// A question about one product in the conversation that no intent reads ("安踏这个透气不",
/// "格力这个一天能抽多少水", "10000那个能带上飞机吧", "wait does it do waffles too"): its page,
/// whose details are what can answer it, rather than a search for the question's words, a "no"
/// (够用不) or "I didn't get that".
extension Conversation {
    /// The product a question points at, as a `product.show` slot; nil when the turn is not such
    /// a question or points at no one product.
    func attributeAsked(_ turn: Turn) throws -> String? {
        // A look counts too when its product is words the pointer ends ("格力这个一天能抽多少水 20L是
        // 水箱吗" looked for "Gree 一天能抽"): only the pointer's reading below may change it.
        let looks = try turn.parse.intent == .productShow && !namesSomething(turn.parse.slots[.product], turn.commerce)
        // A yes-or-no waiting (a checkout, a flash buy) still lets a question about the product
        // be asked ("wait does it do waffles too"); a "no" then answers what waits.
        let waitsForYes = turn.session.pending.map(Self.waitsForYesOrNo) ?? false
        guard turn.session.pending == nil || waitsForYes,
            looks || [.fallback, .catalogSearch].contains(turn.parse.intent) || (turn.parse.intent == .deny && !waitsForYes)
        else { return nil }
        let text = turn.text.lowercased()
        let focused = turn.session.focus.count == 1 ? turn.session.focus[0] : nil
        // "does it", "do those": English asking of the one in view (a question by its words).
        if !looks, let focused, Self.englishPointers.contains(where: { text.hasPrefix($0) || text.contains(" " + $0) }) { return focused }
        guard text.containsByte(where: { $0 >= 0xE4 }), Self.isQuestion(text) else { return nil }
        // "安踏这个", "10000那个": what is said before the pointer names one product in context.
        if let pointer = ["这个", "这款", "那个", "那款"].compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let before = text[..<pointer.lowerBound].split(whereSeparator: { " ，,。".contains($0) }).last.map(String.init) ?? ""
            if before.isEmpty || ["那", "就", "这"].contains(before) || Self.holdOn.contains(before) { return looks ? nil : focused }
            return try oneInContext(named: before, turn)
        }
        // "库存够吗", "颜色呢": a look at a detail's name is a look at the one in view.
        if looks, case .string(let words)? = turn.parse.slots[.product], Self.detailNames.contains(words) { return focused }
        guard !looks else { return nil }
        // "围巾是什么颜色的": a question that opens with the name of one product in context.
        let asked =
            Self.holdOn.first(where: { text.hasPrefix($0) }).map { text.dropFirst($0.count).drop(while: { " ，,".contains($0) }) }
            ?? text[...]
        let opening = String(asked.prefix { $0.unicodeScalars.allSatisfy(Language.isHan) && !"是有能多什怎咋几还的".contains($0) })
        guard opening.count >= 2 else { return nil }
        return try oneInContext(named: opening, turn)
    }

    /// A preview that only waits for yes or no, which a side question leaves waiting.
    static func waitsForYesOrNo(_ pending: Session.Pending) -> Bool {
        switch pending {
        case .checkout, .flashBuy, .bargainBuy: true
        default: false
        }
    }

    /// Whether a look's product slot is a SKU, a reference, or words some product has all of
    /// ("米家走步机"), not words the question added ("Gree 一天能抽").
    private func namesSomething(_ slot: SlotValue?, _ commerce: Commerce) throws -> Bool {
        guard case .string(let words)? = slot, !ProductResolver.referenceWords.contains(words), !ProductResolver.isSKU(words) else {
            return true
        }
        var probe = SearchQuery(text: words, limit: 1)
        probe.forgiving = false
        return try !commerce.search(probe).isEmpty
    }

    /// The one product of the conversation (the one in view, the list on screen, the cart) whose
    /// names hold `words`; nil when none or several do in the first place that has any.
    private func oneInContext(named words: String, _ turn: Turn) throws -> String? {
        let squeezed = ProductResolver.squeezed(words)
        // The cart is read only when the one in view and the list have none of the name.
        let pools: [() throws -> [String]] = [
            { turn.session.focus }, { turn.session.results }, { try turn.commerce.cart(of: turn.user).lines.map(\.product.sku) },
        ]
        for pool in pools {
            let skus = try pool()
            guard !skus.isEmpty else { continue }
            let named = try turn.commerce.products(skus: skus).filter { product in
                ProductResolver.matches(product, words: words) || ProductResolver.holdsShortened(product, words: words)
                    || [product.name, product.nameZh, product.brand].contains { ProductResolver.squeezed($0).contains(squeezed) }
            }
            let distinct = Set(named.map(\.sku))
            if distinct.count == 1 { return distinct.first }
            if distinct.count > 1 { return nil }
        }
        return nil
    }

    /// Whether the words ask something: a question mark, a Chinese question word or particle at
    /// the end of a clause ("透气不", "够用不", "是吧").
    static func isQuestion(_ text: String) -> Bool {
        if text.contains("?") || text.contains("？") { return true }
        if ["多少", "什么", "能不能", "是不是", "够不够", "有没有", "多大", "多重", "多长", "几个", "咋样", "怎么样"].contains(where: text.contains) {
            return true
        }
        // A refusal is no question ("那个不要了吧", "算了吧"); 吧 asks only after 是, 对 or of 能.
        guard !["不要", "算了", "不用", "别"].contains(where: text.contains) else { return false }
        return text.split(whereSeparator: { " ，,。!！".contains($0) }).contains { clause in
            guard let last = clause.last, clause.count >= 3 else { return false }
            if last == "吧" { return clause.hasSuffix("是吧") || clause.hasSuffix("对吧") || clause.contains("能") }
            // "能定时喂几顿啊": 啊 asks after a question word.
            if last == "啊" || last == "呀" { return clause.contains(where: { "几啥哪谁".contains($0) }) }
            return "吗不没呢".contains(last)
        }
    }

    /// What a product's page tells, named alone as if it were a product.
    private static let detailNames: Set<String> = [
        "库存", "价格", "价钱", "颜色", "尺码", "尺寸", "重量", "容量", "材质", "评分", "评价", "保质期", "产地", "功率", "规格", "型号",
    ]

    /// Words that only hold the conversation up before a question ("等下 小金管多少ml的").
    private static let holdOn = ["等下", "等等", "等一下", "对了", "话说", "请问", "诶", "欸", "哦", "嗯"]

    /// English that opens a question about the product in view.
    private static let englishPointers = [
        "does it ", "do those ", "do they ", "is it ", "are they ", "are those ", "can it ", "will it ", "does this ", "is this ",
    ]
}
