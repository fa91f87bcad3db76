import ShopText

/// Finds the entities of an utterance, left to right, each token in at most one entity.
///
/// At each position the extractors are tried in a fixed order (mentions and groups, price bounds,
/// money, SKUs, ordinals, lexicon phrases, numbers, codes), so that "under 300" is a price bound
/// before "300" can be a number, and "this one" is a reference before "one" can be a number.
struct EntityExtractor: Sendable {
    let lexicon: CompiledLexicon

    func extract(_ u: Utterance) -> [Entity] {
        let n = u.tokens.count
        var claimed = [Bool](repeating: false, count: n + 1)
        var entities: [Entity] = []
        chineseGroups(u, &claimed, &entities)
        var i = 0
        while i < n {
            if claimed[i] || u.tokens[i].kind == .clauseBreak {
                i += 1
                continue
            }
            if let entity = match(u, at: i, claimed: claimed), entity.end > i {
                for k in entity.start..<entity.end { claimed[k] = true }
                entities.append(entity)
                i = entity.end
            } else {
                i += 1
            }
        }
        if entities.count > 1 { entities.sort { $0.start < $1.start } }
        return entities
    }

    func match(_ u: Utterance, at i: Int, claimed: [Bool]) -> Entity? {
        let token = u.tokens[i]
        if token.kind == .symbol {
            let s = u.text[Int(token.start)]
            if s == 0x40 { return mention(u, at: i) }
            if s == 0x23 { return hashReference(u, at: i) }
            if s == 0xA5 || s == 0x24 { return money(u, at: i) }
        }
        if let price = priceBound(u, at: i, claimed: claimed) { return price }
        if token.kind == .word, let sku = sku(u, token) { return Entity(kind: .sku, start: i, end: i + 1, text: sku) }
        if token.kind == .word, let model = modelNumber(u, at: i) { return model }
        if let joined = numbersJoined(u, at: i) { return joined }
        if let ordinal = ordinal(u, at: i) { return ordinal }
        if token.kind == .word, let group = englishGroup(u, at: i) { return group }
        if let rating = starsGiven(u, at: i) { return rating }
        if let (meaning, end) = lexicon.phrases.longestMatch(u, at: i, claimed: claimed) {
            return phraseEntity(meaning, i, end)
        }
        if let code = codeAfterDigits(u, at: i) { return code }
        if let reading = NumberReader.read(u, at: i) { return numberEntity(u, reading, from: i, claimed: claimed) }
        if token.kind == .word, let code = code(u, token) { return Entity(kind: .code, start: i, end: i + 1, text: code) }
        return nil
    }

    /// "给个三星", "打三星": stars given, before the lexicon can read 三星 as Samsung.
    func starsGiven(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        guard i > 0, i + 1 < tokens.count, tokens[i].kind == .cjk, tokens[i + 1].hash == Word.zhXing,
            let stars = Self.starCounts[tokens[i].hash]
        else { return nil }
        let before = tokens[i - 1].hash
        let given =
            before == Word.zhGei || before == Word.zhDa
            || (before == Word.zhGe && i > 1 && (tokens[i - 2].hash == Word.zhGei || tokens[i - 2].hash == Word.zhDa))
        return given ? Entity(kind: .rating, start: i, end: i + 2, value: stars) : nil
    }

    private static let starCounts: [UInt64: Int64] = [
        TokenHash.of("一"): 1, TokenHash.of("二"): 2, TokenHash.of("两"): 2, TokenHash.of("三"): 3, TokenHash.of("四"): 4, TokenHash.of("五"): 5,
    ]

    // MARK: Mentions and groups

    func mention(_ u: Utterance, at i: Int) -> Entity? {
        guard let (name, end) = name(u, after: i) else { return nil }
        return Entity(kind: .mention, start: i, end: end, text: name)
    }

    func hashReference(_ u: Utterance, at i: Int) -> Entity? {
        // ("#305宿舍" is a group: a number with a name glued after it is no place on a list.)
        let named = i + 2 < u.tokens.count && u.tokens[i + 2].kind == .cjk && u.tokens[i + 2].start == u.tokens[i + 1].end
        if i + 1 < u.tokens.count, u.tokens[i + 1].kind == .number, !named, let reading = NumberReader.read(u, at: i + 1) {
            return Entity(kind: .ordinal, start: i, end: i + 2, value: reading.whole)
        }
        guard let (name, end) = name(u, after: i) else { return nil }
        return Entity(kind: .group, start: i, end: end, text: name)
    }

    /// The word or Chinese name right after `@` or `#`.
    func name(_ u: Utterance, after i: Int) -> (String, Int)? {
        guard i + 1 < u.tokens.count else { return nil }
        let next = u.tokens[i + 1]
        guard next.start == u.tokens[i].end else { return nil }
        if next.kind == .word { return (u.string(next), i + 2) }
        guard next.kind == .cjk || next.kind == .number else { return nil }
        // Chinese characters, and digits glued to them: "#南苑305", "#305宿舍" (a Latin word
        // alone: "@bob的" is bob).
        var j = i + 1
        while j < u.tokens.count, j < i + 9, [.cjk, .number].contains(u.tokens[j].kind),
            j == i + 1 || u.tokens[j].start == u.tokens[j - 1].end
        {
            j += 1
        }
        return (u.phrase((i + 1)..<j), j)
    }

    /// "the family group", "family chat" → group `family`; never "group buy".
    func englishGroup(_ u: Utterance, at i: Int) -> Entity? {
        let tokens = u.tokens
        guard i + 1 < tokens.count, tokens[i].kind == .word, !Self.notGroupNames.contains(tokens[i].hash) else { return nil }
        let next = tokens[i + 1].hash
        if next == Word.group {
            if i + 2 < tokens.count, Self.groupBuyWords.contains(tokens[i + 2].hash) { return nil }
            var end = i + 2
            if end < tokens.count, tokens[end].hash == Word.chat { end += 1 }
            return Entity(kind: .group, start: i, end: end, text: u.string(tokens[i]))
        }
        if next == Word.chat, !Self.notChatNames.contains(tokens[i].hash) {
            return Entity(kind: .group, start: i, end: i + 2, text: u.string(tokens[i]))
        }
        return nil
    }

    static let notGroupNames = Word.set([
        "a", "the", "my", "this", "that", "our", "your", "any", "which", "what", "whole", "each", "every", "new",
        "start", "join", "open", "create", "to", "in", "for", "with", "of", "and", "or", "buy", "same", "another",
    ])
    static let notChatNames = Word.set(["live", "customer", "support", "video", "voice", "group", "private", "service"])
    static let groupBuyWords = Word.set(["buy", "buying", "buys", "purchase", "deal", "order", "discount", "price", "deals"])

    /// "家人群", "发到同事群里": the characters before 群, stopping at a verb or particle.
    func chineseGroups(_ u: Utterance, _ claimed: inout [Bool], _ entities: inout [Entity]) {
        let tokens = u.tokens
        for i in tokens.indices where tokens[i].kind == .cjk && tokens[i].hash == Word.zhQun {
            var j = i
            while j > 0, i - j < 4, tokens[j - 1].kind == .cjk, !claimed[j - 1],
                !Self.groupNameStops.contains(u.text[Int(tokens[j - 1].start)])
            {
                j -= 1
            }
            guard j < i else { continue }
            var end = i + 1
            if end < tokens.count, tokens[end].hash == Word.zhLiao { end += 1 }
            let name = u.phrase(j..<i)
            for k in j..<end { claimed[k] = true }
            entities.append(Entity(kind: .group, start: j, end: end, text: Self.groupNames[name] ?? name))
        }
    }

    static let groupNameStops: Set<UInt32> = Set("给到在往的向对发个包和跟与进去里把个送分享转".unicodeScalars.map(\.value))
    /// Chinese group names with the English name a group is usually created under.
    static let groupNames = ["家人": "family", "家庭": "family", "家族": "family", "家里": "family", "亲人": "family", "家": "family"]

    // MARK: Phrases and numbers

    func phraseEntity(_ meaningIndex: Int32, _ start: Int, _ end: Int) -> Entity {
        let meaning = lexicon.phrases.meanings[Int(meaningIndex)]
        if let kind = meaning.builtin, meaning.product == nil, meaning.brand == nil, meaning.store == nil, meaning.user == nil {
            return Entity(kind: kind, start: start, end: end, text: meaning.builtinValue)
        }
        if meaning.group != nil, meaning.product == nil, meaning.brand == nil, meaning.store == nil {
            return Entity(kind: .group, start: start, end: end, text: meaning.group ?? "")
        }
        return Entity(kind: .lexicon, start: start, end: end, lexicon: meaningIndex)
    }

    func numberEntity(_ u: Utterance, _ reading: NumberReading, from i: Int, claimed: [Bool]) -> Entity {
        let tokens = u.tokens
        var end = skipCurrency(u, reading.end)
        var value = reading.hundredths
        // "香皂来三块", "拿两块": 块 right after a verb of taking counts pieces, not yuan.
        let pieces =
            end == reading.end + 1 && tokens[reading.end].hash == Word.zhKuai && i > 0
            && (tokens[i - 1].hash == Word.zhLai || tokens[i - 1].hash == Word.zhNa) && reading.isWhole
        if pieces { return Entity(kind: .number, start: i, end: end, value: value, text: "块") }
        let isMoney = end > reading.end
        if isMoney { end = jiao(u, end, &value) }
        if let bound = priceAfter(u, end) {
            return Entity(kind: bound.kind, start: i, end: bound.end, value: value)
        }
        if let range = rangeRest(u, from: end, low: value, start: i, requireMarker: !isMoney) {
            // A bare "2 to 3" is a quantity change, not prices: only with money or a dash.
            let joiner = tokens[end].hash
            if isMoney || joiner != Word.to || range.value2 >= 5000 { return range }
        }
        if isMoney { return Entity(kind: .money, start: i, end: end, value: value) }
        guard end < tokens.count else { return Entity(kind: .number, start: i, end: end, value: value) }
        let next = tokens[end]
        if next.kind == .word {
            if Word.countNouns.contains(next.hash) {
                return Entity(kind: .count, start: i, end: end + 1, value: reading.whole)
            }
            if next.hash == Word.star || next.hash == Word.stars {
                return Entity(kind: .rating, start: i, end: end + 1, value: reading.whole)
            }
            if next.hash == Word.out, end + 2 < tokens.count, tokens[end + 1].hash == Word.of {
                return Entity(kind: .rating, start: i, end: end + 3, value: reading.whole)
            }
        } else if next.kind == .symbol {
            let s = u.text[Int(next.start)]
            if s == 0x2F, end + 1 < tokens.count, tokens[end + 1].kind == .number {
                return Entity(kind: .rating, start: i, end: end + 2, value: reading.whole) // 5/5
            }
            if s == 0x2D, end + 1 < tokens.count, tokens[end + 1].hash == Word.star {
                return Entity(kind: .rating, start: i, end: end + 2, value: reading.whole) // five-star
            }
        } else if next.kind == .cjk {
            if next.hash == Word.zhXing { return Entity(kind: .rating, start: i, end: end + 1, value: reading.whole) }
            if next.hash == Word.zhKe, end + 1 < tokens.count, tokens[end + 1].hash == Word.zhXing {
                return Entity(kind: .rating, start: i, end: end + 2, value: reading.whole)
            }
            if next.hash == Word.zhRen || next.hash == Word.zhFen2 {
                return Entity(kind: .count, start: i, end: end + 1, value: reading.whole)
            }
            if next.hash == Word.zhGe, end + 1 < tokens.count, tokens[end + 1].hash == Word.zhRen {
                return Entity(kind: .count, start: i, end: end + 2, value: reading.whole)
            }
            if Word.zhClassifiers.contains(next.hash) {
                return Entity(kind: .number, start: i, end: end + 1, value: value, text: u.string(next))
            }
        }
        return Entity(kind: .number, start: i, end: end, value: value)
    }
}
