import Foundation
import ShopCommerce
import ShopIntents

/// What one utterance's turn starts from: the words, who said them, and how they were read
/// before the store was (see `Conversation.handleUtterance`).
struct Utterance: Sendable {
    let text: String
    let user: String
    let requested: Language?
    let said: Language?
    let now: Date
    let admitted: Bool
    let guessedContext: ParseContext
    let guessedParse: Parse
}

/// How far a turn got, for the reply if it fails: what it understood, in which language.
/// Unchecked: written by the turn's body, read by its completion after, never at once.
final class TurnProgress: @unchecked Sendable {
    var lang: Language
    var understood: Parse

    init(lang: Language, understood: Parse = Parse(intent: .fallback, confidence: 0)) {
        self.lang = lang
        self.understood = understood
    }
}

/// The session moved between a turn's snapshot and the writing of its record: run it again.
struct SessionMoved: Error {}

/// What a turn run on a read snapshot leaves to write: the session text it read and the one to
/// store (nil: unchanged), and its event. Unchecked: filled by the read, then used by the write
/// that follows it, never at once.
final class TurnRecord: @unchecked Sendable {
    var read: String?
    var user = ""
    var event = ""
    var session: String?

    /// Writes the record, unless the session is no longer what the turn read.
    func store(_ commerce: Commerce) throws {
        guard try commerce.storedSession(of: user) == read else { throw SessionMoved() }
        try commerce.closeTurn(for: user, event: event, session: session)
    }
}
