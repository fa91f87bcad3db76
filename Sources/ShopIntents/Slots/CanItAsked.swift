import ShopText

/// "这个能机洗吗", "优衣库这个能贴身穿吗 会不会起静电", "扫地机能扫地毯吗 客厅铺了块": whether one
/// product can do something, which its page answers. Read whole they were remarks, or a search
/// of the question's words.
extension IntentEngine {
    func canItAsked(_ text: String) -> Parse? {
        // Bytes first: Chinese, with 能 or 可以 in it.
        guard text.contains("能") || text.contains("可以") else { return nil }
        guard let clause = BuyingWords.clauses(of: text, spacesBreak: true).first, clause.hasSuffix("吗"),
            let can = ["能", "可以"].compactMap({ clause.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let asked = clause[can.upperBound...].dropLast()
        // Other questions that share the words: a price, a return, a coupon, a delivery, a sale.
        guard asked.count >= 2, !Self.askedElsewhere.contains(where: asked.contains) else { return nil }
        var name = clause[..<can.lowerBound]
        for lead in ["等下", "等等", "那", "请问"] where name.hasPrefix(lead) { name = name.dropFirst(lead.count) }
        // "20L是一天能抽20升水吗": what a figure of its page means is asked of the one on screen.
        if let be = name.firstIndex(of: "是"), name[..<be].utf8.contains(where: { (0x30...0x39).contains($0) }) {
            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string("this")])
        }
        // "优衣库这个": the one on screen, whatever it is called.
        if name.isEmpty || ["这个", "那个", "这款", "那款", "它", "这台", "这件"].contains(where: name.hasSuffix) {
            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string("this")])
        }
        // "宝宝能吃吗", "我妈能用吗": whether someone can use the one on screen.
        if name.count <= 4, ["我", "他", "她", "孩子", "宝宝", "老人", "妈", "爸", "猫", "狗"].contains(where: name.contains) {
            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string("this")])
        }
        // (A short name the lexicon lacks may still be one on screen: "扫地机" for 扫地机器人.)
        guard (2...10).contains(name.count), !name.contains("你"),
            BuyingWords.namesCatalogThing(String(name), engine: self)
                || name.count <= 6 && name.unicodeScalars.allSatisfy(Language.isHan)
        else { return nil }
        return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string(String(name))])
    }

    /// "格力这个1.5匹的 二十平的卧室够不够": whether the one pointed at is enough for something.
    func enoughAsked(_ text: String) -> Parse? {
        // (The last byte first, of 够, 吗, 不 or 适: asked of every search.)
        guard let last = text.utf8.last, [0x9F, 0x97, 0x8D, 0x82].contains(last),
            ["够不够", "够吗", "够用吗", "够用不", "合适吗", "合不合适"].contains(where: text.hasSuffix),
            ["这个", "这款", "这台", "这件"].contains(where: text.contains)
        else { return nil }
        return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string("this")])
    }

    private static let askedElsewhere = [
        "便宜", "少", "退", "换", "券", "拼", "团", "砍", "抢", "包邮", "发票", "送", "寄", "到", "货", "开", "付", "买", "用积分", "分期", "优惠",
    ]
}
