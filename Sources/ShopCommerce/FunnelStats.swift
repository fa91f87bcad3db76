/// The operator's view of the entrance (PROTOCOL.md §5 `/stats`). Rates are 0…1; an empty
/// denominator gives 0. Definitions are in the README.
public struct FunnelStats: Sendable, Equatable {
    /// Users known to the store (spoken, or named by an operator or a share).
    public var knownUsers: Int64
    /// Users who said at least one thing.
    public var users: Int64
    public var openingRate: Double
    public var conversionRate: Double
    public var retentionD1: Double
    public var retentionD7: Double
    public var shareRate: Double
    public var shareConversionRate: Double
    public var orders: Int64
    public var shares: Int64
    /// Of the users who checked in on a day before today, the share who checked in the next day.
    public var checkInRetention: Double = 0
    /// Check-ins made today (China Standard Time).
    public var checkInsToday: Int64 = 0
    /// Order lines refunded by price protection, and the fen given back.
    public var priceProtectedLines: Int64 = 0
    public var priceProtectionRefunds: Int64 = 0
    /// Of the orders not cancelled, the share with at least one return.
    public var returnRate: Double = 0
    /// Return lines made, and the fen they refunded.
    public var returns: Int64 = 0
    public var returnRefunds: Int64 = 0
    /// Of the flash units offered by sales that have started, the share sold.
    public var flashSellThrough: Double = 0
    public var flashSold: Int64 = 0
    /// Of the bargains started, the share bought at the price reached.
    public var bargainCompletion: Double = 0
    public var bargains: Int64 = 0
}
