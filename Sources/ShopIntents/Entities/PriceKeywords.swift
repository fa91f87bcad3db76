/// The words around a price bound: "under 300", "at least 100", "between 3000 and 5000",
/// "300以下", "不超过300". Kept apart from the extractor so the lists read as data.
enum PriceKeywords {
    /// Words before a number that make it an upper bound.
    static let below = [
        "under", "below", "less than", "lower than", "cheaper than", "at most", "no more than", "not more than",
        "max", "maximum", "up to", "within", "not over", "not exceeding", "no higher than", "budget", "my budget is",
        "budget of", "a budget of", "with a budget of", "less then", "under than", "<", "<=", "upto", "no more then",
        "不超过", "低于", "少于", "小于", "不到", "最多", "不高于", "预算",
    ]
    /// Words before a number that make it a lower bound.
    static let above = [
        "over", "above", "more than", "at least", "min", "minimum", "starting at", "starting from", "higher than",
        "greater than", "pricier than", "more expensive than", "no less than", "not less than", ">", ">=", "more then",
        "高于", "超过", "大于", "多于", "至少", "最少", "不低于", "不少于",
    ]
    /// Words before a pair of numbers: "between 3000 and 5000", "from 3000 to 5000".
    static let between = ["between", "from", "in between", "somewhere between", "ranging from", "在", "介于", "从"]

    /// Words or characters after a number that make it an upper bound ("300 or less", "300以下").
    static let belowAfter = [
        "or less", "or under", "or below", "max", "maximum", "or cheaper", "and under", "and below", "at most", "tops",
        "以下", "以内", "之内", "内", "封顶", "左右以内",
    ]
    /// After a number: a lower bound ("300 or more", "300+", "300以上").
    static let aboveAfter = ["or more", "and up", "and above", "or above", "plus", "+", "or higher", "以上", "起", "往上"]
    /// Between two numbers of a range.
    static let rangeJoiners = ["and", "to", "-", "~", "到", "至", "和", "与", "through", "till"]
    /// After a range ("3000到5000之间").
    static let rangeTail = ["之间", "间", "range", "之内", "以内"]

    static let table: PhraseTable = {
        var table = PhraseTable()
        for text in below { table.insert(text, PhraseMeaning(builtin: .priceBelow)) }
        for text in above { table.insert(text, PhraseMeaning(builtin: .priceAbove)) }
        for text in between { table.insert(text, PhraseMeaning(builtin: .priceBetween)) }
        return table
    }()

    static let afterTable: PhraseTable = {
        var table = PhraseTable()
        for text in belowAfter { table.insert(text, PhraseMeaning(builtin: .priceBelow)) }
        for text in aboveAfter { table.insert(text, PhraseMeaning(builtin: .priceAbove)) }
        return table
    }()

    static let joiners = Word.set(rangeJoiners)
    static let tails: PhraseTable = {
        var table = PhraseTable()
        for text in rangeTail { table.insert(text, PhraseMeaning(builtin: .priceBetween)) }
        return table
    }()
}
