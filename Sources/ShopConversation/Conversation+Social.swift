import Foundation
import ShopCommerce
import ShopIntents

extension Conversation {
    func addFriend(_ turn: inout Turn) throws -> Answer {
        guard let name = turn.string("user").map({ $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }) ?? turn.string("recipient").map({ String($0.drop { $0 == "@" }) }) else {
            return ask("Who would you like to add as a friend?", for: "user", &turn)
        }
        guard let friend = Self.normalizedUser(name), friend != turn.user else {
            return Answer("\"\(name)\" isn't someone I can add as your friend.")
        }
        let added = try turn.commerce.befriend(turn.user, friend)
        let friends = try turn.commerce.friends(of: turn.user)
        return Answer(
            added ? "You and \(friend) are friends now." : "You and \(friend) are already friends.",
            data: .object(["friends": .array(friends.map(JSONValue.string))]))
    }

    func listFriends(_ turn: Turn) throws -> Answer {
        let friends = try turn.commerce.friends(of: turn.user)
        let text = friends.isEmpty ? "You have no friends here yet — say \"add bob as a friend\"." : "Your friends: \(friends.joined(separator: ", "))."
        return Answer(text, data: .object(["friends": .array(friends.map(JSONValue.string))]))
    }

    /// `@bob`, `#family`, `friends`, `moments`; a bare name reads as a user.
    static func recipient(_ slot: String?) -> String? {
        guard let slot = slot?.trimmingCharacters(in: .whitespaces), !slot.isEmpty else { return nil }
        let lower = slot.lowercased()
        if ["friends", "moments", "this", "it"].contains(lower) { return lower == "friends" || lower == "moments" ? lower : nil }
        if lower.hasPrefix("@") || lower.hasPrefix("#") { return lower }
        return normalizedUser(lower).map { "@\($0)" }
    }

    /// A group recipient as the store names it: the engine reads "家人群" as `#family`, but the
    /// chat group may have been made as "家人群" or "家人". Other recipients are unchanged.
    static func storedRecipient(_ recipient: String, _ commerce: Commerce) throws -> String {
        guard recipient.hasPrefix("#") else { return recipient }
        let name = String(recipient.dropFirst())
        let candidates = [name, name + "群"] + (groupAliases[name] ?? []).flatMap { [$0 + "群", $0] }
        for candidate in candidates where try !commerce.groupMembers(candidate).isEmpty {
            return "#" + candidate
        }
        return recipient
    }

    /// Chinese names a group is often made under, for the English name the engine gives it.
    static let groupAliases = ["family": ["家人", "家庭", "家族", "亲人", "家里人", "相亲相爱一家人", "家"]]

    func shareProduct(_ turn: inout Turn) throws -> Answer {
        let product: Product
        switch try resolveOne(&turn, question: "Which product would you like to share?") {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.parse.slots["product"] = .string(product.sku)
        guard let recipient = try Self.recipient(turn.string("recipient")).map({ try Self.storedRecipient($0, turn.commerce) }) else {
            return ask("Who should I share \(product.name) with? A friend (@bob), a group (#family), your friends or your moments.", for: "recipient", &turn)
        }
        let code = try freshShareCode(turn.commerce)
        let share = try turn.commerce.share(sku: product.sku, from: turn.user, to: recipient, code: code)
        turn.session.focus = [product.sku]
        let whom: String
        switch recipient {
        case "moments": whom = "your Moments"
        case "friends": whom = "your \(share.reached) friend\(share.reached == 1 ? "" : "s")"
        default: whom = recipient
        }
        return Answer(
            "Shared \(product.name) with \(whom). Share code \(code). You earn \(Commerce.shareReward) points when it leads to a purchase.",
            data: .object(["share": .object(["code": .string(code), "sku": .string(product.sku), "recipient": .string(recipient)])]))
    }

    /// A code no share in the store has. The first draw is the seeded one, so a replay shows the
    /// same codes; one already taken (another process or connection drew it) is drawn again from
    /// the system's randomness, which no other process shares.
    func freshShareCode(_ commerce: Commerce) throws -> String {
        var code = Self.shareCode(using: &random)
        var system = SystemRandomNumberGenerator()
        for _ in 0..<8 where try commerce.shareCodeTaken(code) {
            code = Self.shareCode(using: &system)
        }
        return code
    }

    /// Six characters that can't be confused when read aloud (no 0/O, 1/I/L).
    static func shareCode(using random: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        return String((0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
    }

    func openShare(_ turn: inout Turn) throws -> Answer {
        let from = (turn.string("user") ?? turn.string("recipient")).flatMap { name in
            Self.normalizedUser(name.hasPrefix("@") ? String(name.dropFirst()) : name)
        }
        let share = try turn.commerce.openShare(code: turn.string("code"), from: from, user: turn.user)
        guard let product = try turn.commerce.product(sku: share.sku) else { throw CommerceError.unknownProduct(share.sku) }
        turn.session.focus = [product.sku]
        turn.session.results = [product.sku]
        return Answer(
            "\(share.sharer) shared this with you:\n\(Self.details(product))",
            data: .object([
                "share": .object(["code": .string(share.code), "sku": .string(share.sku), "from": .string(share.sharer)]),
                "product": .product(product),
            ]))
    }

    func shareStats(_ turn: Turn) throws -> Answer {
        let stats = try turn.commerce.shareStats(of: turn.user)
        return Answer(
            "Your shares: \(stats.sent) sent, \(stats.opened) opened, \(stats.converted) bought. Rewards earned: \(stats.rewards) points.",
            data: .object([
                "shares": .object(["sent": .int(stats.sent), "opened": .int(stats.opened), "converted": .int(stats.converted), "rewards": .int(stats.rewards)])
            ]))
    }

    func showFeed(_ turn: Turn) throws -> Answer {
        let feed = try turn.commerce.feed(of: turn.user)
        let data = JSONValue.object([
            "feed": .array(feed.map { .object(["user": .string($0.user), "text": .string($0.text), "sku": .string($0.sku), "at": .string(ClockArgument.format($0.at))]) })
        ])
        guard !feed.isEmpty else { return Answer("Nothing from your friends yet.", data: data) }
        return Answer("From your friends:\n" + feed.map { "  • \($0.text)" }.joined(separator: "\n"), data: data)
    }

    func showInbox(_ turn: Turn) throws -> Answer {
        let items = try turn.commerce.inbox(of: turn.user)
        let data = JSONValue.object([
            "inbox": .array(items.map { .object(["kind": .string($0.kind), "text": .string($0.text), "at": .string(ClockArgument.format($0.at)), "silent": .bool($0.silent)]) })
        ])
        guard !items.isEmpty else { return Answer("Your inbox is empty.", data: data) }
        return Answer("Your messages:\n" + items.map { "  • \($0.text)" }.joined(separator: "\n"), data: data)
    }

    func setMarketing(_ turn: Turn, muted: Bool) throws -> Answer {
        try turn.commerce.setMuted(turn.user, muted)
        return Answer(
            muted
                ? "Done: friends' shares will wait quietly in your inbox instead of being pushed to you."
                : "Done: you'll hear about friends' shares again.",
            data: .object(["muted": .bool(muted)]))
    }
}
