import ShopCommerce
import ShopIntents
import ShopText

/// Right after a comparison, the shopper picks one of the products compared, often with the
/// reason first: "就优衣库的吧", "蚕丝被贵是贵 送人有面子 就它了", "李宁的便宜还评分高 来两个 一个训练一个比赛",
/// "ok the bosideng then". The one compared product the words name, said with a word of choosing
/// or buying, is bought, as many as the words count.
extension Conversation {
    func chosenAfterComparing(_ turn: Turn) throws -> Parse? {
        // (Or anything read unsure: "虎牌贵了快三倍 我爸那人老摔东西 还是苏泊尔吧 来俩" tracked an order.)
        // (Not when another act is said: "…就它了 能拼团不" starts a group buy.)
        let unsure =
            turn.parse.confidence < 0.5 && !["拼", "团", "砍", "分享", "发给", "退", "红包", "关注", "券", "积分"].contains(where: turn.text.contains)
        guard Self.choosableReadings.contains(turn.parse.intent) || unsure, !Self.asksSomething(turn.text) else { return nil }
        let compared = try turn.session.focus.prefix(4).compactMap { try turn.commerce.product(sku: $0) }
        guard compared.count >= 2 else { return nil }
        let clauses = Self.clausesSaid(turn.text)
        // The clause that chooses names the product ("…骑车也不方便 就优衣库的吧" names both,
        // chooses one); if it names none, the whole utterance must name exactly one.
        guard let at = clauses.lastIndex(where: Self.choosesOrBuys) else { return Self.namedFirst(turn.text, among: compared, turn) }
        let choosing = clauses[at]
        // ("还是苏泊尔吧 来俩": a count said after the clause that names the one chosen.)
        let before = clauses[..<at].last { !Self.mentioned(in: $0, among: compared).isEmpty }
        let chosen =
            Self.onlyMentioned(in: choosing, among: compared)
            ?? (Self.mentioned(in: choosing, among: compared).isEmpty
                ? Self.onlyMentioned(in: turn.text, among: compared) ?? before.flatMap { Self.onlyMentioned(in: $0, among: compared) }
                : nil)
        guard let chosen else { return nil }
        var slots: [SlotName: SlotValue] = [.product: .string(chosen.sku)]
        // A count of the clause that chooses ("来两个"); in English, the reading's own ("15x the
        // price" is no count).
        let count = clauses.count > 1 ? lexicon.engine.slots(choosing, as: .cartAdd)[.quantity] : nil
        if case .int(let count)? = count ?? (turn.parse.intent == .cartAdd ? turn.parse.slots[.quantity] : nil), (1...99).contains(count) {
            slots[.quantity] = .int(count)
        }
        return Parse(intent: .cartAdd, confidence: max(turn.parse.confidence, 0.9), slots: slots)
    }

    /// What a choice may have been read as (a yes to "就它了", a search of the brand said, a
    /// page of it, an add of "this"). Not a swap: "还是换成优衣库的吧" with the other in the cart
    /// swaps it, it adds nothing.
    private static let choosableReadings: Set<IntentName> = [
        .cartAdd, .confirm, .catalogSearch, .productShow, .fallback, .productCompare,
    ]

    private static func asksSomething(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return ["吗", "？", "?", "哪", "多少", "怎么", "什么", "啥", "呢", "how ", "what", "which", "does ", "is it"].contains(where: lowered.contains)
    }

    private static func clausesSaid(_ text: String) -> [String] {
        var clauses: [String] = []
        var current = ""
        for character in text {
            if " ，,。！!~～".contains(character) || character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
                if !current.isEmpty { clauses.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { clauses.append(current) }
        // An English utterance is one clause: its words are broken by spaces.
        return text.unicodeScalars.contains(where: Language.isHan) ? clauses : [text]
    }

    /// "the redmi, 200 less is a lot for me rn": the one chosen named first, the reason after
    /// (English, with no word of choosing).
    private static func namedFirst(_ text: String, among compared: [Product], _ turn: Turn) -> Parse? {
        let lowered = text.quickLowercased()
        guard lowered.hasPrefix("the ") || lowered.hasPrefix("ok the "), let comma = lowered.firstIndex(of: ","),
            !text.unicodeScalars.contains(where: Language.isHan), let chosen = onlyMentioned(in: String(lowered[..<comma]), among: compared)
        else { return nil }
        return Parse(intent: .cartAdd, confidence: max(turn.parse.confidence, 0.9), slots: [.product: .string(chosen.sku)])
    }

    private static func choosesOrBuys(_ clause: String) -> Bool {
        let lowered = clause.quickLowercased()
        // ("戴森快四千 还是米家吧": 还是 said without a question chooses.)
        return ["就", "要", "来", "买", "选", "拿", "入", "下单", "它了", "加购", "还是"].contains(where: clause.contains)
            || ["take ", "get ", "go with", "buy ", "add ", "i'll", "ill ", "then"].contains(where: lowered.contains)
    }

    private static func onlyMentioned(in text: String, among products: [Product]) -> Product? {
        let named = mentioned(in: text, among: products)
        return named.count == 1 ? named[0] : nil
    }

    /// The products `text` names: by brand, by a name's first word, or by three Chinese
    /// characters of its Chinese name (two, at the start of a clause) that no other product of
    /// `products` has; or by an English word of its name (four letters at least) no other has.
    private static func mentioned(in text: String, among products: [Product]) -> [Product] {
        let lowered = text.quickLowercased()
        let han = Array(text).filter { $0.unicodeScalars.allSatisfy(Language.isHan) }
        return products.filter { product in
            let firstWords = [
                product.brand, String(product.name.split(separator: " ").first ?? ""),
                String(product.nameZh.split(separator: " ").first ?? ""),
            ]
            if firstWords.contains(where: { $0.count >= 2 && lowered.contains($0.lowercased()) }) { return true }
            let others = products.filter { $0.sku != product.sku }
            let name = Array(product.nameZh)
            // "就米家的吧": the first two characters of its Chinese name, when no other has them.
            if name.count >= 2, name[0...1].allSatisfy({ $0.unicodeScalars.allSatisfy(Language.isHan) }),
                case let head = String(name[0...1]), text.contains(head), !others.contains(where: { $0.nameZh.contains(head) })
            {
                return true
            }
            if name.count >= 3, han.count >= 3 {
                for start in 0...(name.count - 3) {
                    let window = String(name[start..<start + 3])
                    if text.contains(window), !others.contains(where: { $0.nameZh.contains(window) }) { return true }
                }
            }
            // Words as the text is split ("Grain-Free" is said "grain free").
            let words = product.name.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }
            return words.contains { word in
                lowered.split(whereSeparator: { !$0.isLetter }).contains(word) && !others.contains { $0.name.lowercased().contains(word) }
            }
        }
    }
}
