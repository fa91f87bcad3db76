import ShopText

/// "2号", "二号吧", "那3号呢": a list's item by its number, said alone — a look at it, as "第二个"
/// is. Not understood before. Only alone: "5号电池", "7号篮球" are names, "2号发货" a date.
enum NumberedItem {
    static func place(_ text: String) -> Int64? {
        // Byte search first: asked of every short text.
        guard text.utf8.count <= 24, text.contains("号") else { return nil }
        var rest = Substring(text.trimmingCharacters())
        for lead in ["看看", "看下", "那就", "那", "就"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count).drop { $0 == " " }
            break
        }
        while let last = rest.last, "吧呢啊呀的哈。！!?？~～ ".contains(last) { rest = rest.dropLast() }
        guard rest.last == "号" else { return nil }
        let number = rest.dropLast()
        if let digits = Int64(number), (1...50).contains(digits) { return digits }
        let numerals: [String: Int64] = [
            "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
        ]
        return numerals[String(number)]
    }
}
