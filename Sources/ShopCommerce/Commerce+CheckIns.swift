extension Commerce {
    /// Checks `user` in for today: the first time today, credits the streak's points (spendable,
    /// not counted toward the member level, which measures buying); again the same day, changes
    /// nothing and says so. Two check-ins racing on two instances credit once: the second finds
    /// the first's row (a unique key) and is the "already" one.
    public func checkIn(_ user: String) throws -> CheckIn {
        let today = chinaDay
        if let row = try tx.first("SELECT streak FROM checkins WHERE \"user\" = \(.text(user)) AND day = \(.int(today))") {
            let streak = try row.checkedInt("streak")
            return CheckIn(day: today, streak: streak, points: 0, balance: try points(of: user).balance, already: true)
        }
        let yesterday = try tx.first("SELECT streak FROM checkins WHERE \"user\" = \(.text(user)) AND day = \(.int(today - 1))")
        let streak = try (yesterday?.checkedInt("streak") ?? 0) + 1
        let earned = CheckIn.points(forStreak: streak)
        try ensureUser(user)
        try tx.execute(
            """
            INSERT INTO checkins ("user", day, streak, points, at) VALUES (\(.text(user)), \(.int(today)), \(.int(streak)), \
            \(.int(earned)), \(.int(timestamp)))
            """)
        let credited = try tx.query(
            """
            UPDATE users SET points = points + \(.int(earned)) WHERE name = \(.text(user)) AND points <= \
            \(.int(Limits.points.upperBound - earned)) RETURNING points
            """)
        guard let balance = credited.first else { throw CommerceError.outOfRange(what: "points", range: Limits.points) }
        return CheckIn(day: today, streak: streak, points: earned, balance: try balance.checkedInt("points"), already: false)
    }

    /// Of the users who checked in on a day before today, the share who checked in the next day
    /// too (the operator's check-in retention, PROTOCOL.md §5 `/stats`).
    func checkInRetention() throws -> Double {
        let row = try tx.first(
            """
            SELECT COUNT(*) AS eligible,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM checkins n WHERE n.user = c.user AND n.day = c.day + 1) THEN 1 ELSE 0 END) AS returned
            FROM checkins c WHERE c.day < \(.int(chinaDay))
            """)
        let eligible = try row?.int("eligible") ?? 0
        return eligible == 0 ? 0 : Double(try row?.int("returned") ?? 0) / Double(eligible)
    }

    /// Check-ins made today.
    func checkInsToday() throws -> Int64 {
        try tx.scalar("SELECT COUNT(*) FROM checkins WHERE day = \(.int(chinaDay))")
    }
}
