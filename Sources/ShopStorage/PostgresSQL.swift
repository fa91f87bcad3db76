import Foundation
import Synchronization

/// What the engine's statements do on PostgreSQL, told from their words: whether they only read
/// (an optimistic turn may send them) or write only a user's own rows (an own-rows transaction
/// may). The statements themselves are written for both stores (``SQL``): nothing here rewrites
/// them.
enum PostgresSQL {
    private static let cache = KindCache(capacity: 1_024)

    /// What `sql` (a statement's text) does, worked out once per distinct text.
    static func kind(of sql: String) -> Kind {
        if let cached = cache[sql] { return cached }
        let kind = Kind(
            onlyReads: onlyReads(sql), writesOnlyOwnRows: writesOnlyOwnRows(sql), namesUserUnquoted: namesUserUnquoted(sql))
        cache.keep(kind, for: sql)
        return kind
    }

    /// What a statement does.
    struct Kind: Sendable {
        var onlyReads: Bool
        var writesOnlyOwnRows: Bool
        /// Whether it says `user` bare, which PostgreSQL reads as the session's role
        /// (CURRENT_USER), not the column: a mistake in the engine's SQL, refused loudly rather
        /// than compared quietly to the role's name.
        var namesUserUnquoted: Bool
    }

    /// Whether `sql` has the word `user` outside quotes and not after a dot (`o.user` is the
    /// column).
    static func namesUserUnquoted(_ sql: String) -> Bool {
        let bytes = Array(sql.utf8)
        var inString = false
        func isWordByte(_ byte: UInt8) -> Bool { byte == 0x5F || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte & 0xDF) }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x27 { inString.toggle() }
            if !inString, index + 4 <= bytes.count, bytes[index..<index + 4].map({ $0 | 0x20 }) == Array("user".utf8),
                index == 0 || !(isWordByte(bytes[index - 1]) || bytes[index - 1] == 0x2E || bytes[index - 1] == 0x22),
                index + 4 == bytes.count || !(isWordByte(bytes[index + 4]) || bytes[index + 4] == 0x22)
            {
                return true
            }
            index += 1
        }
        return false
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

/// A statement saying `user` bare (``PostgresSQL/namesUserUnquoted(_:)``): a mistake in the
/// engine's SQL, refused before it is sent.
struct UnquotedUser: Error, CustomStringConvertible {
    let sql: String
    var description: String { "unquoted \"user\" in: \(sql)" }
}

/// What statements do, by their text; the engine uses a few hundred distinct ones. The first
/// `capacity` are kept (bounded, as the statement caches are); later ones are told each time.
final class KindCache: Sendable {
    let capacity: Int
    private let entries = Mutex<[String: PostgresSQL.Kind]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(sql: String) -> PostgresSQL.Kind? { entries.withLock { $0[sql] } }

    func keep(_ kind: PostgresSQL.Kind, for sql: String) {
        entries.withLock { entries in
            if entries.count < capacity { entries[sql] = kind }
        }
    }
}
