import ShopText

/// "想送她个iPhone 13", "想给她整个kindle": to give (送) or to get (整, 口语) a counted thing is to
/// buy it. Read as they are, the classifier took 13 for a count and lost the name, or searched
/// 送; read as 买, they are understood as buying is.
enum GiftVerbs {
    /// `text` with the first such 送 or 整 written 买 (and whom it is for left out), or nil.
    static func plain(_ text: String) -> String? {
        // Asked of every utterance: most have neither character.
        guard text.contains("送") || text.contains("整") else { return nil }
        let characters = Array(text)
        for index in characters.indices where characters[index] == "送" || characters[index] == "整" {
            guard let count = countAfter(characters, from: index + 1), isBuying(characters, at: index, countAt: count) else { continue }
            // Whom it is for is no part of what is bought: "送她个X" is "买个X".
            return String(characters[..<index]) + "买" + String(characters[count...])
        }
        return nil
    }

    /// Where a counted measure ("个", "一个", "两台") starts after the verb and up to three
    /// characters of whom it is for (她, 我妈, 老婆), or nil.
    private static func countAfter(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        var whom = 0
        while index < characters.count, whom <= 3 {
            let character = characters[index]
            if "一两俩二三".contains(character), index + 1 < characters.count, measures.contains(characters[index + 1]) { return index }
            if measures.contains(character) { return index }
            guard whom < 3, forWhom.contains(character) else { return nil }
            whom += 1
            index += 1
        }
        return nil
    }

    /// 送 bought as a gift is wished or said for someone (想送, 送她个); 整 is a verb only before
    /// a count of something named (整个下午 is a whole afternoon): 一/两 first, a Latin name
    /// after, or wished (想整个) or for someone (给她整个). Never of what the shop gives (红包, 券).
    private static func isBuying(_ characters: [Character], at index: Int, countAt count: Int) -> Bool {
        let after = characters[count] == "个" || measures.contains(characters[count]) ? count + 1 : count + 2
        guard after < characters.count, !"人月天年周小钟".contains(characters[after]) else { return false }
        let rest = String(characters[after...])
        guard !["红包", "券", "优惠", "积分", "礼物"].contains(where: rest.hasPrefix) else { return false }
        if characters[index] == "送" {
            // 配送, 赠送, 快递送: delivering, not buying.
            return index == 0 || !"配赠递派运".contains(characters[index - 1])
        }
        let wished = index > 0 && (characters[index - 1] == "想" || characters[max(0, index - 4)..<index].contains("给"))
        return "一两俩二三".contains(characters[count]) || characters[after].isASCII && characters[after].isLetter || wished
    }

    private static let measures: Set<Character> = ["个", "台", "部", "本", "件", "支", "瓶", "双", "套", "盒"]
    private static let forWhom: Set<Character> = ["她", "他", "我", "妈", "爸", "老", "婆", "公", "姐", "妹", "哥", "弟", "儿", "子", "女"]
}
