import ShopText

/// English questions about one product, which its page answers: "32cm, is that too big for a
/// small gas stove?" (on screen), "is the haier one front loading? how much", "the pistachios,
/// how much"; and the choice said "mijia it is". Read whole they were remarks, or searches of
/// the question's words ("small gas stove" found walnuts).
extension IntentEngine {
    func askedOfOne(_ text: String) -> Parse? {
        // Byte searches first: English only, with a question's or a choice's words.
        guard !text.containsByte(where: { (0xE3...0xE9).contains($0) }) else { return nil }
        let lowered = text.quickLowercased()
        guard ["?", "how much", " it is", "do they ", "are they "].contains(where: lowered.contains) else { return nil }
        let pieces = BuyingWords.pieces(of: lowered) { _, character, _ in ",.?!;".contains(character) }
            .map { AskedWords.withoutLead($0.trimmingCharacters()) }.filter { !$0.isEmpty }
        guard let last = pieces.last else { return nil }
        // "gree is almost double. mijia it is": the one chosen.
        for tail in [" it is then", " it is"] where last.hasSuffix(tail) {
            let named = AskedWords.withoutArticle(String(last.dropLast(tail.count)))
            // (A model's words the lexicon may lack: "mijia".)
            guard BuyingWords.namesCatalogThing(named, engine: self) || AskedWords.isShortName(named) else { return nil }
            return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: .string(named)])
        }
        for piece in pieces {
            // "is the haier one front loading": the one named before "one".
            for lead in AskedWords.ofTheOne where piece.hasPrefix(lead) {
                let rest = piece.dropFirst(lead.count)
                // "does the washer come with installation?": the name, then what is asked of it.
                let end =
                    rest.firstRange(of: " one")?.lowerBound
                    ?? AskedWords.askedOfIt.lazy.compactMap { rest.firstRange(of: $0)?.lowerBound }.first
                // "wait is the router wifi 6?": no word ends the name; the longest of its first
                // words that names something the shop has, before what is asked of it.
                // (Not "is the bosideng warmer than the uniqlo…": a comparison.)
                guard let end else {
                    let words = rest.split(separator: " ")
                    guard !words.contains("than") else { continue }
                    for count in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                        let named = words.prefix(count).joined(separator: " ")
                        if BuyingWords.namesCatalogThing(String(words[count - 1]), engine: self) {
                            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string(named)])
                        }
                    }
                    continue
                }
                let named = String(rest[..<end])
                if BuyingWords.namesCatalogThing(named, engine: self) || AskedWords.isShortName(named) {
                    return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string(named)])
                }
            }
            // "the pistachios, how much", "how much is the wok": the one named.
            // (Its words as a look reads them: "the airpods pro 2 rn" names the airpods pro 2.)
            if piece != "how much", let named = AskedWords.pricedName(piece, among: pieces),
                BuyingWords.namesCatalogThing(named, engine: self)
            {
                let product = slots(named, as: .productShow)[.product] ?? .string(named)
                return Parse(intent: .productShow, confidence: 0.9, slots: [.product: product])
            }
        }
        // "32cm, is that too big for a small gas stove?", "wait i'm a 43, do they come in half
        // sizes": asked of the one on screen (unmarked, only when asked last).
        if pieces.contains(where: { piece in AskedWords.pointing.contains(where: piece.hasPrefix) }) && lowered.hasSuffix("?")
            || AskedWords.pointing.contains(where: last.hasPrefix)
        {
            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .string("this")])
        }
        return nil
    }
}

/// The words of asking about one product.
enum AskedWords {
    /// Questions that open pointing at the one on screen.
    static let pointing = [
        "is that ", "is it ", "is this ", "will it ", "would it ", "does it ", "does that ", "will that ", "would that ", "do they ",
        "are they ", "will they ", "does this ",
    ]
    /// What is asked of a product after its name ("does the washer come with …").
    static let askedOfIt = [
        " come with", " come in", " have ", " fit", " work with", " include", " need", " big enough", " small enough",
        " enough for", " good for", " ok for", " safe for", " too ",
    ]
    /// Questions that open naming one by what it is ("is the haier one …").
    static let ofTheOne = ["is the ", "are the ", "does the ", "do the ", "can the ", "will the "]

    /// The name priced: "the pistachios" when another piece is "how much". ("how much is a rice
    /// cooker" asks of a kind: a search, the classifier's reading.)
    static func pricedName(_ piece: String, among pieces: [String]) -> String? {
        guard pieces.contains("how much"), piece.split(separator: " ").count <= 4 else { return nil }
        return withoutArticle(piece)
    }

    /// One to three words that point at nothing ("mijia", "the honor"), not "so" or "that".
    static func isShortName(_ words: String) -> Bool {
        let split = words.split(separator: " ")
        return (1...3).contains(split.count)
            && !split.contains { ["so", "that", "this", "here", "there", "what", "it", "yes"].contains(String($0)) }
    }

    /// A piece without the hesitation it opens with ("wait does the washer …").
    static func withoutLead(_ piece: String) -> String {
        var piece = Substring(piece)
        while let lead = ["wait ", "hmm ", "oh ", "so ", "ok ", "okay ", "and ", "but ", "also "].first(where: piece.hasPrefix) {
            piece = piece.dropFirst(lead.count)
        }
        return String(piece)
    }

    static func withoutArticle(_ words: String) -> String {
        for article in ["the ", "a ", "an ", "ok ", "okay ", "ok the ", "okay the "].sorted(by: { $0.count > $1.count })
        where words.hasPrefix(article) {
            return String(words.dropFirst(article.count))
        }
        return words
    }
}
