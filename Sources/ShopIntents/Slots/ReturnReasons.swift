/// Why a shopper returns something, read from their words for `order.return`'s `reason`. Not an
/// entity the classifier sees: "不想要了" is also "take it out of my cart", "no" is "算了".
enum ReturnReasons {
    static let phrases: [(code: String, words: [String])] = [
        (
            "damaged",
            [
                "broken", "it's broken", "it is broken", "damaged", "arrived damaged", "arrived broken", "defective", "faulty",
                "doesn't work", "does not work", "stopped working", "not working", "cracked", "poor quality", "bad quality",
                "坏了", "坏的", "破了", "破损", "损坏", "质量问题", "质量不好", "用不了", "不能用", "碎了", "故障", "次品", "掉毛", "掉色",
                "起球", "开线", "漏水", "漏气", "有异味", "sheds", "leaks", "falling apart", "won't turn on", "wont turn on",
                "doesn't turn on", "doesnt turn on", "won't charge", "wont charge",
                "doesnt work", "dead on arrival", "开不了机", "开不了", "充不进电", "不亮了", "没反应",
            ]
        ),
        (
            "wrong_item",
            [
                "wrong item", "wrong product", "wrong one", "sent the wrong", "wrong size", "wrong color", "wrong colour",
                "not what i ordered", "发错了", "发错货", "发错", "寄错了", "错发", "不是我买的", "颜色不对", "尺码不对", "型号不对",
            ]
        ),
        (
            "not_as_described",
            [
                "not as described", "not as pictured", "doesn't match the description", "different from the picture", "doesn't fit",
                "does not fit", "too small", "too big", "fake", "与描述不符", "描述不符", "和描述不一样", "和图片不一样", "跟图片不一样",
                "货不对板", "不合适", "太小了", "太大了", "假货", "不合身", "偏小", "偏大", "挤脚", "磨脚", "穿不下", "太紧了",
                "runs small", "runs large", "too tight", "run small", "run large", "runs big", "run big",
            ]
        ),
        (
            "changed_mind",
            [
                "changed my mind", "don't want it", "no longer want it", "don't need it", "don't like it", "bought by mistake",
                "ordered by mistake", "found it cheaper", "不想要了", "不要了", "不喜欢", "买错了", "拍错了", "不需要了", "用不上",
                "七天无理由", "7天无理由", "无理由", "后悔了",
            ]
        ),
    ]

    /// Longest phrases first, so "arrived damaged" wins over "damaged", as folded scalars.
    private static let patterns: [(code: String, scalars: [UInt32])] = phrases.flatMap { entry in
        entry.words.map { (entry.code, $0.unicodeScalars.map { Utterance.lower(Utterance.fold($0.value)) }) }
    }.sorted { $0.scalars.count > $1.scalars.count }

    /// The reason named in `a`, and the tokens that name it.
    static func find(in a: Analysis) -> (code: String, tokens: Range<Int>)? {
        let text = a.utterance.text
        for pattern in patterns where pattern.scalars.count <= text.count {
            guard let at = occurrence(of: pattern.scalars, in: text) else { continue }
            let end = at + pattern.scalars.count
            let covered = a.tokens.indices.filter { Int(a.tokens[$0].start) < end && Int(a.tokens[$0].end) > at }
            guard let first = covered.first, let last = covered.last else { continue }
            return (pattern.code, first..<(last + 1))
        }
        return nil
    }

    /// Where `pattern` starts in `text`; a Latin word must not run on ("fake" is not "fakes").
    private static func occurrence(of pattern: [UInt32], in text: [UInt32]) -> Int? {
        let latin = Utterance.isLetter(pattern[0]) && !Utterance.isCJK(pattern[0])
        var start = 0
        while start + pattern.count <= text.count {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) {
                let end = start + pattern.count
                let bounded =
                    !latin
                    || ((start == 0 || !Utterance.isLetter(text[start - 1])) && (end == text.count || !Utterance.isLetter(text[end])))
                if bounded { return start }
            }
            start += 1
        }
        return nil
    }
}
