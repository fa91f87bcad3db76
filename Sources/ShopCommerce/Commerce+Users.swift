import ShopText

extension Commerce {
    /// Creates `name` silently if it does not exist (operator commands and first words do).
    public func ensureUser(_ name: String) throws {
        try tx.execute(userInsert(name))
    }

    func userInsert(_ name: String) -> SQL {
        "INSERT INTO users (name, created_at) VALUES (\(.text(name)), \(.int(timestamp))) ON CONFLICT (name) DO NOTHING"
    }

    /// Records a login; true the first time this user ever logs in (welcome gifts come then).
    public func logIn(_ name: String) throws -> Bool {
        try ensureUser(name)
        let first = try tx.first("SELECT first_login_at FROM users WHERE name = \(.text(name))")?.optionalInt("first_login_at") == nil
        if first {
            try tx.execute("UPDATE users SET first_login_at = \(.int(timestamp)) WHERE name = \(.text(name))")
            if let welcome = try coupon(code: Self.welcomeCoupon.code), !welcome.isExpired(at: now) {
                try giveCoupon(welcome.code, to: name)
            }
        }
        return first
    }

    public func userExists(_ name: String) throws -> Bool {
        try tx.first("SELECT 1 FROM users WHERE name = \(.text(name))") != nil
    }

    public func points(of user: String) throws -> (balance: Int64, lifetime: Int64) {
        let row = try tx.first("SELECT points, lifetime_points FROM users WHERE name = \(.text(user))")
        return try (row?.int("points") ?? 0, row?.int("lifetime_points") ?? 0)
    }

    func spendPoints(user: String, points: Int64) throws {
        let balance = try self.points(of: user).balance
        guard points <= balance else { throw CommerceError.notEnoughPoints(balance: balance) }
        try tx.execute("UPDATE users SET points = points - \(.int(points)) WHERE name = \(.text(user))")
    }

    public func wallet(of user: String) throws -> Int64 {
        try tx.scalar("SELECT wallet FROM users WHERE name = \(.text(user))")
    }

    public func setWallet(of user: String, to amount: Int64) throws {
        guard Limits.wallet.contains(amount) else { throw CommerceError.outOfRange(what: "wallet", range: Limits.wallet) }
        try ensureUser(user)
        try tx.execute("UPDATE users SET wallet = \(.int(amount)) WHERE name = \(.text(user))")
    }

    /// Adds `amount` fen to `user`'s wallet, refusing rather than overflowing (SQLite would
    /// silently turn an overflowing sum into a REAL).
    func credit(_ amount: Int64, toWalletOf user: String) throws {
        let credited = try tx.query(
            """
            UPDATE users SET wallet = wallet + \(.int(amount)) WHERE name = \(.text(user)) AND wallet <= \
            \(.int(Int64.max - amount)) RETURNING wallet
            """)
        if credited.isEmpty, try userExists(user) { throw CommerceError.outOfRange(what: "wallet", range: Limits.wallet) }
    }

    /// Records one analytics event (a turn, a search, an order…) for the operator's funnel.
    public func record(_ kind: String, user: String, detail: String = "") throws {
        try tx.execute(
            """
            INSERT INTO events ("user", kind, at, detail) VALUES (\(.text(user)), \(.text(kind)), \(.int(timestamp)), \
            \(.text(detail)))
            """)
    }
}
