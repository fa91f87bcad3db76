import ShopText

/// "婴儿湿巾哪个好": which of a kind is good, the kind alone named, is a look at that kind (read
/// whole: a comparison of one thing, which asked which one). Not "她闺蜜用的小黑瓶 哪个好啊", a
/// product set against the one in view.
extension IntentEngine {
    static func kindAskedOf(_ text: String, over whole: Parse) -> Parse? {
        guard whole.intent == .productCompare, case .list(let named)? = whole.slots[.products], named.count == 1,
            case .string(let kind) = named[0], whichIsGood.contains(where: { text == kind + $0 })
        else { return nil }
        return Parse(intent: .catalogSearch, confidence: whole.confidence, slots: [.query: .string(kind)])
    }

    static let whichIsGood = ["哪个好", "哪款好", "哪个好用", "哪个最好", "哪种好", "买哪个好", "选哪个好", "哪个好啊", "哪个好呢"]
}
