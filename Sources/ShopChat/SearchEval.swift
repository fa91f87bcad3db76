import Foundation

/// One line of a judged search file: a query and the products that should come back.
public struct SearchJudgement: Sendable, Equatable {
    /// The line of the file it came from, for failures.
    public var line: Int
    public var query: String
    /// Top-1 is right when the first product shown is any of these.
    public var first: [String]
    /// Top-3 also needs every one of these among the first three (often empty).
    public var top3: [String]

    public init(line: Int, query: String, first: [String], top3: [String] = []) {
        self.line = line
        self.query = query
        self.first = first
        self.top3 = top3
    }

    /// Whether the query is Chinese: it has any Han character.
    public var isChinese: Bool {
        query.unicodeScalars.contains { $0.properties.isUnifiedIdeograph }
    }
}

/// `shopchat eval --search FILE`: how often search puts the right product first and among the
/// first three, by language. Every query is one chat message from a user who never spoke
/// before, so no earlier list or question colours it; the products are read from the reply's
/// `data` as a gateway would (PROTOCOL.md §5).
///
/// The file is UTF-8 `query<TAB>first<TAB>top3` lines, `first` and `top3` `|`-separated SKUs,
/// `top3` optional; blank lines and `#` comments are skipped.
public enum SearchEval {
    public struct FileError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(FileError) -> [SearchJudgement] {
        var judgements: [SearchJudgement] = []
        // "\r\n" is one Character, so lines end wherever any newline does.
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) || line.drop(while: \.isWhitespace).hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            func skus(_ column: Int) -> [String] {
                guard column < columns.count else { return [] }
                return columns[column].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter {
                    !$0.isEmpty
                }
            }
            let query = columns[0].trimmingCharacters(in: .whitespaces)
            guard columns.count <= 3, !query.isEmpty, !skus(1).isEmpty else {
                throw FileError(line: offset + 1, message: "expected query<TAB>first SKUs[<TAB>top-3 SKUs]")
            }
            judgements.append(SearchJudgement(line: offset + 1, query: query, first: skus(1), top3: skus(2)))
        }
        return judgements
    }

    /// The SKUs a reply shows, in order: a list of results (or products compared), or the one
    /// product of a product card; none for anything else.
    public static func shown(_ reply: Reply) -> [String] {
        let data = reply.data
        if case .array(let items)? = data["results"] ?? data["products"] {
            return items.compactMap { $0["sku"]?.plainText.uppercased() }
        }
        if let sku = data.value(at: "product.sku")?.plainText { return [sku.uppercased()] }
        return []
    }

    /// How one query fared.
    public struct Outcome: Sendable, Equatable {
        public var judgement: SearchJudgement
        public var shown: [String]
        public var top1: Bool
        public var top3: Bool
    }

    public static func score(_ judgement: SearchJudgement, shown: [String]) -> Outcome {
        let firstThree = Set(shown.prefix(3))
        let top1 = shown.first.map(judgement.first.contains) ?? false
        let top3 = judgement.first.contains(where: firstThree.contains) && judgement.top3.allSatisfy(firstThree.contains)
        return Outcome(judgement: judgement, shown: shown, top1: top1, top3: top3)
    }

    /// Sends every query to `conversation`, each from a new user, and scores the replies.
    /// `timed` is called with each turn's duration in seconds.
    public static nonisolated(nonsending) func run(
        _ judgements: [SearchJudgement], on conversation: Conversation, timed: (Double) -> Void = { _ in }
    ) async -> Report {
        // Names no earlier run used (the time since boot tells runs apart), so on a kept store
        // every query still comes from a new user.
        let run = String(DispatchTime.now().uptimeNanoseconds % 2_176_782_336, radix: 36)
        var outcomes: [Outcome] = []
        for (number, judgement) in judgements.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            let reply = await conversation.handle(Request(text: judgement.query, user: "eval-\(run)-\(number)"))
            timed(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            outcomes.append(score(judgement, shown: shown(reply)))
        }
        return Report(outcomes: outcomes)
    }

    public struct Tally: Sendable, Equatable {
        public var queries = 0
        public var top1 = 0
        public var top3 = 0

        public init() {}

        public var top1Rate: Double { queries == 0 ? 0 : Double(top1) / Double(queries) }
        public var top3Rate: Double { queries == 0 ? 0 : Double(top3) / Double(queries) }

        /// "top-1 87/100 87.0%   top-3 95/100 95.0%"
        public var summary: String {
            guard queries > 0 else { return "no queries" }
            return String(format: "top-1 %d/%d %.1f%%   top-3 %d/%d %.1f%%", top1, queries, top1Rate * 100, top3, queries, top3Rate * 100)
        }
    }

    public struct Report: Sendable {
        public var outcomes: [Outcome]

        public init(outcomes: [Outcome]) { self.outcomes = outcomes }

        public func tally(chinese: Bool?) -> Tally {
            var tally = Tally()
            for outcome in outcomes where chinese == nil || outcome.judgement.isChinese == chinese {
                tally.queries += 1
                if outcome.top1 { tally.top1 += 1 }
                if outcome.top3 { tally.top3 += 1 }
            }
            return tally
        }

        /// The lower top-1 rate of the two languages, counting only a language that has queries.
        public var worstTop1: Double {
            [tally(chinese: false), tally(chinese: true)].filter { $0.queries > 0 }.map(\.top1Rate).min() ?? 1
        }

        public var failures: [Outcome] { outcomes.filter { !$0.top1 || !$0.top3 } }

        /// Figures by language, then every query that missed top-1 or top-3.
        public var text: String {
            var lines = ["\(outcomes.count) search queries"]
            for (label, chinese) in [("en", false), ("zh", true), ("all", nil)] as [(String, Bool?)] {
                lines.append("  \(label.padding(toLength: 4, withPad: " ", startingAt: 0))\(tally(chinese: chinese).summary)")
            }
            let failures = failures
            if !failures.isEmpty { lines.append("Queries that missed (expected → got the first three):") }
            for failure in failures {
                let judged = failure.judgement
                let expected = judged.first.joined(separator: "|") + (judged.top3.isEmpty ? "" : " + " + judged.top3.joined(separator: "|"))
                let got = failure.shown.isEmpty ? "nothing" : failure.shown.prefix(3).joined(separator: ", ")
                let missed = failure.top1 ? "top-3" : failure.top3 ? "top-1" : "top-1, top-3"
                lines.append("  line \(judged.line): \(judged.query) — \(expected) → \(got) (missed \(missed))")
            }
            return lines.joined(separator: "\n")
        }
    }
}
