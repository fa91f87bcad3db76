import ArgumentParser
import Foundation
import Logging
import ShopChat

/// `shopchat eval FILE`: how well the intent engine understands a labelled corpus
/// (`intent<TAB>utterance` lines), per intent and overall; `shopchat eval --dialogs DIR`: how many
/// turns of a corpus of conversations pass. Prints figures; asserts nothing.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Score the intent engine on a labelled intent<TAB>utterance corpus, or on conversations.")

    @Argument(help: "The corpus file (e.g. Tests/ShopIntentsTests/Corpus/eval.tsv).")
    var corpus: String?

    @Option(help: "Folders or files of conversations written as dialogs (e.g. corpus/conversations).")
    var dialogs: [String] = []

    @Flag(help: "With --dialogs: a reply in the wrong language fails its turn too.")
    var checkLanguage = false

    func validate() throws {
        if corpus == nil && dialogs.isEmpty { throw ValidationError("give a corpus file or --dialogs DIR") }
    }

    @Option(help: "Exit with status 1 when accuracy falls below this fraction (e.g. 0.95).")
    var minimum: Double?

    func run() throws {
        if !dialogs.isEmpty {
            Logs.start(level: .error)
            let result = ConversationEval.run(dialogs, checkLanguage: checkLanguage)
            print(result.report)
            if let minimum, result.worst < minimum { throw ExitCode(1) }
            return
        }
        guard let corpus else { return }
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
