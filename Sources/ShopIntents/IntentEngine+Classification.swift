import Foundation
import ShopText

extension IntentEngine {
    /// Softmax temperature: scores are sums of log-odds, far too sharp to read as probabilities.
    static let temperature: Float = 1.0
    /// Below this the engine would rather say it did not understand.
    static let fallbackThreshold: Double = 0.35
    /// A runner-up this close (as a share of the winner's probability) makes the engine ask.
    static let ambiguityRatio: Float = 0.35

    func classify(_ a: Analysis) -> Classification {
        let count = IntentModel.classCount
        var probabilities = [Float](repeating: 0, count: count)
        let items = model.featurizer.items(a, lexicon: extractor.lexicon)
        var knownWords = 0
        var unknownWords = 0
        for item in items {
            if !Featurizer.isPlaceholder(item) { knownWords += 1 }
            if item == Featurizer.item || item == Featurizer.unknownWord { unknownWords += 1 }
        }
        if items.allSatisfy({ $0 == Featurizer.item || $0 == Featurizer.unknownWord }) {
            return onlyUnknownWords(a, probabilities, products: items.contains(Featurizer.item))
        }
        var (best, second) = softmax(items, into: &probabilities)
        var intent = IntentModel.classes[best]
        var confidence = Double(probabilities[best])
        // Said exactly as a training phrase (up to its slot values): no doubt about the intent.
        if let exact = model.exactIntent(items) {
            intent = IntentModel.classes[exact]
            confidence = max(confidence, 0.97)
            return Classification(
                intent: intent, confidence: confidence, alternatives: [], probabilities: probabilities, knownWords: knownWords,
                unknownWords: unknownWords)
        }
        // "thank you, that was quick", "ok, add it to my cart": when the whole is unclear, a
        // clause that is clear on its own says what was meant.
        if confidence < 0.85, let clause = clearestClause(a), clause.confidence > confidence + 0.1 {
            probabilities = clause.probabilities
            best = clause.best
            second = clause.second
            intent = IntentModel.classes[best]
            confidence = clause.confidence
        }
        var alternatives: [IntentName] = []
        if confidence < Self.fallbackThreshold {
            intent = .fallback
            confidence = 1 - confidence
        } else if intent != .fallback, IntentModel.classes[second] != .fallback, confidence < 0.8,
            probabilities[second] >= probabilities[best] * Self.ambiguityRatio
        {
            alternatives = [IntentModel.classes[second]]
        }
        return Classification(
            intent: intent, confidence: confidence, alternatives: alternatives, probabilities: probabilities, knownWords: knownWords,
            unknownWords: unknownWords)
    }

    /// Scores `items` and turns the scores into probabilities; returns the best two classes.
    private func softmax(_ items: [UInt64], into probabilities: inout [Float]) -> (best: Int, second: Int) {
        let count = IntentModel.classCount
        var features: [UInt64] = []
        features.reserveCapacity(items.count * 2 + 4)
        Featurizer.features(items, into: &features)
        model.scores(features, into: &probabilities)
        var best = 0
        for c in 1..<count where probabilities[c] > probabilities[best] { best = c }
        let top = probabilities[best]
        var sum: Float = 0
        for c in 0..<count {
            let p = expf((probabilities[c] - top) / Self.temperature)
            probabilities[c] = p
            sum += p
        }
        var second = best == 0 ? 1 : 0
        for c in 0..<count {
            probabilities[c] /= sum
            if c != best, probabilities[c] > probabilities[second] { second = c }
        }
        return (best, second)
    }

    /// The most confident in-scope reading of one clause of a several-clause utterance.
    private func clearestClause(_ a: Analysis) -> (best: Int, second: Int, confidence: Double, probabilities: [Float])? {
        let tokens = a.tokens
        guard tokens.contains(where: { $0.kind == .clauseBreak }) else { return nil }
        var result: (best: Int, second: Int, confidence: Double, probabilities: [Float])?
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].kind != .clauseBreak { end += 1 }
            let items = model.featurizer.items(a, lexicon: extractor.lexicon, range: start..<end)
            if items.contains(where: { !Featurizer.isPlaceholder($0) }) {
                var probabilities = [Float](repeating: 0, count: IntentModel.classCount)
                let (best, second) = softmax(items, into: &probabilities)
                let confidence = Double(probabilities[best])
                if IntentModel.classes[best] != .fallback, confidence > (result?.confidence ?? 0) {
                    result = (best, second, confidence, probabilities)
                }
            }
            start = end + 1
        }
        return result
    }

    /// No command word at all: a product or brand on its own is a search; anything else is
    /// something the engine does not know.
    private func onlyUnknownWords(_ a: Analysis, _ probabilities: [Float], products: Bool) -> Classification {
        var catalog = 0
        var unknown = 0
        for (k, token) in a.tokens.enumerated() where !a.filler[k] && token.kind != .clauseBreak && token.kind != .symbol {
            if let entity = a.entity(at: k), entity.kind == .lexicon || entity.kind == .sku {
                catalog += 1
            } else if extractor.lexicon.catalogWords.contains(token.hash) {
                catalog += 1
            } else {
                unknown += 1
            }
        }
        if products, catalog > 0, catalog >= unknown {
            return Classification(intent: .catalogSearch, confidence: 0.6, alternatives: [], probabilities: probabilities, knownWords: 0)
        }
        return Classification(intent: .fallback, confidence: 0.9, alternatives: [], probabilities: probabilities, knownWords: 0)
    }
}
