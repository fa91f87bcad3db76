import ShopText

/// Turns an analysed utterance into classifier features: the words it knows (typos corrected),
/// entity placeholders (NUM, MONEY, ORD …) instead of values, and ITEM for product words and
/// anything unknown, as unigrams and bigrams. Chinese characters are words of one character, so
/// the bigrams are the Chinese words ("购物", "物车").
struct Featurizer: Sendable {
    /// Words and characters of the training phrases outside slot values.
    var vocabulary: HashIndex
    /// Pairs of Chinese command characters that make a word ("登录"), as `combine(first, second)`.
    var chineseWords: HashIndex
    /// Chinese command characters that are a word on their own ("搜", "买", "把").
    var singleCharacters: HashIndex
    var corrector: SpellCorrector

    /// Whether the Chinese character at `k` is part of a two-character command word here.
    func inChineseWord(_ a: Analysis, _ k: Int) -> Bool {
        let tokens = a.tokens
        if k > 0, tokens[k - 1].kind == .cjk, chineseWords.contains(TokenHash.combine(tokens[k - 1].hash, tokens[k].hash)) { return true }
        if k + 1 < tokens.count, tokens[k + 1].kind == .cjk, chineseWords.contains(TokenHash.combine(tokens[k].hash, tokens[k + 1].hash)) {
            return true
        }
        return false
    }

    /// A product word: from the catalog, the common product words, or a product slot in training.
    static let item = TokenHash.of("\u{1}ITEM")
    /// A word the engine has never seen: a name, a review, or something off-topic.
    static let unknownWord = TokenHash.of("\u{1}UNKNOWN")
    static let code = TokenHash.of("\u{1}CODE")
    static let store = TokenHash.of("\u{1}STORE")
    static let category = TokenHash.of("\u{1}CATEGORY")
    static let begin = TokenHash.of("\u{1}BEGIN")
    static let end = TokenHash.of("\u{1}END")
    static let placeholders: [UInt64] = (0..<32).map { TokenHash.of("\u{1}ENTITY\($0)") }

    static func placeholder(_ entity: Entity, _ lexicon: CompiledLexicon) -> UInt64 {
        switch entity.kind {
        case .lexicon:
            let meaning = lexicon.phrases.meanings[Int(entity.lexicon)]
            if meaning.store != nil, meaning.product == nil { return store }
            if meaning.category != nil, meaning.product == nil, meaning.brand == nil { return category }
            if meaning.product == nil, meaning.brand == nil, meaning.user != nil || meaning.group != nil { return unknownWord }
            return item
        case .code: return code
        case .priceBelow, .priceAbove, .priceBetween: return placeholders[Int(Entity.Kind.priceBelow.rawValue)]
        case .ordinals: return placeholders[Int(Entity.Kind.ordinal.rawValue)]
        default: return placeholders[Int(entity.kind.rawValue)]
        }
    }

    /// The words of the utterance as the classifier sees them, one hash each. Words in
    /// `unknown` are read as unknown (training uses it to imitate words never seen).
    func items(
        _ a: Analysis, lexicon: CompiledLexicon, unknown: HashIndex = HashIndex(), productTokens: [Bool] = [],
        unknownTokens: [Bool] = [], correcting: Bool = true, range: Range<Int>? = nil
    ) -> [UInt64] {
        var items: [UInt64] = []
        items.reserveCapacity(a.tokens.count + 2)
        let tokens = a.tokens
        var k = range?.lowerBound ?? 0
        let end = min(range?.upperBound ?? tokens.count, tokens.count)
        while k < end {
            let token = tokens[k]
            if a.filler[k] {
                k += 1
                continue
            }
            if !unknownTokens.isEmpty, unknownTokens[k] {
                if items.last != Self.unknownWord { items.append(Self.unknownWord) }
                k += 1
                continue
            }
            if let entity = a.entity(at: k) {
                let placeholder = Self.placeholder(entity, lexicon)
                if items.last != placeholder || (placeholder != Self.item && placeholder != Self.unknownWord) { items.append(placeholder) }
                k = entity.end
                continue
            }
            // In training, the words of a product slot stand for catalog words.
            let unseen = !productTokens.isEmpty && productTokens[k] ? Self.item : Self.unknownWord
            switch token.kind {
            case .word:
                if !unknown.isEmpty, unknown.contains(token.hash) {
                    if items.last != Self.unknownWord { items.append(Self.unknownWord) }
                } else if vocabulary.contains(token.hash) {
                    items.append(token.hash)
                } else if let expansion = Shorthand.table[token.hash] {
                    items.append(contentsOf: expansion)
                } else if lexicon.catalogWords.contains(token.hash) {
                    if items.last != Self.item { items.append(Self.item) }
                } else if correcting, let corrected = corrector.correct(a.utterance, token) {
                    items.append(corrected)
                } else if token.wasUpperCase, token.length >= 3 {
                    items.append(Self.code) // "use WELCOME": codes are typed in capitals
                } else if items.last != unseen {
                    items.append(unseen)
                }
            case .cjk:
                if vocabulary.contains(token.hash) {
                    items.append(token.hash)
                } else if items.last != unseen {
                    items.append(unseen)
                }
            case .number:
                items.append(Self.placeholders[Int(Entity.Kind.number.rawValue)])
            case .symbol, .clauseBreak:
                break
            }
            k += 1
        }
        return items
    }

    static let shape = TokenHash.of("\u{1}SHAPE")

    /// Whether an item stands for an entity or unknown words rather than a word the engine knows.
    static func isPlaceholder(_ item: UInt64) -> Bool {
        item == Self.item || item == Self.unknownWord || item == Self.code || placeholderSet.contains(item)
            || item == Self.store || item == Self.category
    }

    private static let placeholderSet: HashIndex = {
        var set = HashIndex()
        for placeholder in placeholders { set.insert(placeholder) }
        return set
    }()

    /// Unigrams, bigrams (with sentence edges) of the items, and the utterance's shape: how
    /// many stretches of unknown words it has and what share of it they are. Requests have a
    /// product or a name in one place; off-topic sentences are unknown words all over.
    static func features(_ items: [UInt64], into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        var previous = begin
        var unknownRuns = 0
        for item in items {
            features.append(item)
            features.append(TokenHash.combine(previous, item))
            previous = item
            if item == Self.unknownWord { unknownRuns += 1 }
        }
        features.append(TokenHash.combine(previous, end))
        let share = items.isEmpty ? 0 : (unknownRuns * 3) / items.count
        features.append(TokenHash.combine(shape, UInt64(min(unknownRuns, 3))))
        features.append(TokenHash.combine(shape &+ 1, UInt64(min(share, 2))))
        // Each feature counts once: "不要不要" is no more a removal than "不要".
        if features.count > 1 {
            features.sort()
            var kept = 1
            for index in 1..<features.count where features[index] != features[kept - 1] {
                features[kept] = features[index]
                kept += 1
            }
            features.removeLast(features.count - kept)
        }
    }
}
