import ArgumentParser
import Foundation
import Logging
import ShopChat

/// `shopchat eval FILE`: how well the intent engine understands a labelled corpus
/// (`intent<TAB>utterance` lines), per intent and overall; `shopchat eval --dialogs DIR`: how many
/// turns of a corpus of conversations pass; `shopchat eval --search FILE`: how often search puts
/// the judged product first and among the first three. Prints figures; asserts nothing.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the intent engine on a labelled intent<TAB>utterance corpus, on conversations, or search on judged queries.")

    @Argument(help: "The corpus file (e.g. Tests/ShopIntentsTests/Corpus/eval.tsv).")
    var corpus: String?

    @Option(help: "Folders or files of conversations written as dialogs (e.g. corpus/conversations).")
    var dialogs: [String] = []

    @Flag(help: "With --dialogs: a reply in the wrong language fails its turn too.")
    var checkLanguage = false

    @Option(help: "A judged search file: query<TAB>first SKUs[<TAB>top-3 SKUs] lines (e.g. corpus/search/demo.tsv).")
    var search: String?

    @Option(
        help:
            "With --search: the store to search, a SQLite file or postgres://… (default: the demo store, in memory). Each query adds a user to it."
    )
    var db: String?

    func validate() throws {
        if corpus == nil && dialogs.isEmpty && search == nil { throw ValidationError("give a corpus file, --dialogs DIR or --search FILE") }
        if db != nil && search == nil { throw ValidationError("--db goes with --search") }
    }

    @Option(
        help: "Exit with status 1 when accuracy falls below this fraction (e.g. 0.95); with --search, when either language's top-1 does.")
    var minimum: Double?

    func run() async throws {
        if let search {
            try await runSearch(search)
            return
        }
        if !dialogs.isEmpty {
            Logs.start(level: .error)
            let result = await ConversationEval.run(dialogs, checkLanguage: checkLanguage)
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

    /// `--search FILE`: every judged query through a conversation on the store, scored.
    func runSearch(_ path: String) async throws {
        Logs.start(level: .error)
        let judgements: [SearchJudgement]
        do {
            judgements = try SearchEval.parse(try String(contentsOfFile: path, encoding: .utf8))
        } catch let error as SearchEval.FileError {
            throw ValidationError("\(path): \(error)")
        } catch {
            throw ValidationError("can't read \(path): \(error.localizedDescription)")
        }
        let location = StoreLocation(db ?? ":memory:")
        // Opening a path that holds no store would make one with the demo catalog: never what
        // was meant.
        if case .sqlite(let file) = location, !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("no store at \(file)")
        }
        let conversation: Conversation
        do {
            conversation = try Conversation(database: try location.open(), clock: .fixed(ClockArgument.date(DialogSuite.defaultClock)!))
        } catch {
            throw ValidationError("can't open the store: \(error)")
        }
        var seconds: [Double] = []
        let report = await SearchEval.run(judgements, on: conversation) { seconds.append($0) }
        print(report.text)
        // The slowest turns, to find what a latency percentile hides.
        let slowest = zip(seconds, judgements).sorted { $0.0 > $1.0 }.prefix(5)
        print("Slowest: " + slowest.map { String(format: "%@ %.1f ms", $0.1.query, $0.0 * 1000) }.joined(separator: " · "))
        if let minimum, report.worstTop1 < minimum { throw ExitCode(1) }
    }
}
