import ShopText

/// "search mice": a plural whose singular the catalog's names hold is a product word, though it
/// is one typo from a word of commands ("nice"). Names hold the singular ("Lenovo Wireless Mouse"),
/// so "search mice" asked what to search for. (Only there: "cats" of "water fountains for cats",
/// read as a product word, put "for cats" in the query and bottled water first.)
extension SlotFiller {
    func isPluralOfCatalogWord(_ a: Analysis, _ k: Int) -> Bool {
        let token = a.tokens[k]
        // Scalars first, no string made: most words end otherwise.
        let (start, end) = (Int(token.start), Int(token.end))
        guard token.kind == .word, end - start > 3, case let last = a.utterance.text[end - 1],
            last == 0x73 || last == 0x53 || (end - start == 4 && (last == 0x65 || last == 0x45))
        else { return false }
        let text = a.utterance.string(token).quickLowercased()
        guard text.utf8.count > 3, text.utf8.last == UInt8(ascii: "s") || text == "mice", !text.hasSuffix("ss") else { return false }
        return Self.singulars(of: text).contains { lexicon.catalogWords.contains(Word.h($0)) }
    }

    /// The singulars `word` may be the plural of, the likeliest first.
    static func singulars(of word: String) -> [String] {
        if word == "mice" { return ["mouse"] }
        var forms = [String(word.dropLast())]
        if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
        if word.hasSuffix("ies") { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("ves") { forms += [String(word.dropLast(3)) + "f", String(word.dropLast(3)) + "fe"] }
        return forms
    }
}
