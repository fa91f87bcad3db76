/// What a turn records of itself for the operator's funnel: who, which intent, when (a row of
/// `events` without detail; ``SQLSession/recordTurnEvent(_:)``).
public struct TurnEvent: Sendable, Equatable {
    public var user: String
    public var kind: String
    /// Seconds since 1970, as every `at` in the store.
    public var at: Int64

    public init(user: String, kind: String, at: Int64) {
        self.user = user
        self.kind = kind
        self.at = at
    }
}

extension TurnEvent {
    /// The INSERT that records it on its own.
    public var insert: SQL {
        "INSERT INTO events (\"user\", kind, at, detail) VALUES (\(.text(user)), \(.text(kind)), \(.int(at)), '')"
    }
}
