import ShopText

extension SlotFiller {
    /// `order.return`: why ("it's broken" → damaged), which order ("order 1003"), which product
    /// and how many. The reason is read first, so its words are never taken for the product's.
    func returnRequest(_ a: Analysis, _ slots: inout Slots, _ used: inout [Bool]) {
        if let reason = ReturnReasons.find(in: a) {
            slots[.reason] = .string(reason.code)
            mark(&used, reason.tokens)
        }
        // Orders are numbered from 1001: a smaller number is how many, not which order.
        // "return 1 P1003 from order 1001": the number past 1000, wherever it is.
        for entity in a.entities {
            // A model number ("LX-A5958Z") is the product's, not an order's.
            let digits = entity.kind == .code && !entity.text.contains("-") ? Int64(entity.text.filter(\.isNumber)) : nil
            let number = entity.kind == .number && entity.value % 100 == 0 ? entity.value / 100 : digits
            guard let order = number, order >= Self.firstOrder, order < 1_000_000_000 else { continue }
            slots[.order] = .int(order)
            mark(&used, entity.range)
            break
        }
        // "I want my money back": the money is what comes back, not what goes.
        if let product = product(a, &used), !Self.notProducts.contains(product.stringValue ?? "") {
            slots[.product] = Self.withoutReturnVerb(product)
        }
        if let quantity = quantity(a, used: used, last: false) { slots[.quantity] = .int(quantity) }
    }

    static let notProducts: Set<String> = ["money", "my money", "refund", "a refund", "钱", "退款"]

    /// "退一个电饭煲" read whole as product words: the verb and its count are not the name.
    static func withoutReturnVerb(_ product: SlotValue) -> SlotValue {
        guard case .string(let words) = product, words.hasPrefix("退"), words.count > 1 else { return product }
        var rest = Substring(words.dropFirst())
        for count in ["一", "两", "1", "2"] where rest.hasPrefix(count) && rest.count > 2 {
            rest = rest.dropFirst()
            break
        }
        if let first = rest.first, zhMeasureWords.contains(first), rest.count > 1 { rest = rest.dropFirst() }
        return .string(String(rest).trimmingCharacters())
    }
}
