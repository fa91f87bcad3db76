import ShopText

/// "麦富迪那个无谷的多大一包啊", "这个重不重", "are the oreos the original flavor": a question of what
/// a product is like, which its page answers (name, description, size in the name). Read as
/// they were, such questions were remarks (fallback), thanks ("多重") or a removal ("这个重不重"
/// removed 重不重).
enum PropertyQuestions {
    /// The words asked, if `text` asks what a product is like.
    static func asked(_ text: String) -> String? {
        let lowered = text.quickLowercased()
        let chinese = lowered.containsByte { $0 >= 0xE4 }
        let words = chinese ? zh : en
        // Not asked of the assistant itself ("你喜欢什么颜色").
        // The longest said of those that hold it: "声音大不大" rather than its "大不大", or 声音 is
        // left for a name.
        guard let first = words.first(where: lowered.contains), !lowered.contains("你"), !lowered.contains("you ") else { return nil }
        let word =
            words.filter { $0.count > first.count && $0.contains(first) && lowered.contains($0) }.max(by: { $0.count < $1.count }) ?? first
        // Other questions that share the words: a price, a parcel, money of the shop's.
        guard !elsewhere.contains(where: lowered.contains) else { return nil }
        return word
    }

    /// Whether `text` points at a product ("这个重不重", "how big is it") or opens with what it
    /// asks, said after one ("多重", "多大一包").
    static func pointsAtOne(_ text: String, asked word: String) -> Bool {
        let lowered = text.quickLowercased()
        let words = lowered.split(whereSeparator: { $0 == " " || $0 == "?" || $0 == "？" })
        return ["这", "那", "它"].contains(where: lowered.contains)
            || words.contains(where: { ["it", "this", "that", "they", "them"].contains(String($0)) })
            || lowered.hasPrefix(word)
    }

    /// Whether `text` opens pointing at the product on screen ("这个打起来…", "is it usb c?").
    static func opensPointing(_ text: String) -> Bool {
        if ["这个", "这款", "这台", "那个", "那款", "它"].contains(where: text.hasPrefix) { return true }
        let lowered = text.quickLowercased()
        return ["is it ", "does it ", "is this ", "does this ", "wait is it ", "is that ", "will it "].contains(where: lowered.hasPrefix)
    }

    /// Whether `text` says to take something out: then a removal stays one.
    static func saysRemoving(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return ["删", "去掉", "拿掉", "不要", "remove", "take out", "delete", "drop"].contains(where: lowered.contains)
    }

    /// `text` without the words asked and the question's particles, for what product it names.
    /// Of Chinese clauses, the one that asks ("麦富迪那个无谷的多大一包啊 小猫能吃吗": the first).
    static func named(_ text: String, asked word: String) -> String {
        let lowered = text.quickLowercased()
        let chinese = lowered.containsByte { $0 >= 0xE4 }
        let clause = chinese ? BuyingWords.clauses(of: lowered, spacesBreak: true).first(where: { $0.contains(word) }) ?? lowered : lowered
        var rest = clause.replacing(word, with: " ")
        for particle in zhParticles { rest = rest.replacing(particle, with: " ") }
        return rest.split(whereSeparator: { $0 == " " || $0 == "?" || $0 == "？" }).filter { !enParticles.contains(String($0)) }
            .joined(separator: " ")
    }

    private static let zh = [
        "多大", "多重", "重不重", "大不大", "沉不沉", "多长", "多高", "多宽", "几斤", "几寸", "尺寸", "容量多", "保质期", "能放多久", "什么材质",
        "啥材质", "什么颜色", "啥颜色", "能吃吗", "能用吗", "好用吗", "好用不", "耐不耐用", "什么味", "啥味", "多少瓦", "续航",
        "够用不", "够用吗", "够不够用", "多少ml", "多少毫升", "声音大不大", "吵不吵", "噪音大", "声音大吗", "费电不", "费不费电", "费电吗",
        "耗电", "白色的吧", "是白色", "是黑色", "要多久", "多长时间",
    ]
    private static let en = [
        "how big", "how heavy", "how much does it weigh", "what size", "what flavor", "what flavour", "original flavor", "what material",
        "what color", "what colour", "waterproof", "dimensions", "battery life", "how long does it last", "how dark", " loud?", " noisy?",
        " quiet?", "usb c?", "usb-c?",
    ]
    private static let elsewhere = [
        "钱", "价", "优惠", "便宜", "折", "红包", "券", "积分", "订单", "退", "发货", "物流", "到哪", "快递", "price", "cost", "coupon", "order",
        "ship", "deliver", "return", "refund", "points",
    ]
    private static let zhParticles = ["吗", "啊", "呀", "呢", "吧", "那个", "这个"]
    private static let enParticles: Set<String> = ["it", "is", "are", "the", "does", "do", "they", "them", "this", "that"]
}
