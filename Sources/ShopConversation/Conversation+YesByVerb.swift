import ShopIntents
import ShopText

extension Conversation {
    /// "付", "行 下单", "没有就算了 确认下单" to a checkout waiting; "嗯退" to a return's preview:
    /// the verb of what waits, said bare, is its yes. (They read as a new checkout, "没有" as a
    /// product to remove, a new return asking which order, and the preview was dropped.) Only in
    /// Chinese, only the last clause said alone, and not after 别/等等/不要 ("别 等等 下单" places
    /// nothing): "check out" said again shows the preview again, and "退这个" names a line. (A red
    /// envelope's "发", "发吧" are its yes already, and a refused one keeps it waiting.)
    static func yesByVerb(_ parse: Parse, text: String, pending: Session.Pending?) -> Parse {
        guard let pending, parse.intent != .confirm, let verbs = yesVerbs(for: pending) else { return parse }
        // Asked of every turn with something waiting: a verb's first character is there first.
        guard text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }),
            !["别", "等等", "等下", "等一下", "不要", "先不", "不下", "不退", "不付"].contains(where: text.contains)
        else { return parse }
        let clause = text.split(whereSeparator: { " ,，。!！~～".contains($0) }).last.map(String.init) ?? text
        var said = Substring(clause)
        for word in ["嗯", "行", "好", "那", "就", "直接", "确认", "赶紧", "快"] where said.hasPrefix(word) { said = said.dropFirst(word.count) }
        while let last = said.last, "吧啊呀了嘛".contains(last) { said = said.dropLast() }
        return verbs.contains(String(said)) ? Parse(intent: .confirm, confidence: 1) : parse
    }

    private static func yesVerbs(for pending: Session.Pending) -> Set<String>? {
        switch pending {
        case .checkout: checkoutVerbs
        case .orderReturn: returnVerbs
        case .redPacket, .flashBuy, .bargainBuy, .priceProtection, .slot, .choice: nil
        }
    }

    private static let checkoutVerbs: Set<String> = ["下单", "付", "付款", "付钱", "支付", "买单"]
    private static let returnVerbs: Set<String> = ["退", "退掉", "退货"]
}
