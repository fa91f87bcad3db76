import Foundation
import Testing

@testable import ShopIntents

@Suite struct CorpusEvaluationTests {
    static func corpus() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "eval", withExtension: "tsv", subdirectory: "Corpus"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func understandsTheHeldOutCorpus() throws {
        let evaluation = try IntentEvaluation.evaluate(IntentEngine(lexicon: .demo), corpus: Self.corpus())
        if evaluation.accuracy < 0.95 || ProcessInfo.processInfo.environment["INTENT_REPORT"] != nil {
            print(evaluation.report)
        }
        #expect(evaluation.total >= 800)
        #expect(evaluation.accuracy >= 0.95)
    }

    @Test func corpusIsNotTheTrainingPhrases() throws {
        let training = Set(IntentEngine.trainingExamples.map { $0.text.lowercased() })
        let examples = try IntentEvaluation.parse(Self.corpus())
        let overlap = examples.filter { training.contains($0.text.lowercased()) }
        #expect(overlap.isEmpty, "\(overlap.map(\.text))")
    }

    @Test func reportsABadLineWithItsNumber() {
        #expect(throws: IntentEvaluation.CorpusError(line: 3, message: "unknown intent `cart.explode`")) {
            try IntentEvaluation.evaluate(IntentEngine(), corpus: "# c\ngreeting\thi\ncart.explode\tboom\n")
        }
        #expect(throws: IntentEvaluation.CorpusError(line: 1, message: "expected `intent<TAB>utterance`, found no tab")) {
            try IntentEvaluation.evaluate(IntentEngine(), corpus: "greeting hi\n")
        }
    }

    @Test func reportHasTheTableAndConfusions() throws {
        let evaluation = try IntentEvaluation.evaluate(
            IntentEngine(), corpus: "greeting\thi\ncart.show\tbuy P1001\nfallback\twhat's the weather\n")
        #expect(evaluation.total == 3)
        #expect(evaluation.report.contains("precision"))
        #expect(evaluation.report.contains("cart.show →"))
    }
}
