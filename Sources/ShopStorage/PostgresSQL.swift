import Foundation
import Synchronization

/// Rewrites the commerce engine's SQL (SQLite flavour, `?` placeholders) for PostgreSQL, in one
/// place: `$n` placeholders, the reserved word `user` quoted, `MAX(0, x)` as `GREATEST(0, x)`.
enum PostgresSQL {
    private static let cache = TranslationCache(capacity: 1_024)

    /// `sql` in PostgreSQL's words, and whether it only reads (``onlyReads(_:)``), both worked
    /// out once per distinct text.
    static func translation(_ sql: String) -> Translation {
        if let cached = cache[sql] { return cached }
        let translated = translate(sql)
        let translation = Translation(
            sql: translated, onlyReads: onlyReads(translated), writesOnlyOwnRows: writesOnlyOwnRows(translated))
        cache.keep(translation, for: sql)
        return translation
    }

    /// What the engine's statement `sql` is on PostgreSQL.
    struct Translation: Sendable {
        var sql: String
        var onlyReads: Bool
        var writesOnlyOwnRows: Bool
    }

    private static func translate(_ sql: String) -> String {
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
        return output.replacingOccurrences(of: "MAX(0, ", with: "GREATEST(0, ")
    }

    /// Whether `sql` only reads: a SELECT (or WITH … SELECT) naming no word that writes or locks.
    /// Erring towards "writes" costs only a turn run again in a transaction (the engine's own
    /// statements, never a shopper's words).
    static func onlyReads(_ sql: String) -> Bool {
        let words = words(sql)
        guard let first = words.first, first == "SELECT" || first == "WITH" else { return false }
        return !words.contains(where: writingWords.contains)
    }

    /// Tables whose rows each belong to one user and hold no money: a cart's lines, a session, a
    /// turn's event (``TransactionMode/ownRows``).
    static let ownRowTables: Set<String> = ["CART_ITEMS", "SESSIONS", "EVENTS"]

    /// Whether `sql` only reads, or writes (INSERT INTO, UPDATE, DELETE FROM, an upsert's DO
    /// UPDATE) only ``ownRowTables``. Any other writing or locking word reads as shared: erring
    /// that way costs only a transaction run again as SERIALIZABLE.
    static func writesOnlyOwnRows(_ sql: String) -> Bool {
        let words = words(sql)
        guard let first = words.first, ["SELECT", "WITH", "INSERT", "UPDATE", "DELETE"].contains(first) else { return false }
        for (index, word) in words.enumerated() {
            let target: Int
            switch word {
            case "INSERT", "DELETE": target = index + 2
            case "UPDATE":
                // An upsert's own table was named by its INSERT.
                if index > 0 && words[index - 1] == "DO" { continue }
                target = index + 1
            default:
                if writingWords.contains(word) { return false }
                continue
            }
            guard target < words.count, ownRowTables.contains(words[target]) else { return false }
            if word != "UPDATE" && words[index + 1] != (word == "INSERT" ? "INTO" : "FROM") { return false }
        }
        return true
    }

    private static func words(_ sql: String) -> [String] {
        sql.utf8.split { !($0 == 0x5F || (0x41...0x5A).contains($0 & 0xDF)) }.map { String(decoding: $0, as: UTF8.self).uppercased() }
    }

    private static let writingWords: Set<String> = [
        "INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "SHARE", "NEXTVAL", "SETVAL", "SET_CONFIG", "GIN_CLEAN_PENDING_LIST",
        "PG_ADVISORY_LOCK", "PG_ADVISORY_XACT_LOCK", "PG_TRY_ADVISORY_LOCK", "PG_TRY_ADVISORY_XACT_LOCK",
    ]
}

/// Translated statements by their source text; the engine uses a few hundred distinct ones. The
/// first `capacity` are kept (bounded, as the statement caches are); later ones are translated
/// each time.
final class TranslationCache: Sendable {
    let capacity: Int
    private let entries = Mutex<[String: PostgresSQL.Translation]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(sql: String) -> PostgresSQL.Translation? { entries.withLock { $0[sql] } }

    func keep(_ translated: PostgresSQL.Translation, for sql: String) {
        entries.withLock { entries in
            if entries.count < capacity { entries[sql] = translated }
        }
    }
}
