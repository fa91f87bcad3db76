import ShopText

extension IntentEngine {
    /// The place a last Chinese clause picks, "要第一个吧", "就第二个" (not "删第一个").
    static func pickSaidLast(_ text: String) -> Int64? {
        guard text.contains("第"), let last = BuyingWords.clauses(of: text, spacesBreak: true).last,
            BuyingWords.clauses(of: text, spacesBreak: true).count >= 2
        else { return nil }
        var clause = Substring(last)
        for lead in ["那", "就", "还是", "要", "买", "拿"] where clause.hasPrefix(lead) { clause = clause.dropFirst(lead.count) }
        for end in ["吧", "吧。", "了"] where clause.hasSuffix(end) { clause = clause.dropLast(end.count) }
        guard clause.hasPrefix("第"), clause.hasSuffix("个") || clause.hasSuffix("款") || clause.hasSuffix("件"), clause.count == 3 else {
            return nil
        }
        let places: [Character: Int64] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5]
        return places[clause[clause.index(after: clause.startIndex)]]
    }
}
