import ShopText

/// "能开个团吗 便宜点的话我在群里喊一嗓子", "我哥我姐也想给公婆岳父换 我开个团拉他们", "这个能开团吗": a
/// group buy started, whatever the other clauses say (it searched the reason, or did not
/// understand).
extension IntentEngine {
    func groupBuyStarted(_ text: String) -> Parse? {
        guard text.contains("团"), let word = Self.startingGroupBuy.first(where: { text.contains($0) }) else { return nil }
        // Joining one is not starting one ("我也参团 开团的是谁").
        guard !["参团", "加入", "拼成", "成团", "开团的"].contains(where: { text.contains($0) }) else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard let clause = clauses.first(where: { $0.contains(word) }), let at = clause.firstRange(of: word) else { return nil }
        // What is bought together is said before ("豆浆机能开团吗"); what follows is why ("拉他们").
        var named = clause[..<at.lowerBound]
        for opening in ["帮我", "给我", "我们", "我", "咱们", "咱"] where named.hasPrefix(opening) {
            named = named.dropFirst(opening.count)
            break
        }
        if named.hasPrefix("把") { named = named.dropFirst() }
        for asking in ["可不可以", "能不能", "可以", "能", "想", "要", "的"] where named.hasSuffix(asking) {
            named = named.dropLast(asking.count)
            break
        }
        if named.isEmpty { return Parse(intent: .groupbuyStart, confidence: 0.9) }
        let product: SlotValue = Self.pointing.contains(where: { named.hasPrefix($0) }) ? .string("this") : .string(String(named))
        return Parse(intent: .groupbuyStart, confidence: 0.9, slots: [.product: product])
    }

    private static let pointing = BuyingWords.pointers.union(["它", "这款", "这件"])

    static let startingGroupBuy = ["开个团", "开团", "开一个团", "发起拼团", "发起团购"]
}
