/// The words one typing slip away from a word, for correcting a search term against the
/// catalog's own terms ("coker" → cooker, "headphnes" → headphones).
enum SpellingEdits {
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz")

    /// Every word one letter deleted, swapped with the next, replaced or inserted away.
    static func oneEditAway(_ word: String) -> [String] {
        let letters = Array(word)
        var edits: Set<String> = []
        for index in letters.indices {
            var deleted = letters
            deleted.remove(at: index)
            edits.insert(String(deleted))
            if index + 1 < letters.count {
                var swapped = letters
                swapped.swapAt(index, index + 1)
                edits.insert(String(swapped))
            }
            for letter in alphabet where letter != letters[index] {
                var replaced = letters
                replaced[index] = letter
                edits.insert(String(replaced))
            }
        }
        for index in 0...letters.count {
            for letter in alphabet {
                var inserted = letters
                inserted.insert(letter, at: index)
                edits.insert(String(inserted))
            }
        }
        edits.remove(word)
        return edits.sorted()
    }
}
