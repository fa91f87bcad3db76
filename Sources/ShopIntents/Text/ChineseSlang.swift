import ShopText

/// Chat slang written for its sound: "好滴" is 好的, "木有" 没有, "神马" 什么. The classifier never saw
/// them in training; read as the words they stand for, they are understood as those are.
public enum ChineseSlang {
    /// `text` with its slang written plainly, or nil when it has none.
    static func plain(_ text: String) -> String? {
        // Asked of every utterance: most have none of the slang's first characters. Text with no
        // Chinese (nor emoji) can hold only the ASCII ones (a word check each is ~0.3 % of a parse).
        let openings = text.containsByte(where: { $0 >= 0xE3 }) ? firstCharacters : asciiFirstCharacters
        guard openings.contains(where: { text.contains($0) }) else { return nil }
        var result = text
        var changed = false
        for (slang, plain) in table where result.contains(slang) {
            result = result.replacing(slang, with: plain)
            changed = true
        }
        return changed && !result.trimmingCharacters().isEmpty ? result : nil
    }

    /// `text` as the engine reads it: its slang written plainly ("有卷没" asks for 券).
    public static func read(_ text: String) -> String { plain(text) ?? text }

    /// "88", "886": bye-bye, said as a whole message (a number anywhere else is a number).
    static func meansBye(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "8"), text.utf8.count <= 12 else { return false }
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "~～!！。啦了哈".contains(last) { rest = rest.dropLast() }
        return rest == "88" || rest == "886" || rest == "8888"
    }

    /// Longest first: 有木有 before 木有.
    private static let table: [(String, String)] = [
        ("有木有", "有没有"), ("好滴", "好的"), ("木有", "没有"), ("米有", "没有"), ("神马", "什么"), ("肿么", "怎么"), ("酱紫", "这样子"),
        ("造吗", "知道吗"), ("3q", "谢谢"), ("3Q", "谢谢"), ("好嘞", "好的"), ("yyds", "太好了"),
        // "签到走一波": let's do it, said of what comes before.
        ("走一波", ""), ("搞一波", ""), ("冲一波", ""),
        // "便宜200 冲了 抢一台": go for it, said of what comes after.
        ("冲冲冲", ""), ("冲了", ""), ("必须冲", ""), ("直接冲", ""), ("冲鸭", ""),
        // "我参一个", "G1 我也参一个": 参 is 参团, joining a group buy.
        ("参一个", "参团"), ("参个团", "参团"),
        // Typed as they sound: "结帐" (帐 for 账), "签个道" (签到 split).
        ("结帐", "结账"), ("签个道", "签到"), ("加车", "加入购物车"),
        // JD's own button word (加购物车 is said in full); the red envelope drawn, not named.
        ("加购物车", "加入购物车"), ("加购", "加入购物车"), ("🧧", "红包"),
        // 卷 for 券 (both juan/quan to the ear; 卷纸 and 卷发棒 keep theirs), and 券 in pinyin.
        ("优惠卷", "优惠券"), ("有卷没", "有券没"), ("有卷吗", "有券吗"), ("有卷不", "有券不"), ("领卷", "领券"),
        ("有quan", "有券"), ("领quan", "领券"), ("用quan", "用券"),
        // "少来一袋": one fewer (read as 来, it added one).
        ("少来一", "少一"), ("少来两", "少两"), ("少拿一", "少一"),
        // "再少一箱吧": one fewer again (read as 再, it added one). After the three above.
        ("再少一", "少一"), ("再少两", "少两"), ("再减一", "减一"),
    ]

    private static let asciiFirstCharacters = firstCharacters.filter { $0.utf8.allSatisfy { $0 < 0x80 } }

    private static let firstCharacters = [
        "滴", "木", "米有", "神马", "肿么", "酱紫", "造吗", "3q", "3Q", "嘞", "yyds", "一波", "参", "帐", "签个道", "加车", "冲", "卷", "quan", "加购", "🧧", "少",
        "再减",
    ]
}
