import Foundation
import ShopCommerce
import ShopIntents

extension Conversation {
    func startGroupBuy(_ turn: inout Turn) throws -> Answer {
        let product: Product
        switch try resolveOne(&turn, question: GroupBuyText.whichProduct) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        // The order is placed when the group fills, to each member's default address.
        if let question = try requireAddress(&turn) { return question }
        let group = try turn.commerce.startGroupBuy(sku: product.sku, user: turn.user)
        turn.session.focus = [product.sku]
        return Answer(
            turn.say(GroupBuyText.started(group: group.code, product: product, price: group.price)),
            data: .object(["groupbuy": Self.groupBuyData(group, now: turn.commerce.now)]))
    }

    func joinGroupBuy(_ turn: inout Turn) throws -> Answer {
        let id: Int64
        if let given = Self.groupBuyID(turn.slots[.group]) {
            id = given
        } else if let open = try turn.commerce.joinableGroupBuy(for: turn.user) {
            id = open
        } else {
            return Answer(turn.say(GroupBuyText.noneOpen), data: .object(["error": "no_groupbuy"]))
        }
        if let question = try requireAddress(&turn) { return question }
        let group = try turn.commerce.joinGroupBuy(id: id, user: turn.user)
        let name = try turn.commerce.product(sku: group.sku)?.name(turn.lang) ?? group.sku
        let data = JSONValue.object(["groupbuy": Self.groupBuyData(group, now: turn.commerce.now)])
        if group.completed {
            return Answer(turn.say(GroupBuyText.completed(group: group.code, product: name, price: group.price)), data: data)
        }
        let needed = GroupBuy.size - group.members.count
        return Answer(turn.say(GroupBuyText.joined(group: group.code, product: name, needed: needed)), data: data)
    }

    /// "G12", "12" or 12 → 12.
    static func groupBuyID(_ slot: SlotValue?) -> Int64? {
        switch slot {
        case .int(let id)?: return id
        case .string(let text)?: return Int64(text.uppercased().hasPrefix("G") ? String(text.dropFirst()) : text)
        default: return nil
        }
    }

    static func groupBuyData(_ group: GroupBuy, now: Date) -> JSONValue {
        .object([
            "id": .string(group.code), "sku": .string(group.sku), "price": .int(group.price),
            "status": .string(group.status(at: now).rawValue),
            "members": .array(group.members.map(JSONValue.string)), "needed": .int(Int64(max(0, GroupBuy.size - group.members.count))),
            "expires": .string(ClockArgument.format(group.expiresAt)),
        ])
    }
}

// MARK: Declarations

extension IntentSpec {
    static let groupbuyStart = IntentSpec(
        .groupbuyStart, .acts, described: ("start a group buy", "发起拼团"),
        answer: { conversation, turn, _ in try conversation.startGroupBuy(&turn) })

    static let groupbuyJoin = IntentSpec(
        .groupbuyJoin, .acts, described: ("join a group buy", "参加拼团"),
        answer: { conversation, turn, _ in try conversation.joinGroupBuy(&turn) })
}
