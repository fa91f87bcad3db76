import Foundation
import Synchronization

/// Rewrites the commerce engine's SQL (SQLite flavour, `?` placeholders) for PostgreSQL, in one
/// place: `$n` placeholders, the reserved word `user` quoted, `MAX(0, x)` as `GREATEST(0, x)`.
enum PostgresSQL {
    private static let cache = TranslationCache()
    /// The texts whose translations are kept (bounded, as the statement caches are).
    private static let texts = StatementTexts(capacity: 1_024)

    static func translate(_ sql: String) -> String {
        if let cached = cache[sql] { return cached }
        var output = ""
        output.reserveCapacity(sql.utf8.count + 16)
        var placeholder = 0
        var inString = false
        var word = ""
        var previous: Character = " "
        func flushWord() {
            guard !word.isEmpty else { return }
            if word.lowercased() == "user" && previous != "." && previous != "\"" {
                output += "\"user\""
            } else {
                output += word
            }
            previous = word.last ?? previous
            word = ""
        }
        for character in sql {
            if inString {
                output.append(character)
                if character == "'" { inString = false }
                continue
            }
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
                continue
            }
            flushWord()
            switch character {
            case "'":
                inString = true
                output.append(character)
            case "?":
                placeholder += 1
                output += "$\(placeholder)"
            default:
                output.append(character)
            }
            previous = character
        }
        flushWord()
        let translated = output.replacingOccurrences(of: "MAX(0, ", with: "GREATEST(0, ")
        if texts.admits(sql) { cache[sql] = translated }
        return translated
    }
}

/// Translated statements by their source text; the engine uses a few hundred distinct ones, and
/// ``PostgresSQL`` keeps at most ``StatementTexts/capacity`` of them.
final class TranslationCache: Sendable {
    private let entries = Mutex<[String: String]>([:])

    subscript(sql: String) -> String? {
        get { entries.withLock { $0[sql] } }
        set { entries.withLock { $0[sql] = newValue } }
    }
}
