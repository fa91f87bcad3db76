import Foundation

/// A group buy: complete when enough people join within a day; then each buys at the group price.
public struct GroupBuy: Sendable, Equatable {
    public enum Status: String, Sendable {
        case open, completed, expired
    }

    public static let size = 3
    public static let window: TimeInterval = 24 * 3600

    public var id: Int64
    public var sku: String
    public var starter: String
    public var price: Int64
    public var members: [String]
    public var createdAt: Date
    public var expiresAt: Date
    public var completed: Bool

    /// "G12": how people name it.
    public var code: String { "G\(id)" }

    public func status(at now: Date) -> Status {
        if completed { return .completed }
        return now >= expiresAt ? .expired : .open
    }
}
