import Foundation
import ShopChat

/// A store file in which a user has just been shown some products, without going through the
/// intent engine, so completion can be tested on its own.
enum LastResultsStore {
    /// Creates `shop.sqlite` in `folder` with the demo catalog and `user`'s last list set to
    /// `results`; returns its path.
    static func make(in folder: URL, user: String, results: [String]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("shop.sqlite").path
        let database = try SQLiteDatabase(path: path)
        // A conversation fills a fresh store with the demo catalog.
        _ = try Conversation(database: database, user: user)
        try showed(results, to: user, in: database)
        return path
    }

    /// Sets `user`'s last list to `results`, as a search would have.
    static func showed(_ results: [String], to user: String, in database: any ShopDatabase) throws {
        var session = Session()
        session.results = results
        let state = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
        try database.write { tx in
            try tx.execute(
                """
                INSERT INTO sessions ("user", state) VALUES (\(.text(user)), \(.text(state))) ON CONFLICT ("user") DO UPDATE \
                SET state = excluded.state
                """)
        }
    }
}
