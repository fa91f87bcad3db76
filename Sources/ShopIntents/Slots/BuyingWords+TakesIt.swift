import ShopText

extension BuyingWords {
    /// "联想那个 要了", "行吧 贵就贵点 … 要了", "安踏那件 要一件", "九阳牌子老 要一个": 要 at the end,
    /// alone or with a count and a measure, takes what was named or shown. (It read as removing the
    /// product, or emptying the cart: the classifier knows 要 best from "不要了".) Not "不要了",
    /// "别要了", "还要一个" or "再要两个" (one more, read elsewhere), nor a question.
    static func takesIt(_ text: String) -> Bool {
        // Asked of every utterance: most have no 要 at all.
        guard text.contains("要") else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧啊呀哈。！!~～ ".contains(last) { rest = rest.dropLast() }
        if rest.hasSuffix("要了") {
            rest = rest.dropLast(2)
        } else {
            guard let measure = rest.last, SlotFiller.zhMeasureWords.contains(measure) else { return false }
            rest = rest.dropLast()
            let counted = rest.reversed().prefix { $0.isNumber || chineseNumbers.contains($0) }
            guard !counted.isEmpty, !counted.contains("几") else { return false }
            rest = rest.dropLast(counted.count)
            guard rest.last == "要" else { return false }
            rest = rest.dropLast()
        }
        // 就/我 before it take as well ("就要了", "我要一个"); 不/别/想/还/再/也 do not, or not now.
        while let last = rest.last, "就我".contains(last) { rest = rest.dropLast() }
        if let before = rest.last, "不别没想还再也少多".contains(before) { return false }
        return !questionWords.contains(where: rest.contains)
    }
}
