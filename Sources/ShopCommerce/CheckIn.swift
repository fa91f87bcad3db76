/// One day's check-in (签到, PROTOCOL.md §9): once per calendar day in China Standard Time,
/// points growing with the streak of consecutive days, up to a cap; a missed day starts over.
public struct CheckIn: Sendable, Equatable {
    /// The day checked in, as days since 1970-01-01 in China Standard Time.
    public var day: Int64
    /// Consecutive days checked in, ending with `day`.
    public var streak: Int64
    /// Points this check-in earned (0 when `already`).
    public var points: Int64
    /// The points balance afterwards.
    public var balance: Int64
    /// True when the user had already checked in that day: nothing changed.
    public var already: Bool

    /// Points for the first day of a streak, added again for each further day…
    public static let step: Int64 = 5
    /// …up to this many a day (the 6th day on).
    public static let cap: Int64 = 30

    public init(day: Int64, streak: Int64, points: Int64, balance: Int64, already: Bool) {
        self.day = day
        self.streak = streak
        self.points = points
        self.balance = balance
        self.already = already
    }

    /// The points a check-in on the `streak`th day in a row earns: 5, 10, 15, 20, 25, then 30.
    public static func points(forStreak streak: Int64) -> Int64 {
        min(cap, step * max(1, min(streak, cap)))
    }

    /// What checking in tomorrow would earn, if the streak is kept.
    public var tomorrow: Int64 { Self.points(forStreak: streak + 1) }

    /// `day` as `YYYY-MM-DD` (civil date from days since the epoch, proleptic Gregorian).
    public var date: String {
        // Howard Hinnant's days-to-civil algorithm, in integers.
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(dayOfMonth))"
    }
}
