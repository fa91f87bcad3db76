import ShopText

/// "把豆浆机发给张老师看看 她也想买一个", "戴森那个发给老板看一眼 一等奖就它了", "heattech发给我妈 她老说
/// 膝盖冷": a product sent to someone (to look at) is shared, whatever the clauses around it
/// say; before, the wish in the next clause added it to the cart.
extension IntentEngine {
    /// "闺女给我发啥了", "小林给我发了什么": what someone sent me is in the inbox (it searched "闺女").
    static func sentToMeAsked(_ text: String) -> Bool {
        guard text.contains("给我发") else { return false }
        var said = Substring(text)
        while let end = said.last, "了呀啊吗呢?？~～!！ ".contains(end) { said = said.dropLast() }
        return ["发啥", "发了啥", "发什么", "发了什么", "发的啥"].contains(where: { said.hasSuffix($0) }) && !text.contains("红包")
    }

    func sentToLook(_ text: String) -> Parse? {
        // "蚕丝被发我老婆看看": 给 left out before one's own (it searched 蚕丝被).
        if text.contains("发我"), !text.contains("发给"), let kin = Self.ownPeople.first(where: { text.contains("发我" + $0) }) {
            var given = text
            if let at = given.firstRange(of: "发我" + kin) { given.replaceSubrange(at, with: "发给我" + kin) }
            return sentToLook(given)
        }
        // Byte searches first: asked of every Chinese reading.
        guard text.contains("给"), let verb = Self.sendingTo.first(where: text.contains) else { return nil }
        // Money and envelopes are sent too; an address is where an order goes.
        guard !Self.notShared.contains(where: text.contains) else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard let clause = clauses.first(where: { $0.contains(verb) }), !clause.hasPrefix(verb) || clauses.count == 1 else { return nil }
        let slots = slotFiller.slots(for: .shareProduct, Analysis(String(clause), extractor: extractor))
        guard let recipient = slots[.recipient], let at = clause.firstRange(of: verb) else { return nil }
        // What is sent is said before the verb ("戴森那个", "把豆浆机"); nothing said, the one on screen.
        var named = clause[..<at.lowerBound].trimmingCharacters()[...]
        if named.hasPrefix("把") { named = named.dropFirst() }
        for pointer in ["那个", "这个", "那款", "这款", "的"] where named.count > pointer.count && named.hasSuffix(pointer) {
            named = named.dropLast(pointer.count)
            break
        }
        // "第一个分享给bob": an ordinal of the list is the slot filler's; "这个秒杀分享给小美": pointed at.
        let product: SlotValue =
            if case .int? = slots[.product] { slots[.product]! } else if named.isEmpty || Self.pointers.contains(where: named.hasPrefix) {
                .string("this")
            } else { .string(String(named)) }
        return Parse(intent: .shareProduct, confidence: 0.95, slots: [.product: product, .recipient: recipient])
    }

    private static let pointers = ["这个", "那个", "它", "这款", "那款"]
    private static let sendingTo = ["发给", "转给", "分享给", "推给"]
    /// Whom "发我…看看" sends to: one's own people, not "发我地址".
    private static let ownPeople = ["老婆", "老公", "媳妇", "妈", "爸", "女朋友", "男朋友", "对象", "闺蜜", "姐", "哥", "妹", "弟", "同事", "室友"]
    private static let notShared = ["红包", "块", "元", "¥", "钱", "地址", "寄", "快递", "发货"]
}
