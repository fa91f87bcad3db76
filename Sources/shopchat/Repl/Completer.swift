/// Decides what Tab completes, from the text before the cursor.
///
/// An operator command is completed while the line is `/` and a name; anything else is matched
/// against known words and the products of the user's last list (names, Chinese names, SKUs),
/// case-insensitively. The longest tail of the line that starts a candidate wins, so "check o"
/// completes to "check out" and "add Midea R" to the whole product name. Right after a space,
/// Tab offers the products, so "add ⇥" lists what was just shown.
struct Completer {
    var commands: [String] = CompletionVocabulary.commands
    var words: [String] = CompletionVocabulary.words

    /// `products` is asked only when needed: it reads the store. `suggestions` are the last
    /// reply's quick replies: Tab on an empty line offers them first.
    func complete(_ beforeCursor: String, suggestions: [String] = [], products: () -> [String]) -> Completion {
        let text = Substring(beforeCursor.drop(while: \.isWhitespace))
        if text.hasPrefix("/") && !text.contains(where: \.isWhitespace) {
            return Self.choose(fragment: text, from: commands)
        }
        if text.isEmpty {
            if suggestions.count == 1 { return .replace(count: 0, with: suggestions[0]) }
            return .list(suggestions.isEmpty ? words : suggestions)
        }
        let productChoices = products()
        let candidates = text.hasPrefix("/") ? productChoices : suggestions + words + productChoices
        for start in Self.fragmentStarts(in: text) where start < text.endIndex {
            let fragment = text[start...]
            let completion = Self.choose(fragment: fragment, from: candidates)
            if completion != .none { return completion }
        }
        // Tab after a space (or after a word nothing starts with): what was last shown.
        guard text.last?.isWhitespace == true else { return .none }
        return productChoices.isEmpty ? .none : Self.choose(fragment: "", from: productChoices)
    }

    /// Where a fragment to complete may begin, earliest first: after whitespace, and around
    /// non-ASCII characters, since Chinese runs words together without spaces.
    static func fragmentStarts(in text: Substring) -> [Substring.Index] {
        var starts: [Substring.Index] = []
        var previous: Character?
        for index in text.indices {
            let character = text[index]
            if let previous {
                if previous.isWhitespace && !character.isWhitespace {
                    starts.append(index)
                } else if !previous.isWhitespace && (!previous.isASCII || !character.isASCII) {
                    starts.append(index)
                }
            } else {
                starts.append(index)
            }
            previous = character
        }
        return starts
    }

    /// The completion of `fragment` among `candidates`: the one match with a space after it,
    /// else the longer prefix they share, else the list of them.
    static func choose(fragment: Substring, from candidates: [String]) -> Completion {
        let folded = fragment.lowercased()
        var matches: [String] = []
        for candidate in candidates where candidate.lowercased().hasPrefix(folded) && !matches.contains(candidate) {
            matches.append(candidate)
        }
        guard let first = matches.first else { return .none }
        let scalars = fragment.unicodeScalars.count
        if matches.count == 1 {
            return .replace(count: scalars, with: first + " ")
        }
        let shared = sharedPrefix(of: matches)
        if shared.count > fragment.count {
            return .replace(count: scalars, with: shared)
        }
        return .list(matches)
    }

    /// The longest start all of `strings` share, ignoring case, spelled as the first one.
    static func sharedPrefix(of strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var length = first.count
        for other in strings.dropFirst() {
            let common = zip(first, other).prefix { $0.lowercased() == $1.lowercased() }.count
            length = min(length, common)
        }
        return String(first.prefix(length))
    }
}
