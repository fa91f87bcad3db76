import ArgumentParser
import Foundation
import ShopChat

/// `shopchat eval FILE`: how well the intent engine understands a labelled corpus
/// (`intent<TAB>utterance` lines), per intent and overall. Prints figures; asserts nothing.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Score the intent engine on a labelled intent<TAB>utterance corpus.")

    @Argument(help: "The corpus file (e.g. Tests/ShopIntentsTests/Corpus/eval.tsv).")
    var corpus: String

    @Option(help: "Exit with status 1 when accuracy falls below this fraction (e.g. 0.95).")
    var minimum: Double?

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: corpus, encoding: .utf8)
        } catch {
            throw ValidationError("can't read \(corpus): \(error.localizedDescription)")
        }
        let engine = IntentEngine(lexicon: try CatalogLexicon.demo())
        let evaluation: IntentEvaluation
        do {
            evaluation = try IntentEvaluation.evaluate(engine, corpus: text)
        } catch {
            throw ValidationError("\(corpus): \(error.description)")
        }
        print(evaluation.report)
        if let minimum, evaluation.accuracy < minimum { throw ExitCode(1) }
    }
}
