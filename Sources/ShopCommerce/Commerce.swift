import Foundation

/// The commerce engine inside one store transaction: every use case reads and writes through
/// `tx`, so a turn's changes commit together or not at all.
public struct Commerce {
    public let tx: any SQLSession
    public let now: Date

    public init(_ tx: any SQLSession, now: Date) {
        self.tx = tx
        self.now = now
    }

    /// Now as Unix seconds, the form times are stored in.
    public var timestamp: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }
}
