import Foundation
import ShopCommerce
import ShopIntents

extension Conversation {
    func listCoupons(_ turn: Turn) throws -> Answer {
        let held = try turn.commerce.heldCoupons(of: turn.user)
        let now = turn.commerce.now
        let claimable = try turn.commerce.claimableCoupons(for: turn.user)
        var lines: [String] = []
        if held.isEmpty {
            lines.append("You have no coupons yet.")
        } else {
            lines.append("Your coupons:")
            for entry in held {
                let state =
                    entry.usedOrder.map { "used on order \($0)" }
                    ?? (entry.coupon.isExpired(at: now) ? "expired" : entry.coupon.expiresAt.map { "valid until \(ClockArgument.format($0))" } ?? "ready to use")
                lines.append("  • \(entry.coupon.code) — \(entry.coupon.summary) — \(state)")
            }
        }
        if !claimable.isEmpty {
            lines.append("You can claim: \(claimable.map { "\($0.code) (\($0.summary))" }.joined(separator: ", ")). Say \"claim \(claimable[0].code)\".")
        }
        return Answer(
            lines.joined(separator: "\n"),
            data: .object([
                "coupons": .array(held.map { Self.couponData($0.coupon, used: $0.usedOrder != nil, now: now) }),
                "claimable": .array(claimable.map { Self.couponData($0, used: false, now: now) }),
            ]))
    }

    /// Claims a named coupon; with no code, the only one on offer (or lists them).
    func claimCoupon(_ turn: inout Turn) throws -> Answer {
        let now = turn.commerce.now
        var store = turn.string("store")
        if store == "this" { store = try turn.session.focus.first.flatMap { try turn.commerce.product(sku: $0)?.store } }
        if let code = turn.string("coupon") {
            let coupon = try turn.commerce.claimCoupon(code, user: turn.user)
            return Answer(
                "Claimed \(coupon.code): \(coupon.summary). It's applied at checkout when it saves you money.",
                data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
        }
        let offers = try turn.commerce.claimableCoupons(for: turn.user, store: store)
        switch offers.count {
        case 0:
            return Answer("There are no coupons for you to claim right now\(store.map { " at \($0)" } ?? "").", data: .object(["claimable": .array([])]))
        case 1:
            let coupon = try turn.commerce.claimCoupon(offers[0].code, user: turn.user)
            return Answer(
                "Claimed \(coupon.code): \(coupon.summary). It's applied at checkout when it saves you money.",
                data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
        default:
            let lines = offers.map { "  • \($0.code) — \($0.summary)" }.joined(separator: "\n")
            return Answer(
                "Coupons you can claim:\n\(lines)\nSay \"claim \(offers[0].code)\" to take one.",
                data: .object(["claimable": .array(offers.map { Self.couponData($0, used: false, now: now) })]))
        }
    }

    func showPoints(_ turn: Turn) throws -> Answer {
        let points = try turn.commerce.points(of: turn.user)
        let tier = MemberTier(lifetimePoints: points.lifetime)
        var text = "You have \(points.balance) points (worth \(Money.format(points.balance * Pricing.fenPerPoint))). Member level: \(tier.rawValue)."
        var data: [JSONValue.Member] = [.init("balance", .int(points.balance)), .init("tier", .string(tier.rawValue)), .init("lifetime", .int(points.lifetime))]
        if let next = tier.next {
            let needed = next.threshold - points.lifetime
            text += " \(needed) more points to \(next.rawValue)."
            data.append(.init("next_tier", .string(next.rawValue)))
            data.append(.init("points_to_next", .int(needed)))
        }
        text += " You earn 1 point per yuan paid; 100 points pay ¥1 at checkout (\"use 500 points\")."
        return Answer(text, data: .object(["points": .object(data)]))
    }

    static func couponData(_ coupon: Coupon, used: Bool, now: Date) -> JSONValue {
        .object([
            "code": .string(coupon.code), "kind": .string(coupon.kind.rawValue), "value": .int(coupon.value),
            "min_spend": .int(coupon.minSpend), "store": coupon.store.map(JSONValue.string) ?? .null,
            "expires": coupon.expiresAt.map { .string(ClockArgument.format($0)) } ?? .null, "used": .bool(used),
            "expired": .bool(coupon.isExpired(at: now)),
        ])
    }
}
