import ShopText

/// How well an engine understands a labelled corpus: accuracy, per-intent precision and recall,
/// and the confusions that cost the most.
///
/// The corpus is `intent<TAB>utterance` lines; blank lines and lines starting with `#` are
/// skipped.
public struct IntentEvaluation: Sendable {
    /// A corpus line that is not `intent<TAB>utterance` with a known intent.
    public struct CorpusError: Error, Equatable, CustomStringConvertible {
        /// The line number, from 1.
        public var line: Int
        public var message: String
        public var description: String { "corpus line \(line): \(message)" }
    }

    /// One utterance the engine got wrong.
    public struct Miss: Sendable, Equatable {
        public var line: Int
        public var text: String
        public var expected: IntentName
        public var actual: IntentName
        public var confidence: Double
    }

    /// Precision and recall of one intent.
    public struct IntentScore: Sendable, Equatable {
        public var intent: IntentName
        /// Utterances labelled with this intent.
        public var support: Int
        /// Of the utterances parsed as this intent, the share labelled with it (1 when none).
        public var precision: Double
        /// Of the utterances labelled with this intent, the share parsed as it.
        public var recall: Double
    }

    /// Utterances in the corpus.
    public var total: Int
    /// Utterances parsed as their label.
    public var correct: Int
    /// The others, in corpus order.
    public var misses: [Miss]
    /// Precision and recall of every intent that was labelled or parsed.
    public var scores: [IntentScore]
    /// Mean confidence of right and of wrong answers: confidence should tell them apart.
    public var meanConfidenceRight: Double
    public var meanConfidenceWrong: Double
    /// Parses that offered alternatives (the engine would ask "did you mean …?"), and how many
    /// of them had the right intent among the intent and its alternatives.
    public var asked: Int
    public var askedAndRightAmongChoices: Int

    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    /// Parses `corpus` and runs every utterance through `engine` (with no context). Throws for
    /// the first line that is not `intent<TAB>utterance`, with its number.
    public static func evaluate(_ engine: IntentEngine, corpus: String) throws(CorpusError) -> IntentEvaluation {
        let examples = try parse(corpus)
        var misses: [Miss] = []
        var predicted: [IntentName: Int] = [:]
        var predictedRight: [IntentName: Int] = [:]
        var support: [IntentName: Int] = [:]
        var right = 0.0
        var wrong = 0.0
        var asked = 0
        var askedRight = 0
        for example in examples {
            let parse = engine.parse(example.text)
            if !parse.alternatives.isEmpty {
                asked += 1
                if parse.intent == example.intent || parse.alternatives.contains(example.intent) { askedRight += 1 }
            }
            support[example.intent, default: 0] += 1
            predicted[parse.intent, default: 0] += 1
            if parse.intent == example.intent {
                predictedRight[parse.intent, default: 0] += 1
                right += parse.confidence
            } else {
                wrong += parse.confidence
                misses.append(
                    Miss(
                        line: example.line, text: example.text, expected: example.intent, actual: parse.intent, confidence: parse.confidence
                    ))
            }
        }
        let scores = IntentName.allCases.filter { support[$0] != nil || predicted[$0] != nil }.map { intent in
            let hits = Double(predictedRight[intent, default: 0])
            let guessed = predicted[intent, default: 0]
            let labelled = support[intent, default: 0]
            return IntentScore(
                intent: intent, support: labelled, precision: guessed == 0 ? 1 : hits / Double(guessed),
                recall: labelled == 0 ? 1 : hits / Double(labelled))
        }
        let correct = examples.count - misses.count
        return IntentEvaluation(
            total: examples.count, correct: correct, misses: misses, scores: scores,
            meanConfidenceRight: correct == 0 ? 0 : right / Double(correct),
            meanConfidenceWrong: misses.isEmpty ? 0 : wrong / Double(misses.count), asked: asked, askedAndRightAmongChoices: askedRight)
    }

    struct Example {
        var line: Int
        var intent: IntentName
        var text: String
    }

    static func parse(_ corpus: String) throws(CorpusError) -> [Example] {
        var examples: [Example] = []
        var number = 0
        for raw in corpus.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                throw CorpusError(line: number, message: "expected `intent<TAB>utterance`, found no tab")
            }
            let name = String(line[..<tab]).trimmingCharacters()
            guard let intent = IntentName(rawValue: name) else {
                throw CorpusError(line: number, message: "unknown intent `\(name)`")
            }
            let text = String(line[line.index(after: tab)...]).trimmingCharacters()
            guard !text.isEmpty else { throw CorpusError(line: number, message: "empty utterance") }
            examples.append(Example(line: number, intent: intent, text: text))
        }
        return examples
    }

    /// Confusions as (expected, actual, count), most frequent first.
    public var confusions: [(expected: IntentName, actual: IntentName, count: Int)] {
        var counts: [String: (IntentName, IntentName, Int)] = [:]
        for miss in misses {
            let key = miss.expected.rawValue + ">" + miss.actual.rawValue
            counts[key, default: (miss.expected, miss.actual, 0)].2 += 1
        }
        return counts.values.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0.rawValue, $0.1.rawValue) < ($1.0.rawValue, $1.1.rawValue) }
            .map { (expected: $0.0, actual: $0.1, count: $0.2) }
    }

    /// A plain-text report: accuracy, the per-intent table, the worst confusions, the misses.
    public var report: String {
        var lines: [String] = []
        lines.append("accuracy \(Self.percent(accuracy)) (\(correct)/\(total))")
        lines.append("mean confidence: right \(Self.fixed(meanConfidenceRight)), wrong \(Self.fixed(meanConfidenceWrong))")
        lines.append("asked which one was meant: \(asked) (right intent among the choices: \(askedAndRightAmongChoices))")
        lines.append("")
        lines.append(Self.pad("intent", 20) + Self.pad("support", 9) + Self.pad("precision", 11) + "recall")
        for score in scores {
            lines.append(
                Self.pad(score.intent.rawValue, 20) + Self.pad(String(score.support), 9) + Self.pad(Self.percent(score.precision), 11)
                    + Self.percent(score.recall))
        }
        let worst = confusions.prefix(10)
        if !worst.isEmpty {
            lines.append("")
            lines.append("worst confusions (expected → parsed):")
            for confusion in worst { lines.append("  \(confusion.count) × \(confusion.expected.rawValue) → \(confusion.actual.rawValue)") }
            lines.append("")
            lines.append("misses:")
            for miss in misses {
                lines.append(
                    "  line \(miss.line): \(miss.text)  [\(miss.expected.rawValue) → \(miss.actual.rawValue) \(Self.fixed(miss.confidence))]"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
