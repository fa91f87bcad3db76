import Foundation
import ShopText

/// A linear classifier over `Featurizer` features, trained from the training phrases: naive
/// Bayes log-probabilities (binary features, rows centred), plus the exact shapes of the
/// phrases. Training takes milliseconds, so it runs at start-up and the phrases stay the single
/// source of truth. (Perceptron passes on top were tried and did not help on unseen phrasing.)
struct IntentModel: Sendable {
    static let classes = IntentName.allCases
    static let classCount = classes.count

    var featurizer: Featurizer
    private var featureIDs = HashIndex(capacity: 8192)
    /// `featureCount × classCount`, row per feature.
    private var weights: [Float] = []
    private var bias: [Float]
    /// The deterministic stage: a training phrase's exact shape (its items in order) → its
    /// intent, or -1 when phrases of different intents share the shape.
    private var exact = HashIndex(capacity: 4096)

    init(phrases: [TrainingPhrase], extractor: EntityExtractor) {
        // The vocabulary: words outside slot values. Slot values are exactly what varies.
        var wordIndex = HashIndex(capacity: 4096)
        var words: [(hash: UInt64, scalars: [UInt32], count: Int)] = []
        var vocabulary = HashIndex(capacity: 2048)
        // A Chinese character is a command character when it occurs more often outside slot
        // values than inside them: 把, 买, 搜 are; 电 (电饭煲) and 小 (小米) are product characters.
        var chineseOutside: [UInt64: Int] = [:]
        var chineseInside: [UInt64: Int] = [:]
        let analyses = phrases.parallelMap { Analysis($0.text, extractor: extractor) }
        for (phrase, analysis) in zip(phrases, analyses) {
            for (index, token) in analysis.tokens.enumerated() where token.kind == .word || token.kind == .cjk {
                let start = Int(token.start)
                let inSlot = phrase.slots.contains(where: { $0.range.contains(start) })
                if token.kind == .cjk {
                    if inSlot { chineseInside[token.hash, default: 0] += 1 } else { chineseOutside[token.hash, default: 0] += 1 }
                }
                if analysis.entityAt[index] >= 0 || inSlot { continue }
                if token.kind == .word {
                    vocabulary.insert(token.hash)
                    if let known = wordIndex[token.hash] {
                        words[Int(known)].count += 1
                    } else {
                        wordIndex.set(token.hash, Int32(words.count))
                        words.append((token.hash, Array(analysis.utterance.text[Int(token.start)..<Int(token.end)]), 1))
                    }
                }
            }
        }
        for (character, outside) in chineseOutside where outside > chineseInside[character, default: 0] {
            vocabulary.insert(character)
        }
        // Chinese command words are mostly two characters (登录, 购物): the pairs of command
        // characters seen side by side outside slot values.
        // …and the command characters also used on their own (搜, 买, 把).
        var chineseWords = HashIndex(capacity: 2048)
        var singleCharacters = HashIndex(capacity: 512)
        for (phrase, analysis) in zip(phrases, analyses) {
            let tokens = analysis.tokens
            func isCommand(_ k: Int) -> Bool {
                k >= 0 && k < tokens.count && tokens[k].kind == .cjk && vocabulary.contains(tokens[k].hash)
                    && !phrase.slots.contains(where: { $0.range.contains(Int(tokens[k].start)) })
            }
            for k in tokens.indices where isCommand(k) {
                if isCommand(k - 1) { chineseWords.insert(TokenHash.combine(tokens[k - 1].hash, tokens[k].hash)) }
                if !isCommand(k - 1) && !isCommand(k + 1) { singleCharacters.insert(tokens[k].hash) }
            }
        }
        featurizer = Featurizer(
            vocabulary: vocabulary, chineseWords: chineseWords, singleCharacters: singleCharacters,
            corrector: SpellCorrector(words: words.map { ($0.scalars, $0.count) }))
        bias = [Float](repeating: 0, count: Self.classCount)

        // Features per phrase.
        var featureCounts: [Float] = []
        featureCounts.reserveCapacity(8192 * Self.classCount)
        var buffer: [UInt64] = []
        // Off-topic phrases are also learnt with their rare words unknown, as the off-topic
        // sentences of real users will be: "how many ITEM does a ITEM have".
        var rare = HashIndex(capacity: words.count)
        for word in words where word.count == 1 { rare.insert(word.hash) }
        let none = HashIndex()
        // And product phrases are learnt a second time with the product unknown, as a product
        // the catalog does not have will read: "search ITEM" and "search UNKNOWN" are both searches.
        var inputs: [(TrainingPhrase, Analysis, HashIndex, Bool)] = zip(phrases, analyses).map { ($0, $1, none, true) }
        for (phrase, analysis) in zip(phrases, analyses) {
            if phrase.intent == .fallback {
                inputs.append((phrase, analysis, rare, false))
            } else if phrase.slots.contains(where: { Self.productSlots.contains($0.name) }) {
                inputs.append((phrase, analysis, none, false))
            }
        }
        let featurizer = self.featurizer
        let itemLists = inputs.parallelMap { input in
            let (phrase, analysis, unknown, asProducts) = input
            var productTokens = [Bool](repeating: false, count: phrase.slots.isEmpty ? 0 : analysis.tokens.count)
            for slot in phrase.slots where Self.productSlots.contains(slot.name) {
                for (k, token) in analysis.tokens.enumerated() where slot.range.contains(Int(token.start)) {
                    // Only words: "the second one" stays an ordinal either way.
                    if let entity = analysis.entity(at: k), entity.kind != .lexicon { continue }
                    if token.kind == .word, featurizer.vocabulary.contains(token.hash) { continue }
                    productTokens[k] = true
                }
            }
            return featurizer.items(
                analysis, lexicon: extractor.lexicon, unknown: unknown, productTokens: asProducts ? productTokens : [],
                unknownTokens: asProducts ? [] : productTokens, correcting: false)
        }
        for ((phrase, _, unknown, asProducts), items) in zip(inputs, itemLists) {
            if asProducts, unknown.isEmpty, items.contains(where: { !Featurizer.isPlaceholder($0) }) {
                let key = Self.shapeKey(items)
                let label = Int32(Self.index(of: phrase.intent))
                if let known = exact[key], known != label { exact.set(key, -1) } else { exact.set(key, label) }
            }
            Featurizer.features(items, into: &buffer)
            var ids: [Int32] = []
            ids.reserveCapacity(buffer.count)
            for feature in buffer {
                let id: Int32
                if let known = featureIDs[feature] {
                    id = known
                } else {
                    id = Int32(featureIDs.count)
                    featureIDs.set(feature, id)
                    featureCounts.append(contentsOf: repeatElement(0, count: Self.classCount))
                }
                ids.append(id)
            }
            let label = Self.index(of: phrase.intent)
            var distinct = ids
            distinct.sort()
            var previous: Int32 = -1
            for id in distinct where id != previous {
                featureCounts[Int(id) * Self.classCount + label] += 1
                previous = id
            }
        }

        // Naive Bayes: log P(feature | intent), smoothed; a feature never seen with an intent
        // gets that intent's floor, computed once.
        let featureCount = featureIDs.count
        let classCount = Self.classCount
        var totals = [Float](repeating: 0, count: classCount)
        for f in 0..<featureCount { for c in 0..<classCount { totals[c] += featureCounts[f * classCount + c] } }
        let alpha: Float = 0.1
        var denominators = [Float](repeating: 0, count: classCount)
        var floors = [Float](repeating: 0, count: classCount)
        for c in 0..<classCount {
            denominators[c] = totals[c] + alpha * Float(featureCount)
            floors[c] = log(alpha / denominators[c])
        }
        weights = [Float](repeating: 0, count: featureCount * classCount)
        for f in 0..<featureCount {
            var mean: Float = 0
            for c in 0..<classCount {
                let count = featureCounts[f * classCount + c]
                let weight: Float
                if count > 0 {
                    weight = log((count + alpha) / denominators[c])
                } else {
                    weight = floors[c]
                }
                weights[f * classCount + c] = weight
                mean += weight
            }
            // Centre each row: only how a feature favours one intent over another matters.
            mean /= Float(classCount)
            for c in 0..<classCount { weights[f * classCount + c] -= mean }
        }
    }

    /// Class indexes by intent name; comparing the names one by one costs more than it looks.
    private static let indexes: [String: Int] = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1.rawValue, $0) })

    static func index(of intent: IntentName) -> Int {
        indexes[intent.rawValue] ?? 0
    }

    static func shapeKey(_ items: [UInt64]) -> UInt64 {
        var key: UInt64 = 0x2545_F491_4F6C_DD1D
        for item in items { key = TokenHash.combine(key, item) }
        return key
    }

    /// The intent of a training phrase with exactly these items, if one intent owns the shape.
    func exactIntent(_ items: [UInt64]) -> Int? {
        guard let label = exact[Self.shapeKey(items)], label >= 0 else { return nil }
        return Int(label)
    }

    /// Slots whose words are product words.
    static let productSlots: Set<String> = ["product", "products", "query", "brand"]

    /// Scores of every intent for `features` (log-odds sums; features the model never saw are
    /// skipped).
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        for c in 0..<Self.classCount { scores[c] = bias[c] }
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { scores in
                for feature in features {
                    guard let id = featureIDs[feature] else { continue }
                    let row = Int(id) * Self.classCount
                    for c in 0..<Self.classCount { scores[c] += w[row + c] }
                }
            }
        }
    }
}
