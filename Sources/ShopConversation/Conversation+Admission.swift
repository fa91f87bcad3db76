import Foundation
import ShopCommerce

extension Conversation {
    /// Runs `turn` once `user` has been admitted: on a store that asks for it (PostgreSQL), a
    /// user's first turn here first creates their user and session rows in a transaction of its
    /// own (``Commerce/admit(_:)``). A failure there is not the turn's: the turn runs anyway and
    /// creates what is missing itself, as before.
    func admitting(_ user: String, now: Date, then turn: @escaping () -> Void) {
        guard database.admitsNewUsersApart, !admitted.contains(user) else { return turn() }
        database.write(
            { tx in try Commerce(tx, now: now).admit(user) },
            then: { _ in
                if self.admitted.count >= 10_000 { self.admitted.removeAll() }
                self.admitted.insert(user)
                turn()
            })
    }
}
