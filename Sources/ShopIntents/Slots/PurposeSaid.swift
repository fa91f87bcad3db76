import ShopText

/// "帐篷链接发到露营群 让他们看看", "格力店关注一下 看看有没有粉丝券": a request, then what it is
/// for. Read whole, the purpose's words won ("看看有没有粉丝券" searched 粉丝券).
enum PurposeSaid {
    /// The request of a Chinese utterance of two clauses whose second says what the first is
    /// for; nil otherwise.
    static func request(_ text: String) -> String? {
        // Asked of every utterance: the purpose's words have 让, 看, 省 or 免, and a break.
        guard text.containsByte(where: { $0 >= 0xE4 }), ["让", "看", "省", "免"].contains(where: text.contains) else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count == 2, openers.contains(where: clauses[1].hasPrefix) else { return nil }
        return clauses[0]
    }

    static let openers = [
        "让他们", "让她们", "让他", "让她", "让大家", "让群里", "给他们看", "给她看", "给他看", "看看有没有", "看有没有", "顺便看看", "好让", "省得", "免得",
    ]
}
