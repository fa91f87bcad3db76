/// Politeness and filler that carry no intent: "could you please …", "麻烦帮我…", "… 吧".
///
/// Marked, not deleted: when an utterance is nothing but filler ("please"), it keeps its words.
enum FillerPhrases {
    /// Filler wherever it appears.
    static let anywhere = [
        "please", "pls", "plz", "plse", "pleeease", "pleease", "kindly", "um", "uh", "umm", "uhm", "hmm", "hm", "er",
        "erm", "just", "actually", "quickly", "real quick", "for me please", "thx please", "if you can",
        "if possible", "if you could", "for a sec", "right now please", "asap",
        "请", "麻烦", "麻烦你", "麻烦您", "帮我", "帮忙", "帮个忙", "一下", "吧", "呢", "啊", "呀", "哦", "嘛", "哈",
        "呗", "啦", "噢", "嗯", "哎", "喔", "哇", "诶", "给我", "替我", "帮我们", "请你", "请帮我", "麻烦帮我",
        // Exclamations, which name nothing ("卧槽这么快就没了" named 卧槽).
        "卧槽", "我靠", "哇塞", "天哪", "我的天",
        // The price it is bought at, which names nothing ("add one at the normal price then" added
        // "normal price").
        "at the normal price", "at normal price", "at full price", "at the full price", "at the regular price", "at regular price",
        "at the original price",
        // Praise, which names nothing either ("老二牛逼 抢了", "队长大气 领了").
        "牛逼", "牛批", "太牛了", "大气", "厉害", "给力", "666", "绝了",
    ]
    /// Filler at the start of an utterance.
    static let leading = [
        "ok", "okay", "ok so", "so", "well", "alright", "all right", "now", "and", "also", "then", "oh", "eh", "ah", "lol", "lol ok",
        "haha",
        "haha ok",
        "could you", "can you", "would you", "will you", "could u", "can u", "would u", "would you mind",
        "i want to", "i wanna", "i'd like to", "id like to", "i would like to", "i need to", "let me", "lemme",
        "help me", "i want you to", "i'd love to", "id love to", "can i", "could i", "may i",
        "i'd like you to", "id like you to", "is it possible to", "do you mind", "i was wondering if you could",
        "can you please", "could you please", "would you please", "hey can you", "quick question",
        "能不能", "能否", "可不可以", "可以", "你能", "您能", "能", "我想", "我要", "我想要", "请问", "那", "那么",
        "然后", "好的那", "我需要", "我得", "顺便", "顺便再", "另外",
        // "其实要三个": actually, as English "actually" is filler anywhere.
        "其实",
    ]
    /// Greetings before a request ("hi, show my cart"); only stripped when a request follows.
    static let greetings = ["hi", "hello", "hey", "hiya", "yo", "hi there", "hello there", "hey there", "你好", "您好", "嗨", "哈喽"]
    /// Filler at the end: "… please", "… thanks".
    static let trailing = [
        "thanks", "thank you", "thx", "ty", "now", "for me", "then", "ok", "okay", "asap", "again please",
        // Hurry: "grab it b4 its gone".
        "b4 its gone", "before its gone", "b4 theyre gone", "before theyre gone", "before they're gone", "before it's gone",
        // "add it before someone else does" (it added "someone else").
        "before someone else does", "b4 someone else does", "before someone else gets it", "before somebody else does",
        "before they run out", "b4 they run out", "quick",
        // "hmm hows the pegasus 40 tho": the words' tone, no part of a name.
        "tho", "though",
        "谢谢", "谢了", "好吗", "可以吗", "行吗", "好不好", "谢谢你", "先", "了",
    ]

    static let anywhereTable = table(anywhere)
    static let leadingTable = table(leading)
    static let greetingTable = table(greetings)
    static let trailingTable = table(trailing)

    private static func table(_ texts: [String]) -> PhraseTable {
        var table = PhraseTable()
        for text in texts { table.insert(text, PhraseMeaning()) }
        return table
    }

    /// Marks the filler tokens of `u` that lie outside entities (`claimed`).
    static func mark(_ u: Utterance, claimed: [Bool]) -> [Bool] {
        let n = u.tokens.count
        var filler = [Bool](repeating: false, count: n)
        var i = 0
        while i < n {
            if !claimed[i], let (_, end) = anywhereTable.longestMatch(u, at: i, claimed: claimed) {
                for k in i..<end { filler[k] = true }
                i = end
            } else {
                i += 1
            }
        }
        // Leading filler, repeatedly: "ok so could you please …".
        var start = 0
        while start < n {
            if filler[start] || u.tokens[start].kind == .clauseBreak {
                start += 1
                continue
            }
            if let (_, end) = leadingTable.longestMatch(u, at: start, claimed: claimed), remaining(u, filler, from: end) >= 1 {
                for k in start..<end { filler[k] = true }
                start = end
            } else if let (_, end) = greetingTable.longestMatch(u, at: start, claimed: claimed), remaining(u, filler, from: end) >= 2 {
                for k in start..<end { filler[k] = true }
                start = end
            } else {
                break
            }
        }
        // Trailing filler: "show my cart thanks".
        var last = n - 1
        while last >= 0, filler[last] || u.tokens[last].kind == .clauseBreak { last -= 1 }
        if last > 0 {
            for begin in stride(from: last, through: max(0, last - 3), by: -1) where !claimed[begin] {
                if let (_, end) = trailingTable.longestMatch(u, at: begin, claimed: claimed), end == last + 1,
                    remaining(u, filler, from: 0) - (end - begin) >= 1
                {
                    for k in begin..<end { filler[k] = true }
                    break
                }
            }
        }
        // An utterance that is only filler keeps its words ("please", "thanks").
        if remaining(u, filler, from: 0) == 0 { return [Bool](repeating: false, count: n) }
        return filler
    }

    private static func remaining(_ u: Utterance, _ filler: [Bool], from start: Int) -> Int {
        var count = 0
        var k = start
        while k < filler.count {
            if !filler[k], u.tokens[k].kind != .clauseBreak { count += 1 }
            k += 1
        }
        return count
    }
}
