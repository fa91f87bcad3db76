import Foundation
import ShopChat

/// `shopchat eval --dialogs DIR`: replays a corpus of conversations written as dialogs and
/// reports the share of turns whose every assertion holds, by language (a turn with Chinese
/// characters is Chinese) and by part (`held-out` folders apart from the rest). Asserts nothing.
struct ConversationEval {
    struct Tally {
        var passed = 0
        var total = 0
        var rate: String { total == 0 ? "—" : String(format: "%.1f%%", Double(passed) * 100 / Double(total)) }
    }

    static func run(_ paths: [String], checkLanguage: Bool) async -> (report: String, worst: Double) {
        let files = DialogSuite.files(in: paths)
        let runner = DialogSuite(checksLanguage: checkLanguage).runner
        var tallies: [String: Tally] = [:]
        var failing: [String] = []
        for file in files {
            let part = file.contains("held-out") ? "held-out" : "tuning"
            for turn in await runner.run(file: file).turns {
                let lang = Language.of(turn.text) == .zh ? "zh" : "en"
                for key in ["\(part) \(lang)", "\(part) all", "all \(lang)", "all all"] {
                    tallies[key, default: Tally()].total += 1
                    if turn.passed { tallies[key, default: Tally()].passed += 1 }
                }
                if !turn.passed { failing.append("  \(file):\(turn.line): \(turn.text)") }
            }
        }
        var lines = ["\(files.count) conversations"]
        for part in ["tuning", "held-out", "all"] {
            let cells = ["en", "zh", "all"].map { lang in
                let tally = tallies["\(part) \(lang)"] ?? Tally()
                return "\(lang) \(tally.passed)/\(tally.total) \(tally.rate)"
            }
            lines.append("  \(part.padding(toLength: 9, withPad: " ", startingAt: 0)) " + cells.joined(separator: "   "))
        }
        if !failing.isEmpty { lines.append("Turns that failed:") }
        lines += failing
        var worst = 1.0
        for key in ["held-out en", "held-out zh"] {
            guard let tally = tallies[key], tally.total > 0 else { continue }
            worst = min(worst, Double(tally.passed) / Double(tally.total))
        }
        return (lines.joined(separator: "\n"), worst)
    }
}
