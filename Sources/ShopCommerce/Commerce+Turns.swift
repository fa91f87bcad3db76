extension Commerce {
    /// What every turn does first: make sure `user` exists, settle red envelopes that expired,
    /// and read the user's stored session text (nil for none). With `creating` false a user never
    /// seen is not created (nil: they are admitted apart first, `admit`).
    ///
    /// One read, and an insert only for a user never seen. (PostgreSQL once folded the insert
    /// into the read as `INSERT … ON CONFLICT DO NOTHING`, to save a round trip on a first turn;
    /// it cost every later turn a write attempt, and new users there are admitted apart anyway.)
    public func openTurn(for user: String, creating: Bool = true) throws -> String? {
        let row = try tx.first("SELECT EXISTS (SELECT 1 FROM users WHERE name = \(.text(user))) AS known, \(turnProbe(user))")
        if try row?.int("known") != 1 {
            guard creating else { return nil }
            try ensureUser(user)
        }
        if try row?.int("expired") == 1 { try refundExpiredPackets() }
        // The catalog's version comes with it, for the turn's searches (SearchMemo).
        if let row, let id = try row.optionalString("catalog_id") { searchMemo.catalog = .some((id, try row.int("catalog_version"))) }
        return try row?.optionalString("state")
    }

    /// Creates `user` and an empty session for them if missing, writing nothing else: the first
    /// step of a user's first turn where the store admits new users apart (PostgreSQL), so that
    /// the turn itself updates rows that exist instead of inserting keys others have read.
    /// On PostgreSQL one statement, which an optimistic turn may run on its own (its own
    /// transaction: both rows or neither): no BEGIN, lock or COMMIT to wait for, four of a new
    /// user's first search's eleven round trips. Nothing it inserts can be stale.
    public func admit(_ user: String) throws {
        switch tx.dialect {
        case .postgres:
            _ = try tx.checkedWrite("WITH made AS (\(userInsert(user))) \(Self.emptySessionInsert(user))")
        case .sqlite:
            try tx.execute(userInsert(user))
            try tx.execute(Self.emptySessionInsert(user))
        }
    }

    private static func emptySessionInsert(_ user: String) -> SQL {
        "INSERT INTO sessions (\"user\", state) VALUES (\(.text(user)), '') ON CONFLICT (\"user\") DO NOTHING"
    }

    /// The user's session text, whether any red envelope has expired unsettled, and the
    /// catalog's identity and version.
    private func turnProbe(_ user: String) -> SQL {
        """
        (SELECT state FROM sessions WHERE "user" = \(.text(user))) AS state, \
        EXISTS (SELECT 1 FROM red_packets WHERE settled = 0 AND expires_at <= \(.int(timestamp))) AS expired, \
        (SELECT id FROM catalog_version) AS catalog_id, (SELECT version FROM catalog_version) AS catalog_version
        """
    }

    private static func sessionUpsert(_ user: String, _ state: String) -> SQL {
        """
        INSERT INTO sessions ("user", state) VALUES (\(.text(user)), \(.text(state))) \
        ON CONFLICT ("user") DO UPDATE SET state = excluded.state
        """
    }

    /// `user`'s stored session text (nil for none), read on its own.
    public static func sessionText(of user: String, in tx: any SQLSession) throws -> String? {
        try tx.first("SELECT state FROM sessions WHERE \"user\" = \(.text(user))")?.string("state")
    }

    /// Stores `state` as `user`'s session.
    public func storeSession(_ state: String, for user: String) throws {
        try tx.execute(Self.sessionUpsert(user, state))
    }

    /// What every turn does last: store the session text if it changed, and record the turn's
    /// event. One statement on PostgreSQL, two on SQLite. `opened` is the session text the turn
    /// began with: an optimistic turn (no transaction) stores its session only if that is still
    /// so, else throws ``SessionMoved`` and writes nothing.
    public func closeTurn(for user: String, event: String, session: String?, opened: String? = nil) throws {
        guard let session else { return try tx.recordTurnEvent(TurnEvent(user: user, kind: event, at: timestamp)) }
        guard tx.isTransaction else { return try closeOptimisticTurn(for: user, session: session, event: event, opened: opened) }
        switch tx.dialect {
        case .postgres:
            try tx.execute(
                """
                WITH saved AS (\(Self.sessionUpsert(user, session))) \
                INSERT INTO events ("user", kind, at, detail) VALUES (\(.text(user)), \(.text(event)), \(.int(timestamp)), '')
                """)
        case .sqlite:
            try storeSession(session, for: user)
            try record(event, user: user)
        }
    }

    /// One statement: a turn that changed its session compares and sets it, as another instance
    /// may have answered the same user in between. (One that changed nothing stored records its
    /// event whatever happened meanwhile, `recordTurnEvent`: what it showed was so when read.)
    private func closeOptimisticTurn(for user: String, session: String, event: String, opened: String?) throws {
        guard let opened else { throw SessionMoved() }
        let written = try tx.checkedWrite(
            """
            WITH saved AS (UPDATE sessions SET state = \(.text(session)) WHERE "user" = \(.text(user)) AND state = \(.text(opened)) RETURNING "user") \
            INSERT INTO events ("user", kind, at, detail) SELECT "user", \(.text(event)), \(.int(timestamp)), '' FROM saved RETURNING at
            """)
        if written.isEmpty { throw SessionMoved() }
    }
}

/// An optimistic turn found its session changed by another turn since it read it: it wrote
/// nothing, and runs again in a transaction.
public struct SessionMoved: Error, Sendable {
    public init() {}
}
