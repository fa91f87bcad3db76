/// Search queries about a generated catalog, made from rows recomputed by index: no catalog is
/// held in memory to make them.
extension CatalogGenerator {
    /// Judged search queries (the `query<TAB>first` lines of `shopchat eval --search`), half
    /// English, half Chinese, each naming one product by brand, type and model code, so that
    /// product alone is the right first result. One English query in four misspells its type
    /// word, as people typing fast do.
    public func judgedQueries(count queries: Int) -> [String] {
        precondition(count > 0 || queries == 0, "an empty catalog has nothing to ask for")
        var random = SeededRandom(seed: seed ^ 0x4A55_4447_4544)
        return (0..<queries).map { number in
            let row = row(random.below(count))
            let query = number % 2 == 0 ? Self.englishQuery(row, &random) : Self.chineseQuery(row, &random)
            return "\(query)\t\(row.sku)"
        }
    }

    /// A fixed mix of searches for timing: a type alone, brand and type, and a model, in both
    /// languages ("search rice cooker", "搜美的电饭煲", "midea rice cooker mb-k3821e").
    public func searchQueries(count queries: Int) -> [String] {
        precondition(count > 0 || queries == 0, "an empty catalog has nothing to ask for")
        var random = SeededRandom(seed: seed ^ 0x5345_4152_4348)
        return (0..<queries).map { number in
            let row = row(random.below(count))
            switch number % 6 {
            case 0: return "search \(row.type)"
            case 1: return "搜\(row.typeZh)"
            case 2: return "search \(row.brand.lowercased()) \(row.type)"
            case 3: return "搜\(row.brandZh)\(row.typeZh)"
            case 4: return "\(row.brand.lowercased()) \(row.type) \(row.model.lowercased())"
            default: return "\(row.brandZh)\(row.typeZh)\(row.model)"
            }
        }
    }

    static func englishQuery(_ row: Row, _ random: inout SeededRandom) -> String {
        let type = random.below(4) == 0 ? misspelled(row.type, &random) : row.type
        let words = "\(row.brand.lowercased()) \(type) \(row.model.lowercased())"
        switch random.below(4) {
        case 0: return words
        case 1: return "search " + words
        case 2: return "find " + words
        default: return "do you have the " + words
        }
    }

    static func chineseQuery(_ row: Row, _ random: inout SeededRandom) -> String {
        let words = row.brandZh + row.typeZh
        switch random.below(4) {
        case 0: return words + row.model
        case 1: return "搜\(words) \(row.model)"
        case 2: return "我要买\(words)\(row.model.lowercased())"
        default: return "有没有\(words) \(row.model)"
        }
    }

    /// `text` with its longest word (five letters or more) misspelled: a letter dropped, two
    /// swapped or one doubled; `text` itself when no word is long enough.
    static func misspelled(_ text: String, _ random: inout SeededRandom) -> String {
        var words = text.split(separator: " ").map { Array($0) }
        guard let longest = words.indices.max(by: { words[$0].count < words[$1].count }), words[longest].count >= 5 else { return text }
        var word = words[longest]
        let at = 1 + random.below(word.count - 2)
        switch random.below(3) {
        case 0: word.remove(at: at)
        case 1 where word[at] != word[at + 1]: word.swapAt(at, at + 1)
        default: word.insert(word[at], at: at)
        }
        words[longest] = word
        return words.map { String($0) }.joined(separator: " ")
    }
}
