import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    func listCoupons(_ turn: Turn) throws -> Answer {
        let held = try turn.commerce.heldCoupons(of: turn.user)
        let now = turn.commerce.now
        let claimable = try turn.commerce.claimableCoupons(for: turn.user)
        let entries = held.map { entry in
            let state: CouponText.State =
                entry.usedOrder.map { .usedOn(order: $0) }
                ?? (entry.coupon.isExpired(at: now) ? .expired : entry.coupon.expiresAt.map { .validUntil($0) } ?? .ready)
            return CouponText.Held(coupon: entry.coupon, state: state)
        }
        let stores = try Self.storeNames(held.map(\.coupon) + claimable, turn)
        return Answer(
            turn.say(CouponText.list(held: entries, claimable: claimable, stores: stores)),
            data: .object([
                "coupons": .array(held.map { Self.couponData($0.coupon, used: $0.usedOrder != nil, now: now) }),
                "claimable": .array(claimable.map { Self.couponData($0, used: false, now: now) }),
            ]))
    }

    /// Claims a named coupon; with no code, the only one on offer (or lists them).
    func claimCoupon(_ turn: inout Turn) throws -> Answer {
        let now = turn.commerce.now
        let store = try couponStore(&turn)
        if let code = turn.string(.coupon) {
            let coupon = try turn.commerce.claimCoupon(code, user: turn.user)
            return Answer(
                turn.say(CouponText.claimed(coupon, stores: try Self.storeNames([coupon], turn))),
                data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
        }
        let offers = try turn.commerce.claimableCoupons(for: turn.user, store: store)
        switch offers.count {
        case 0:
            // The store as the reply's language names it (the words said, when no store has them).
            var at = store
            if let said = store, let known = try turn.commerce.store(id: said) { at = known.name(turn.lang) }
            return Answer(turn.say(CouponText.noneToClaim(at: at)), data: .object(["claimable": .array([])]))
        case 1:
            let coupon = try turn.commerce.claimCoupon(offers[0].code, user: turn.user)
            return Answer(
                turn.say(CouponText.claimed(coupon, stores: try Self.storeNames([coupon], turn))),
                data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
        default:
            return Answer(
                turn.say(CouponText.offers(offers, stores: try Self.storeNames(offers, turn))),
                data: .object(["claimable": .array(offers.map { Self.couponData($0, used: false, now: now) })]))
        }
    }

    func showPoints(_ turn: Turn) throws -> Answer {
        let points = try turn.commerce.points(of: turn.user)
        let tier = MemberTier(lifetimePoints: points.lifetime)
        var data: [JSONValue.Member] = [
            .init("balance", .int(points.balance)), .init("tier", .string(tier.rawValue)), .init("lifetime", .int(points.lifetime)),
        ]
        var needed: Int64 = 0
        if let next = tier.next {
            needed = next.threshold - points.lifetime
            data.append(.init("next_tier", .string(next.rawValue)))
            data.append(.init("points_to_next", .int(needed)))
        }
        return Answer(
            turn.say(PointsText.balance(points.balance, tier: tier, next: tier.next, toNext: needed)),
            data: .object(["points": .object(data)]))
    }

    /// The Chinese names of the stores `coupons` are limited to, when the reply is Chinese (English names stores by id).
    static func storeNames(_ coupons: [Coupon], _ turn: Turn) throws -> CouponText.StoreNames {
        guard turn.lang == .zh else { return [:] }
        var names: CouponText.StoreNames = [:]
        for id in Set(coupons.compactMap(\.store)) {
            if let store = try turn.commerce.store(id: id) { names[id] = store.name(.zh) }
        }
        return names
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

// MARK: Declarations

extension IntentSpec {
    static let couponList = IntentSpec(
        .couponList, .looks, described: ("see your coupons", "看我的优惠券"), next: { _, _ in [.checkOut, .deals] },
        answer: { conversation, turn, _ in try conversation.listCoupons(turn) })

    static let couponClaim = IntentSpec(
        .couponClaim, .acts, described: ("claim a coupon", "领优惠券"), next: { _, _ in [.checkOut, .deals] },
        answer: { conversation, turn, _ in try conversation.claimCoupon(&turn) })

    static let pointsShow = IntentSpec(
        .pointsShow, .looks, described: ("see your points", "查看积分"), next: { _, _ in [.usePoints, .myCoupons] },
        answer: { conversation, turn, _ in try conversation.showPoints(turn) })
}

extension Conversation {
    /// The coupons `answer` shows that the user can claim, when it is a reply that offers them
    /// (the inbox, a store's page, a product's, a list of coupons); nil for any other.
    func couponsOffered(_ turn: Turn, _ answer: Answer) throws -> [String]? {
        // A list of coupons says which it offers; other pages are read only when they speak of
        // coupons (most product pages do not: no query for them).
        if case .array(let listed)? = answer.data["claimable"] {
            let codes = listed.compactMap { coupon -> String? in
                guard case .string(let code)? = coupon["code"] else { return nil }
                return code
            }
            return codes.isEmpty ? nil : codes
        }
        guard [.inboxShow, .storeShow, .storeSubscribe, .productShow].contains(turn.parse.intent),
            answer.text.contains("券") || answer.text.contains("oupon")
        else { return nil }
        let codes = try turn.commerce.claimableCoupons(for: turn.user, store: nil).map(\.code).filter { answer.text.contains($0) }
        return codes.isEmpty ? nil : codes
    }

    /// The one coupon just offered, when the turn claims without naming one: "claim it", "领了领了",
    /// "领一下" (whatever the classifier made of it: "claim it" sounds like a price-drop claim).
    func claimsOffered(_ turn: Turn) -> String? {
        guard let offered = turn.session.offered, offered.count == 1 else { return nil }
        if turn.parse.intent == .couponClaim, turn.slots[.coupon] == nil { return offered[0] }
        return turn.slots.isEmpty && Self.commits(turn.text, to: Self.claimCommitments) ? offered[0] : nil
    }

    static let claimCommitments: Set<String> = [
        "领", "领取", "领一下", "领一张", "领下", "领券", "领了它", "抢券", "要", "claim", "claimit", "claimthat", "claimthatone", "grabit",
        "getit", "takeit", "illtakeit", "gimme", "gimmeit",
    ]
}
