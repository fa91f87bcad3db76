/// Membership tiers by lifetime points (PROTOCOL.md §9).
public enum MemberTier: String, Sendable, CaseIterable {
    case silver, gold, platinum

    public var threshold: Int64 {
        switch self {
        case .silver: 0
        case .gold: 2_000
        case .platinum: 10_000
        }
    }

    public init(lifetimePoints: Int64) {
        self = Self.allCases.last { lifetimePoints >= $0.threshold } ?? .silver
    }

    public var next: MemberTier? {
        switch self {
        case .silver: .gold
        case .gold: .platinum
        case .platinum: nil
        }
    }
}
