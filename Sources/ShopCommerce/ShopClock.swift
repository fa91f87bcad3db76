import Foundation

/// The injected clock: the system's time, or a fixed time that only moves when told.
public struct ShopClock: Sendable, Equatable {
    private var fixed: Date?
    private var offset: TimeInterval = 0

    /// The real time of day.
    public static var system: ShopClock { ShopClock(fixed: nil) }

    /// A clock that stands at `date` until `advance` or `set` moves it.
    public static func fixed(_ date: Date) -> ShopClock { ShopClock(fixed: date) }

    public func now() -> Date {
        if let fixed { return fixed.addingTimeInterval(offset) }
        return Date().addingTimeInterval(offset)
    }

    public mutating func advance(by seconds: TimeInterval) { offset += seconds }

    public mutating func set(_ date: Date) {
        fixed = date
        offset = 0
    }
}
