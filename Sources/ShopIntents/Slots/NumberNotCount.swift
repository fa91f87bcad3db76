import ShopText

/// A number read as a count that says something else: a product's figure ("那还是换成20000的吧",
/// "要20000的那个", "换成20000毫安的" set a line to 20,000; "10000那个加入购物车") or a price thought about ("1999还行 也加上"
/// added 1,999). Said right after the digits: 的, a unit, or a word of judging a price.
extension IntentEngine {
    static func numberNotCount(_ parse: Parse, _ text: String) -> Parse? {
        guard parse.intent == .cartAdd || parse.intent == .cartUpdate, case .int(let number)? = parse.slots[.quantity], number >= 10,
            let at = text.firstRange(of: String(number))
        else { return nil }
        let after = text[at.upperBound...]
        var slots = parse.slots
        slots[.quantity] = nil
        if Self.judgingPrice.contains(where: { after.hasPrefix($0) }) {
            return Parse(intent: parse.intent, confidence: parse.confidence, slots: slots)
        }
        guard number >= 100, Self.figureEnds.contains(where: { after.hasPrefix($0) }) else { return nil }
        let figure = String(number)
        // The thing the figure is of, when said with it ("20000的充电宝"), not in another clause ("正好凑券").
        if case .string(let named)? = parse.slots[.product], named != figure, named != "this", !Self.figureEnds.contains(named),
            after.prefix(named.count + 3).contains(named)
        {
            slots[.product] = .string(figure + " " + named)
        } else {
            slots[.product] = .string(figure)
        }
        return Parse(intent: parse.intent, confidence: parse.confidence, slots: slots)
    }

    /// What follows a product's figure: "20000的", "20000毫安", "20000mAh".
    private static let figureEnds = ["的", "那个", "那款", "毫安", "mAh", "mah", "MAH", "毫升", "瓦"]
    /// What follows a price thought about: "1999还行", "199不贵", "299挺值".
    private static let judgingPrice = ["还行", "不贵", "挺值", "划算", "也行", "能接受", "可以接受", "还可以", "块还行", "元还行"]
}
