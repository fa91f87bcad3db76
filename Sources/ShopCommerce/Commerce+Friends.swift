extension Commerce {
    /// Makes `a` and `b` friends both ways (`/befriend`, `friend.add`). True if they were not yet.
    @discardableResult
    public func befriend(_ a: String, _ b: String) throws -> Bool {
        try ensureUser(a)
        try ensureUser(b)
        let already = try areFriends(a, b)
        for (user, friend) in [(a, b), (b, a)] {
            try tx.execute(
                """
                INSERT INTO friendships ("user", friend, since) VALUES (\(.text(user)), \(.text(friend)), \
                \(.int(timestamp))) ON CONFLICT ("user", friend) DO NOTHING
                """)
        }
        return !already
    }

    public func areFriends(_ a: String, _ b: String) throws -> Bool {
        try tx.first("SELECT 1 FROM friendships WHERE \"user\" = \(.text(a)) AND friend = \(.text(b))") != nil
    }

    public func friends(of user: String) throws -> [String] {
        try tx.query("SELECT friend FROM friendships WHERE \"user\" = \(.text(user)) ORDER BY friend").map { try $0.string("friend") }
    }

    /// Defines a chat group with exactly these members (`/group NAME A B C`).
    public func setGroup(_ name: String, members: [String]) throws {
        try tx.execute("DELETE FROM chat_groups WHERE name = \(.text(name))")
        for member in members {
            try ensureUser(member)
            try tx.execute(
                """
                INSERT INTO chat_groups (name, member) VALUES (\(.text(name)), \(.text(member))) ON CONFLICT (name, member) \
                DO NOTHING
                """)
        }
    }

    public func groupMembers(_ name: String) throws -> [String] {
        try tx.query("SELECT member FROM chat_groups WHERE name = \(.text(name)) ORDER BY member").map { try $0.string("member") }
    }

    /// The chat groups `user` is a member of, in name order.
    public func groups(of user: String) throws -> [String] {
        try tx.query("SELECT name FROM chat_groups WHERE member = \(.text(user)) ORDER BY name").map { try $0.string("name") }
    }

    /// The chat groups whose name starts with `prefix`, in name order.
    public func groupNames(startingWith prefix: String) throws -> [String] {
        // Both stores count characters as code points in substr, so the length is given as one.
        try tx.query(
            """
            SELECT DISTINCT name FROM chat_groups WHERE substr(name, 1, CAST(\(.int(Int64(prefix.unicodeScalars.count))) AS \
            INTEGER)) = \(.text(prefix)) ORDER BY name
            """
        )
        .map { try $0.string("name") }
    }

    /// Who a recipient (`@bob`, `#family`, `friends`, `moments`) reaches from `sender`, sender excluded.
    public func audience(of recipient: String, from sender: String) throws -> [String] {
        if recipient.hasPrefix("@") {
            let user = String(recipient.dropFirst())
            guard try userExists(user), user != sender else { throw CommerceError.unknownRecipient(recipient) }
            return [user]
        }
        if recipient.hasPrefix("#") {
            let members = try groupMembers(String(recipient.dropFirst()))
            guard !members.isEmpty else { throw CommerceError.unknownRecipient(recipient) }
            return members.filter { $0 != sender }
        }
        if recipient == "friends" || recipient == "moments" {
            return try friends(of: sender)
        }
        throw CommerceError.unknownRecipient(recipient)
    }

    public func setMuted(_ user: String, _ muted: Bool) throws {
        try ensureUser(user)
        try tx.execute("UPDATE users SET muted = \(SQLValue(muted)) WHERE name = \(.text(user))")
    }

    public func isMuted(_ user: String) throws -> Bool {
        try tx.first("SELECT muted FROM users WHERE name = \(.text(user))")?.int("muted") == 1
    }
}
