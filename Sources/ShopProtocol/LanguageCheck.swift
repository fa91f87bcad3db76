import ShopConversation
import ShopIntents

/// The runner's check that every reply is written in the language PROTOCOL.md §4a picks, worked
/// out here from what was said, independently of the engine: the user's choice (a `language.set`
/// reply), else the words' own language, else the language of the user's last reply, else `en`.
struct LanguageCheck {
    private var chosen: [String: Language] = [:]
    private var last: [String: Language] = [:]
    /// Who spoke last: an operator command is answered in its speaker's chosen language, even
    /// `/as bob`, whose reply is already bob's.
    private var speaker = "guest"
    /// Whether the user's last reply asked them something.
    private var waiting: [String: Bool] = [:]

    /// A preview that waits for a yes (PROTOCOL.md §9).
    static func awaitsYes(_ reply: Reply) -> Bool {
        reply.data["checkout"] != nil || reply.data["packet_preview"] != nil
    }

    /// The problem with `reply` to `text`, if any.
    mutating func problem(with reply: Reply, to text: String, fallback: Language = .en) -> String? {
        let isCommand = text.hasPrefix("/")
        let said = Language.of(isCommand ? text.drop { !$0.isWhitespace } : Substring(text))
        let user = isCommand ? speaker : reply.user
        speaker = reply.user.isEmpty ? speaker : reply.user
        // One Latin word answering a question ("bob") keeps the conversation's language.
        let oneWordAnswer = !isCommand && said == .en && !text.contains(where: \.isWhitespace) && waiting[user] == true
        var expected = chosen[user] ?? (oneWordAnswer ? nil : said) ?? (isCommand ? nil : last[user]) ?? said ?? fallback
        if !isCommand { waiting[user] = reply.data["expecting"] != nil || reply.data["choices"] != nil || Self.awaitsYes(reply) }
        if reply.intent?.intent == .languageSet, case .string(let name)? = reply.data["lang"], let lang = Language(named: name) {
            chosen[reply.user] = lang
            expected = lang
        }
        if !isCommand { last[reply.user] = expected }
        if reply.lang != expected { return "a reply in \(expected.rawValue) (§4a), got one marked \(reply.lang.rawValue)" }
        guard !reply.text.isEmpty else { return nil }
        switch expected {
        case .zh:
            if !reply.text.unicodeScalars.contains(where: Language.isHan) { return "a reply in Chinese, got no Chinese at all" }
            if let prose = Self.englishProse(in: reply.text) { return "a reply in Chinese, got English words \"\(prose)\"" }
        case .en:
            if let first = reply.text.unicodeScalars.first(where: { $0.properties.isAlphabetic }), Language.isHan(first) {
                return "a reply in English, got one starting in Chinese"
            }
        }
        return nil
    }

    /// Three lower-case Latin words in a row outside quotes and brackets ("is out of stock"):
    /// English prose, which product names ("Midea Rice Cooker") and codes are not.
    static func englishProse(in text: String) -> String? {
        var run: [Substring] = []
        var quoted = false
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if piece.contains("\"") || piece.contains("[") || piece.contains("]") {
                if piece.filter({ $0 == "\"" }).count % 2 == 1 { quoted.toggle() }
                run.removeAll()
                continue
            }
            let word = piece.trimmingCharacters(in: [",", ".", ";", ":", "!", "?", "(", ")"])
            if !quoted, word.count >= 2, word.allSatisfy({ ("a"..."z").contains($0) || $0 == "'" }) {
                run.append(piece)
                if run.count == 3 { return run.joined(separator: " ") }
            } else {
                run.removeAll()
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
