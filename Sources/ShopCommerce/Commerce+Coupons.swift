import Foundation
import ShopText

/// A coupon a user holds, with what became of it.
public struct HeldCoupon: Sendable, Equatable {
    public var id: Int64
    public var coupon: Coupon
    public var usedOrder: Int64?
}

extension Commerce {
    /// The welcome gift of a user's first login: ¥10 off ¥50.
    public static let welcomeCoupon = Coupon(code: "WELCOME10", kind: .threshold, minSpend: 5_000, off: 1_000, claimable: false)

    /// Creates a campaign, or redefines one with the same code (coupons already held keep it).
    public func createCoupon(_ coupon: Coupon) throws {
        try tx.execute(
            """
            INSERT INTO coupons (code, kind, min_spend, off, pct, store, expires_at, per_user_limit, claimable, created_at)
            VALUES (\(.text(coupon.code)), \(.text(coupon.kind.rawValue)), \(.int(coupon.minSpend)), \(.int(coupon.off)), \(.int(coupon.pct)), \(SQLValue(coupon.store)), \(SQLValue(coupon.expiresAt.map { Int64($0.timeIntervalSince1970) })), \(.int(coupon.perUserLimit)), \(SQLValue(coupon.claimable)), \(.int(timestamp)))
            ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, min_spend = excluded.min_spend, off = excluded.off,
              pct = excluded.pct, store = excluded.store, expires_at = excluded.expires_at,
              per_user_limit = excluded.per_user_limit, claimable = excluded.claimable
            """)
        if let store = coupon.store, coupon.claimable {
            try announce(
                store: store, "New at \(store): coupon \(coupon.code), \(coupon.summary) — say \"claim \(coupon.code)\".",
                fields: [("coupon", .text(coupon.code))])
        }
    }

    public func coupon(code: String) throws -> Coupon? {
        try tx.first("SELECT * FROM coupons WHERE code = \(.text(code.uppercased()))").map(Self.coupon(from:))
    }

    static func coupon(from row: SQLRow) throws -> Coupon {
        try Coupon(
            code: row.string("code"), kind: Coupon.Kind(rawValue: row.string("kind")) ?? .fixed, minSpend: row.int("min_spend"),
            off: row.int("off"), pct: row.int("pct"), store: row.optionalString("store"),
            expiresAt: row.optionalInt("expires_at").map { Date(timeIntervalSince1970: TimeInterval($0)) },
            perUserLimit: row.int("per_user_limit"), claimable: row.int("claimable") != 0)
    }

    /// An operator's grant (`/give`): no claimability or limit check, but never an expired coupon.
    @discardableResult
    public func giveCoupon(_ code: String, to user: String) throws -> Coupon {
        guard let coupon = try coupon(code: code) else { throw CommerceError.unknownCoupon(code.uppercased()) }
        guard !coupon.isExpired(at: now) else { throw CommerceError.couponExpired(coupon.code) }
        try ensureUser(user)
        try tx.execute(
            """
            INSERT INTO user_coupons ("user", code, claimed_at) VALUES (\(.text(user)), \(.text(coupon.code)), \
            \(.int(timestamp)))
            """)
        return coupon
    }

    /// A user claims a public coupon, within its per-user limit.
    @discardableResult
    public func claimCoupon(_ code: String, user: String) throws -> Coupon {
        guard let coupon = try coupon(code: code) else { throw CommerceError.unknownCoupon(code.uppercased()) }
        guard coupon.claimable else { throw CommerceError.couponNotClaimable(coupon.code) }
        guard !coupon.isExpired(at: now) else { throw CommerceError.couponExpired(coupon.code) }
        let held = try tx.scalar("SELECT COUNT(*) FROM user_coupons WHERE \"user\" = \(.text(user)) AND code = \(.text(coupon.code))")
        guard held < coupon.perUserLimit else { throw CommerceError.couponLimitReached(coupon.code) }
        try tx.execute(
            """
            INSERT INTO user_coupons ("user", code, claimed_at) VALUES (\(.text(user)), \(.text(coupon.code)), \
            \(.int(timestamp)))
            """)
        return coupon
    }

    /// Public coupons `user` may still claim, optionally only one store's.
    public func claimableCoupons(for user: String, store: String? = nil) throws -> [Coupon] {
        let rows = try tx.query(
            """
            SELECT c.* FROM coupons c WHERE c.claimable = 1 AND (c.expires_at IS NULL OR c.expires_at >= \(.int(timestamp)))
              AND (SELECT COUNT(*) FROM user_coupons u WHERE u.user = \(.text(user)) AND u.code = c.code) < c.per_user_limit
            ORDER BY c.store IS NOT NULL, c.store, c.code
            """)
        let coupons = try rows.map(Self.coupon(from:))
        guard let store else { return coupons }
        return coupons.filter { $0.store == store.lowercased() }
    }

    /// Every coupon the user holds, used or not, newest first.
    public func heldCoupons(of user: String) throws -> [HeldCoupon] {
        try tx.query(
            """
            SELECT u.id, u.used_order, c.* FROM user_coupons u JOIN coupons c ON c.code = u.code WHERE u.user = \
            \(.text(user)) ORDER BY u.id
            """
        ).map { try HeldCoupon(id: $0.int("id"), coupon: Self.coupon(from: $0), usedOrder: $0.optionalInt("used_order")) }
    }

    /// Coupons the user could put on an order now: held, unused, unexpired; one per code.
    public func usableCoupons(of user: String) throws -> [Coupon] {
        var seen: Set<String> = []
        return try heldCoupons(of: user).filter { $0.usedOrder == nil && !$0.coupon.isExpired(at: now) }
            .map(\.coupon).filter { seen.insert($0.code).inserted }
    }

    /// The coupons a user names for an order: held and usable, or public ones they may still
    /// claim (claimed when the order is placed).
    public func namedCoupons(_ codes: [String], user: String) throws -> [Coupon] {
        let usable = try usableCoupons(of: user)
        return try codes.map { code in
            let code = code.uppercased()
            if let coupon = usable.first(where: { $0.code == code }) { return coupon }
            guard let coupon = try coupon(code: code) else { throw CommerceError.unknownCoupon(code) }
            if coupon.isExpired(at: now) { throw CommerceError.couponExpired(code) }
            if try heldCoupons(of: user).contains(where: { $0.coupon.code == code && $0.usedOrder != nil }),
                try !claimableCoupons(for: user).contains(where: { $0.code == code })
            {
                throw CommerceError.couponAlreadyUsed(code)
            }
            guard try claimableCoupons(for: user).contains(where: { $0.code == code }) else {
                throw CommerceError.unknownCoupon(code)
            }
            return coupon
        }
    }

    /// Marks one held, unused instance of each code as used by `order`, claiming public ones the
    /// user named but had not claimed yet. Fails (rolling back the order) if any is gone.
    func useCoupons(_ codes: [String], user: String, order: Int64) throws {
        for code in codes {
            var held = try tx.first(
                """
                SELECT id FROM user_coupons WHERE "user" = \(.text(user)) AND code = \(.text(code)) AND used_order IS NULL \
                ORDER BY id LIMIT 1
                """)
            if held == nil {
                try claimCoupon(code, user: user)
                held = try tx.first(
                    """
                    SELECT id FROM user_coupons WHERE "user" = \(.text(user)) AND code = \(.text(code)) AND used_order IS \
                    NULL ORDER BY id LIMIT 1
                    """)
            }
            guard let id = try held?.int("id") else { throw CommerceError.couponAlreadyUsed(code) }
            let marked = try tx.query(
                """
                UPDATE user_coupons SET used_order = \(.int(order)) WHERE id = \(.int(id)) AND used_order IS NULL RETURNING \
                id
                """)
            guard !marked.isEmpty else { throw CommerceError.couponAlreadyUsed(code) }
        }
    }

    /// Gives back the order's coupons that have not expired (a cancelled order).
    func releaseCoupons(order: Int64) throws {
        try tx.execute(
            """
            UPDATE user_coupons SET used_order = NULL WHERE used_order = \(.int(order)) AND code IN (SELECT code FROM \
            coupons WHERE expires_at IS NULL OR expires_at >= \(.int(timestamp)))
            """)
    }
}
