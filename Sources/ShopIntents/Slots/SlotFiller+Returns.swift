extension SlotFiller {
    /// `order.return`: why ("it's broken" → damaged), which order ("order 1003"), which product
    /// and how many. The reason is read first, so its words are never taken for the product's.
    func returnRequest(_ a: Analysis, _ slots: inout [String: SlotValue], _ used: inout [Bool]) {
        if let reason = ReturnReasons.find(in: a) {
            slots["reason"] = .string(reason.code)
            mark(&used, reason.tokens)
        }
        // Orders are numbered from 1001: a smaller number is how many, not which order.
        if let order = order(a), order > 1000 {
            slots["order"] = .int(order)
            for entity in a.entities where entity.value == order * 100 || entity.text.filter(\.isNumber) == String(order) {
                mark(&used, entity.range)
            }
        }
        // "I want my money back": the money is what comes back, not what goes.
        if let product = product(a, &used), !Self.notProducts.contains(product.stringValue ?? "") { slots["product"] = product }
        if let quantity = quantity(a, used: used, last: false) { slots["quantity"] = .int(quantity) }
    }

    static let notProducts: Set<String> = ["money", "my money", "refund", "a refund", "钱", "退款"]
}
