import ShopText

/// Words the slot filler took into a slot that the rest of the sentence shows are no part of it
/// (stop 51): where a thing would not fit ("冰箱塞不下"), a number that is a figure or a price
/// thought about, which to buy ("狗粮买啥"), whom it is for ("for her"), 也 and a verb ("毛巾也带"),
/// and 写 of "写个评价". Applied once to the whole reading, before the clause rules look at it.
extension IntentEngine {
    static func slotsRepaired(_ reading: Parse, in text: String) -> Parse {
        var whole = reading
        // "啊冰箱塞不下 少一箱吧": where it would not fit names no line (it looked for "冰箱塞").
        if whole.intent == .cartRemove || whole.intent == .cartUpdate, text.contains("不"),
            case .string(let named)? = whole.slots[.product], Self.noRoomIn(named, text)
        {
            whole.slots[.product] = nil
        }
        if let said = Self.numberNotCount(whole, text) { whole = said }
        // "狗粮买啥好啊": which to buy is asked of the thing, no part of it (it searched "狗粮买啥").
        if whole.intent == .catalogSearch, case .string(let query)? = whole.slots[.query], query.contains("买") || query.contains("选"),
            let asked = Self.whichToBuy.first(where: { query.hasSuffix($0) && query.count > $0.count })
        {
            whole.slots[.query] = .string(String(query.dropLast(asked.count)))
        }
        // "add one for her": whom it is for is no product (it looked for "her").
        if case .string(let named)? = whole.slots[.product], Self.forWhom.contains(named) { whole.slots[.product] = nil }
        // "毛巾也带两套 洁丽雅那个三条装的": 也 and a verb end the thing's words (it looked for "毛巾也带").
        if case .string(let named)? = whole.slots[.product], named.contains("也"), let cut = Self.cutAtAlso(named) {
            whole.slots[.product] = .string(cut)
        }
        // "给这个米写个评价": 写 begins the request, not the name (it looked for "米写").
        if whole.intent == .reviewWrite, case .string(let named)? = whole.slots[.product], named.count > 1, named.hasSuffix("写"),
            text.contains(named + "个评价") || text.contains(named + "评价") || text.contains(named + "个好评")
        {
            whole.slots[.product] = .string(String(named.dropLast()))
        }
        return whole
    }

    static let forWhom: Set<String> = ["her", "him", "me", "us"]
    static let whichToBuy = ["买啥", "买什么", "买哪个", "买哪种", "买哪款", "选啥", "选哪个", "选哪款"]
}
