import Foundation
import ShopCommerce

/// A turn's first statement found no session for its user, on a store that admits new users
/// apart: the turn is undone before it did anything, and run again once they are admitted.
struct NewUserFirst: Error {}

extension Conversation {
    /// The user's stored session text, as ``Commerce/openTurn(for:)`` reads it. On a store that
    /// admits new users apart (PostgreSQL), a user with no session yet ends this attempt with
    /// ``NewUserFirst`` unless it runs after ``admit(_:now:then:)``: SERIALIZABLE turns that each
    /// insert a new key into the sessions index conflict with every turn that read that index
    /// page, and a burst of first-time users (a flash sale at 10:00) aborted each other past every
    /// retry. A user the store knows costs nothing more.
    func openTurn(_ commerce: Commerce, user: String, admitted: Bool) throws -> String? {
        let apart = !admitted && database.admitsNewUsersApart
        let state = try commerce.openTurn(for: user, creating: !apart)
        if state == nil, apart { throw NewUserFirst() }
        return state
    }

    /// Creates `user`'s user and session rows apart from the turn (one statement of its own
    /// where the store can: ``Commerce/admit(_:)``), then runs `turn` — also if that failed: the
    /// turn then creates what is missing itself, as before.
    func admit(_ user: String, now: Date, then turn: @escaping () -> Void) {
        let database = database
        database.optimistic(
            { tx in try Commerce(tx, now: now).admit(user) },
            then: { admitted in
                guard case .failure = admitted else { return turn() }
                database.write({ tx in try Commerce(tx, now: now).admit(user) }, then: { _ in turn() })
            })
    }
}
