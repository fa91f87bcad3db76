import ShopText

/// A story the classifier takes for chatter, with one sentence that shops: "finals start monday
/// and i'm basically moving into the library lol. instant noodles pls", "escaping beijing winter
/// for a week in sanya next friday 🏝️ need sunscreen, i burn like a lobster lol",
/// "爸妈家冰箱用了十五年了 现在都不怎么制冷 想给他们换个大点的冰箱".
extension IntentEngine {
    /// Of the sentences and clauses of an utterance read whole as out of scope, the one that read
    /// alone asks to shop (a search, a look, an add) and names what; nil when none or several do.
    /// Asked of a whole turn only (the conversation asks it): of a sentence the rules read apart,
    /// a clause would stand for it ("…she only eats royal canin persian" searched "eats").
    public func shoppingSentence(in text: String) -> Parse? {
        let pieces = Self.storyPieces(of: text)
        guard (2...6).contains(pieces.count) else { return nil }
        let shopping: Set<IntentName> = [.catalogSearch, .productShow, .cartAdd]
        let readings = pieces.map { parse($0) }.filter { reading in
            shopping.contains(reading.intent) && reading.confidence >= 0.5
                && BuyingWords.namingSlots.contains { reading.slots[$0] != nil }
        }
        guard readings.count == 1 else { return nil }
        return Parse(intent: readings[0].intent, confidence: max(readings[0].confidence, 0.9), slots: readings[0].slots)
    }

    /// `text` cut at clause marks, a question mark, a full stop before a space, an emoji, and a
    /// space between Chinese characters ("7.5公斤" and "iphone 15 有吗" stay whole).
    static func storyPieces(of text: String) -> [String] {
        BuyingWords.pieces(of: text) { previous, character, next in
            if BuyingWords.clauseBreaks.contains(character) || character == "?" || character == "？" { return true }
            if character == ".", next == " " || next == nil { return true }
            // (🏝️ is a text-style emoji made a picture by a selector: anything from U+1F000 counts.)
            if character.unicodeScalars.contains(where: { $0.value >= 0x1F000 || $0.properties.isEmojiPresentation }) { return true }
            let isHan = { (c: Character?) in c?.unicodeScalars.first.map(Language.isHan) ?? false }
            return character == " " && isHan(previous) && isHan(next)
        }
    }
}
