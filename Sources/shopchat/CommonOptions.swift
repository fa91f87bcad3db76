import ArgumentParser
import Foundation
import ShopChat

/// Options every mode shares (PROTOCOL.md §1).
struct CommonOptions: ParsableArguments {
    @Option(help: "SQLite file, or :memory: for a throwaway store (default under $XDG_DATA_HOME/shopchat/).")
    var db: String?

    @Option(help: "The starting user.")
    var user: String = "guest"

    @Option(help: "Seed of the random source, for repeatable runs.")
    var seed: UInt64 = 1

    @Option(help: "A fixed start time (ISO 8601); the clock then only moves by /clock.")
    var clock: String?

    @Option(help: "The language of replies when neither the request, the user's choice nor the words say: en or zh.")
    var lang: String = "en"

    @Flag(help: "No colour (also: the NO_COLOR environment variable).")
    var noColor = false

    func validate() throws {
        guard Language(named: lang) != nil else { throw ValidationError("--lang \(lang) is not en or zh") }
        if let clock, ClockArgument.date(clock) == nil {
            throw ValidationError("--clock \(clock) is not an ISO 8601 time such as 2026-01-01T09:00:00+08:00")
        }
    }

    /// `--lang`, checked by `validate()`.
    var language: Language { Language(named: lang) ?? .en }

    var shopClock: ShopClock {
        clock.flatMap(ClockArgument.date).map(ShopClock.fixed) ?? .system
    }

    func openConversation() throws -> Conversation {
        let database = try StoreLocation(db).open()
        let conversation = try Conversation(database: database, user: user, clock: shopClock, seed: seed)
        conversation.defaultLanguage = language
        return conversation
    }
}
