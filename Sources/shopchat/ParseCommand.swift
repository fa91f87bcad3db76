import ArgumentParser
import Foundation
import ShopChat

/// `shopchat parse [TEXT]`: understanding only, one JSON object per utterance, no side effects.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Show how utterances are understood (no side effects).")

    @Argument(help: "The utterance; without it, one utterance per stdin line.")
    var text: [String] = []

    @Flag(help: "Print the training phrases as intent<TAB>text lines.")
    var examples = false

    @Option(help: "SQLite file whose catalog feeds the lexicon (default: the demo catalog).")
    var db: String?

    func run() throws {
        if examples {
            var output = OutputBuffer()
            for example in IntentEngine.trainingExamples {
                output.write("\(example.intent.rawValue)\t\(example.text)\n")
            }
            output.flush()
            return
        }
        let engine = try Self.engine(db: db)
        var output = OutputBuffer()
        if !text.isEmpty {
            let utterance = text.joined(separator: " ")
            output.write(JSONLines.encodeParse(text: utterance, parse: engine.parse(utterance)) + "\n")
        } else {
            var reader = LineReader(limit: JSONLines.defaultLineLimit)
            while let line = reader.next() {
                guard case .bytes(let bytes) = line, let utterance = String(validating: bytes, as: UTF8.self) else { continue }
                let trimmed = utterance.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { continue }
                output.write(JSONLines.encodeParse(text: trimmed, parse: engine.parse(trimmed)) + "\n")
                if !reader.hasBufferedLine { output.flush() }
            }
        }
        output.flush()
    }

    /// The engine with the catalog's words: from `--db` if given, else the demo catalog read
    /// straight from its resource, so parsing never creates or changes a store.
    static func engine(db: String?) throws -> IntentEngine {
        if let db {
            let conversation = try Conversation(database: StoreLocation(db).open())
            return conversation.engine
        }
        IntentEngine.startTraining()
        return IntentEngine(lexicon: try CatalogLexicon.demo())
    }
}
