import ShopText

extension IntentEngine {
    /// "先补抽纸 有哪几种" (几种), "一个月吃两袋狗粮 有大袋的吗" (袋), "想送个实用点的 … 吹风机吹半小时都不干"
    /// (实): a search whose words are one stray character or what a question asks (哪几种), when an
    /// earlier clause names something the catalog has, searches that; nil otherwise.
    ///
    /// So does a filtered search whose Chinese words name nothing the catalog has: "给我爸买个手机
    /// 老人家用 1500以内的有啥" searched "老人家", "我妈手机用了五六年了卡得要死 … 一千以内的有啥"
    /// "五六年了卡得要死" (nothing found either time).
    func strayQueryNamed(_ text: String, over reading: Parse) -> Parse? {
        guard reading.intent == .catalogSearch, case .string(let query)? = reading.slots[.query],
            text.containsByte(where: { $0 >= 0xE3 })
        else { return nil }
        let filtered = reading.slots[.maxPrice] != nil || reading.slots[.minPrice] != nil || reading.slots[.category] != nil
        guard
            SlotFiller.isStray(.string(query)) || Self.questionRemnants.contains(query)
                || (filtered && !query.containsByte(where: { $0 < 0x80 })
                    && text.containsByte(where: { $0 == 0x20 || $0 == 0x2C || $0 == 0xEF })
                    && !BuyingWords.namesCatalogThing(query, engine: self))
        else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count >= 2 else { return nil }
        for clause in clauses.reversed() {
            guard let (thing, words) = thingNamed(in: clause), words != query else { continue }
            var slots = reading.slots
            // A category's own word ("手机") browses the category: its kind first, accessories after
            // (searched as words, 手机膜 and 洗手机 came before any phone).
            if let meaning = slotFiller.meaning(thing), let category = meaning.category, meaning.product == nil {
                slots[.category] = .string(category)
                slots[.query] = nil
            } else {
                slots[.query] = .string(words)
            }
            return Parse(intent: .catalogSearch, confidence: reading.confidence, slots: slots)
        }
        return nil
    }

    /// The last product or category a clause names, and its own words, not the clause's run
    /// ("月吃两袋狗粮": 狗粮); nil when none of two characters or more.
    func thingNamed(in clause: String) -> (entity: Entity, words: String)? {
        let a = Analysis(clause, extractor: extractor)
        guard
            let thing = a.entities.last(where: { entity in
                slotFiller.meaning(entity).map { $0.product != nil || $0.category != nil } ?? false
            }),
            case let words = a.utterance.phrase(thing.start..<thing.end), words.count >= 2
        else { return nil }
        return (thing, words)
    }

    /// "哦不对 次卧已经有窗帘了 少一个", "鸡蛋一盒不够吃 再来一盒": a count's change said last, alone, of
    /// the thing an earlier clause names (read whole: a search of the reason's words, or one more of
    /// the line last touched).
    func countChangeSaidLast(_ text: String) -> Parse? {
        // Asked of many Chinese searches: a count's change said before any clause is read ("多少钱"
        // must not read its last clause again).
        guard Self.countChanges.contains(where: { text.contains($0) }) else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard (2...4).contains(clauses.count), let last = clauses.last else { return nil }
        let change = parse(last)
        // "鸡蛋一盒不够吃 再来一盒": one more, said last, is of the thing named before too (it added one
        // more of the line last touched).
        let oneMore = change.intent == .cartAdd && (last.hasPrefix("再") || last.hasPrefix("还"))
        guard [.cartRemove, .cartUpdate].contains(change.intent) || oneMore, change.confidence >= 0.8, change.slots[.quantity] != nil,
            change.slots[.product] == nil || change.slots[.product] == .string("this")
        else { return nil }
        var noRoomSaid = false
        for clause in clauses.dropLast().reversed() {
            // "啊冰箱塞不下 少一箱吧": where it would not fit, not the thing (it searched "冰箱塞").
            if Self.noRoom.contains(where: { clause.contains($0) }) {
                noRoomSaid = true
                continue
            }
            guard let (_, words) = thingNamed(in: clause) else { continue }
            var slots = change.slots
            slots[.product] = .string(words)
            return Parse(intent: change.intent, confidence: change.confidence, slots: slots)
        }
        return noRoomSaid ? change : nil
    }

    /// `named` cut before 也 and a verb of buying ("毛巾也带" → 毛巾), or nil (no catalog name holds 也).
    static func cutAtAlso(_ named: String) -> String? {
        guard let also = named.firstIndex(of: "也"), also > named.startIndex else { return nil }
        let after = named[named.index(after: also)...]
        guard let verb = after.first, "带来要买加拿得换配".contains(verb) else { return nil }
        return String(named[..<also])
    }

    static let noRoom = ["塞不下", "放不下", "装不下", "搁不下", "摆不下", "放不了", "塞不了"]

    /// Whether `named` is where something would not fit in `text` ("冰箱塞不下": 冰箱, or 冰箱塞
    /// as a product's words were cut).
    static func noRoomIn(_ named: String, _ text: String) -> Bool {
        noRoom.contains { text.contains(named + $0) || (text.contains($0) && text.contains(named + $0.dropFirst())) }
    }

    static let countChanges = ["少一", "少两", "少来", "少要", "少拿", "多一", "多来", "多要", "多拿", "再来", "再要", "再拿", "减一", "减两"]

    static let questionRemnants: Set<String> = ["几种", "哪几种", "哪些", "啥", "什么", "几款", "哪几款", "哪种", "哪款"]
}
