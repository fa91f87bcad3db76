extension Commerce {
    /// What every turn does first: make sure `user` exists, settle red envelopes that expired,
    /// and read the user's stored session text (nil for none).
    ///
    /// On PostgreSQL the three are one statement, as every statement is a network round trip;
    /// on SQLite one read, and an insert only for a user never seen.
    public func openTurn(for user: String) throws -> String? {
        let row: SQLRow?
        switch tx.dialect {
        case .postgres:
            row = try tx.first(
                """
                WITH created AS (INSERT INTO users (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING)
                SELECT (SELECT state FROM sessions WHERE user = ?) AS state,
                    EXISTS (SELECT 1 FROM red_packets WHERE settled = 0 AND expires_at <= ?) AS expired
                """, .text(user), .int(timestamp), .text(user), .int(timestamp))
        case .sqlite:
            row = try tx.first(
                """
                SELECT EXISTS (SELECT 1 FROM users WHERE name = ?) AS known, (SELECT state FROM sessions WHERE user = ?) AS state,
                    EXISTS (SELECT 1 FROM red_packets WHERE settled = 0 AND expires_at <= ?) AS expired
                """, .text(user), .text(user), .int(timestamp))
            if row?.int("known") != 1 { try ensureUser(user) }
        }
        if row?.int("expired") == 1 { try refundExpiredPackets() }
        guard case .text(let state)? = row?["state"] else { return nil }
        return state
    }

    /// What every turn does last: store the session text if it changed, and record the turn's
    /// event. One statement on PostgreSQL, two on SQLite.
    public func closeTurn(for user: String, event: String, session: String?) throws {
        guard let session else { return try record(event, user: user) }
        switch tx.dialect {
        case .postgres:
            try tx.execute(
                """
                WITH saved AS (INSERT INTO sessions (user, state) VALUES (?, ?) ON CONFLICT (user) DO UPDATE SET state = excluded.state)
                INSERT INTO events (user, kind, at, detail) VALUES (?, ?, ?, '')
                """, .text(user), .text(session), .text(user), .text(event), .int(timestamp))
        case .sqlite:
            try tx.execute(
                "INSERT INTO sessions (user, state) VALUES (?, ?) ON CONFLICT (user) DO UPDATE SET state = excluded.state",
                .text(user), .text(session))
            try record(event, user: user)
        }
    }
}
