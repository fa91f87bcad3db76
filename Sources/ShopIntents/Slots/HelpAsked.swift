import ShopText

/// "hi! just moved to beijing for a semester, what can u do", "what can u actually do here? can i
/// send red envelopes?", "我孙女说在这能买东西 咋弄啊 我不太会": a newcomer asking what the shop can
/// do, whatever the story around it (read whole: nothing, a red envelope, an order tracked).
enum HelpAsked {
    static func asks(_ text: String) -> Bool {
        // Asked of every utterance: the English ask has "can u" or "can you"; the Chinese one 弄 or 用.
        if text.contains("弄") || text.contains("用") {
            let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
            if clauses.count >= 2, clauses.contains(where: { chineseAsks.contains(String($0.drop(while: { $0 == "那" }))) }) { return true }
        }
        guard text.contains("can u") || text.contains("can you") || text.contains("Can you") || text.contains("Can u") else { return false }
        let lowered = text.quickLowercased()
        for ask in englishAsks {
            guard let found = lowered.firstRange(of: ask) else { continue }
            // What the shop can do, not what it can do about one thing ("… about a broken kettle").
            if endsTheAsk(lowered[found.upperBound...]) { return true }
        }
        return false
    }

    /// Whether only words like "here" or "for me" come before the end of the sentence.
    private static func endsTheAsk(_ rest: Substring) -> Bool {
        for word in rest.split(separator: " ") {
            if let first = word.first, "?.!,".contains(first) { return true }
            let bare = word.filter { !"?.!,".contains($0) }
            guard ["here", "for", "me", "lol", "tho", "anyway", "exactly"].contains(bare) else { return false }
            if bare.count < word.count { return true }
        }
        return true
    }

    static let englishAsks = [
        "what can u do", "what can you do", "what can u actually do", "what can you actually do", "what else can u do",
        "what else can you do",
    ]
    static let chineseAsks: Set<String> = ["咋弄啊", "咋弄", "怎么弄", "怎么弄啊", "咋用", "咋用啊", "怎么用", "怎么用啊", "这个咋用", "这个怎么用"]
}
