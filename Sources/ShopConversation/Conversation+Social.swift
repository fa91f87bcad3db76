import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    func addFriend(_ turn: inout Turn) throws -> Answer {
        guard
            let name = turn.string(.user).map({ $0.hasPrefix("@") ? String($0.dropFirst()) : $0 })
                ?? turn.string(.recipient).map({ String($0.drop { $0 == "@" }) })
        else {
            return ask(SocialText.whoToBefriend, for: .user, &turn)
        }
        guard let friend = Self.normalizedUser(name), friend != turn.user else {
            return Answer(turn.say(SocialText.cannotBefriend(name)))
        }
        let added = try turn.commerce.befriend(turn.user, friend)
        let friends = try turn.commerce.friends(of: turn.user)
        return Answer(
            turn.say(added ? SocialText.nowFriends(friend) : SocialText.alreadyFriends(friend)),
            data: .object(["friends": .array(friends.map(JSONValue.string))]))
    }

    func listFriends(_ turn: Turn) throws -> Answer {
        let friends = try turn.commerce.friends(of: turn.user)
        let text = turn.say(friends.isEmpty ? SocialText.noFriends : SocialText.friends(friends))
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
    static func storedRecipient(_ recipient: String, _ commerce: Commerce, sender: String? = nil, said: String = "") throws -> String {
        // "给相亲相爱一家人发个红包", "send it to trio": a name that is no user but starts exactly one
        // chat group's name is that group.
        if recipient.hasPrefix("@") {
            let name = String(recipient.dropFirst())
            guard try !commerce.userExists(name) else { return recipient }
            // "发给我妈" with 妈妈 a user: the words a family member is called by.
            for kin in kinNames[name] ?? [] where try commerce.userExists(kin) { return "@" + kin }
            let groups = try commerce.groupNames(startingWith: name)
            return groups.count == 1 ? "#" + groups[0] : recipient
        }
        guard recipient.hasPrefix("#") else { return recipient }
        let name = String(recipient.dropFirst())
        // "发到我们宿舍群": the group is 宿舍, as it was made.
        let owned = ["我们的", "我们", "咱们的", "咱们", "我的", "咱", "our ", "my "].first(where: name.hasPrefix).map {
            String(name.dropFirst($0.count))
        }
        let names = [name] + (owned.map { [$0] } ?? [])
        let candidates = names.flatMap { [$0, $0 + "群"] } + (groupAliases[name] ?? []).flatMap { [$0 + "群", $0] }
        for candidate in candidates where try !commerce.groupMembers(candidate).isEmpty {
            return "#" + candidate
        }
        // "给周三篮球队群发个红包": a group of the sender's own whose whole name was said, though
        // the reading cut it short (周三 read as a day).
        if let sender, !said.isEmpty {
            let own = try commerce.groups(of: sender)
            let named = own.filter { said.contains($0) && $0.hasSuffix(name) }
            if let longest = named.max(by: { $0.count < $1.count }) { return "#" + longest }
            // "队群里发个红包" in 周三篮球队: the one group of the sender's own whose name ends so.
            let ending = own.filter { $0.hasSuffix(name) || $0.hasSuffix(name + "群") }
            if ending.count == 1 { return "#" + ending[0] }
        }
        return recipient
    }

    /// A chat group the words name when the reading found no recipient: one of the sender's
    /// groups whose whole name was said ("再发一个5块的红包给三人行"), else the Chinese words that
    /// open the message up to 群 when a group has that name ("别人的群发个20块红包").
    static func groupSaid(_ turn: Turn) throws -> String? {
        let own = try turn.commerce.groups(of: turn.user).filter { $0.count >= 2 && turn.text.contains($0) }
        if let longest = own.max(by: { $0.count < $1.count }) { return "#" + longest }
        guard let end = turn.text.firstIndex(of: "群"), case let name = String(turn.text[...end]), name.count >= 2,
            name.unicodeScalars.allSatisfy(Language.isHan), try !turn.commerce.groupMembers(name).isEmpty
        else { return nil }
        return "#" + name
    }

    /// How a family member is said (我妈 read as 妈) and the names their account may have.
    static let kinNames: [String: [String]] = [
        "妈": ["妈妈", "老妈", "我妈", "母亲"], "老妈": ["妈妈", "妈", "我妈"], "我妈": ["妈妈", "老妈", "妈"],
        "爸": ["爸爸", "老爸", "我爸", "父亲"], "老爸": ["爸爸", "爸", "我爸"], "我爸": ["爸爸", "老爸", "爸"],
        "妈妈": ["老妈", "我妈", "妈"], "爸爸": ["老爸", "我爸", "爸"],
    ]

    /// Chinese names a group is often made under, for the English name the engine gives it.
    static let groupAliases = ["family": ["家人", "家庭", "家族", "亲人", "家里人", "相亲相爱一家人", "家"]]

    func shareProduct(_ turn: inout Turn) throws -> Answer {
        let product: Product
        switch try resolveOne(&turn, question: SocialText.whichToShare) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.parse.slots[.product] = .string(product.sku)
        guard
            let recipient = try Self.recipient(turn.string(.recipient)).map({
                try Self.storedRecipient($0, turn.commerce, sender: turn.user, said: turn.text)
            })
        else {
            return ask(SocialText.shareWithWhom(product), for: .recipient, &turn)
        }
        // The reply's intent names the recipient as the store knows it (#开黑群 of "发到开黑群里").
        turn.parse.slots[.recipient] = .string(recipient)
        let code = try freshShareCode(turn.commerce)
        let share = try turn.commerce.share(sku: product.sku, from: turn.user, to: recipient, code: code)
        turn.session.focus = [product.sku]
        return Answer(
            turn.say(SocialText.shared(product, recipient: recipient, reached: share.reached, code: code)),
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
        let from = (turn.string(.user) ?? turn.string(.recipient)).flatMap { name in
            Self.normalizedUser(name.hasPrefix("@") ? String(name.dropFirst()) : name)
        }
        let share = try turn.commerce.openShare(code: turn.string(.code), from: from, user: turn.user)
        guard let product = try turn.commerce.product(sku: share.sku) else { throw CommerceError.unknownProduct(share.sku) }
        turn.session.focus = [product.sku]
        turn.session.results = [product.sku]
        return Answer(
            turn.say(SocialText.sharedWithYou(from: share.sharer, product, try catalogNames(turn, store: product.store))),
            data: .object([
                "share": .object(["code": .string(share.code), "sku": .string(share.sku), "from": .string(share.sharer)]),
                "product": .product(product),
            ]))
    }

    func shareStats(_ turn: Turn) throws -> Answer {
        let stats = try turn.commerce.shareStats(of: turn.user)
        return Answer(
            turn.say(SocialText.shareStats(stats)),
            data: .object([
                "shares": .object([
                    "sent": .int(stats.sent), "opened": .int(stats.opened), "converted": .int(stats.converted),
                    "rewards": .int(stats.rewards),
                ])
            ]))
    }

    func showFeed(_ turn: Turn) throws -> Answer {
        let feed = try turn.commerce.feed(of: turn.user)
        let data = JSONValue.object([
            "feed": .array(
                feed.map {
                    .object([
                        "user": .string($0.user), "text": .string($0.text), "sku": .string($0.sku),
                        "at": .string(ClockArgument.format($0.at)),
                    ])
                })
        ])
        guard !feed.isEmpty else { return Answer(turn.say(SocialText.feedEmpty), data: data) }
        return Answer(turn.say(SocialText.feed(try feed.map { try Self.feedLine($0, turn.commerce, turn.lang) })), data: data)
    }

    func showInbox(_ turn: Turn) throws -> Answer {
        let items = try turn.commerce.inbox(of: turn.user)
        let data = JSONValue.object([
            "inbox": .array(
                items.map {
                    .object([
                        "kind": .string($0.kind), "text": .string($0.text), "at": .string(ClockArgument.format($0.at)),
                        "silent": .bool($0.silent),
                    ])
                })
        ])
        guard !items.isEmpty else { return Answer(turn.say(SocialText.inboxEmpty), data: data) }
        return Answer(
            turn.say(SocialText.inbox(try items.map { try Self.inboxLine($0, user: turn.user, turn.commerce, turn.lang) })), data: data)
    }

    func setMarketing(_ turn: Turn, muted: Bool) throws -> Answer {
        try turn.commerce.setMuted(turn.user, muted)
        return Answer(
            turn.say(muted ? SocialText.muted : SocialText.unmuted),
            data: .object(["muted": .bool(muted)]))
    }

    /// A line of the friends' feed in `lang`. The feed gives each line in English, with the
    /// product's SKU; in Chinese it is written again with the product's Chinese name.
    static func feedLine(_ item: (user: String, text: String, sku: String, at: Date), _ commerce: Commerce, _ lang: Language) throws
        -> FeedLine
    {
        guard lang != .en else { return .asGiven(item.text) }
        let product = try commerce.product(sku: item.sku)?.name(lang) ?? item.sku
        // "alice posted Midea Rice Cooker 4L to Moments (share K7Q2XM)" or "bob bought …".
        if item.text.hasPrefix("\(item.user) posted "), item.text.hasSuffix(")"),
            let open = item.text.range(of: " (share ", options: .backwards)
        {
            return .post(
                user: item.user, product: product, code: String(item.text[open.upperBound..<item.text.index(before: item.text.endIndex)]))
        }
        if item.text.hasPrefix("\(item.user) bought ") { return .purchase(user: item.user, product: product) }
        return .asGiven(item.text)
    }

    /// An inbox message in `lang`, written again from the details its push carried, as the push
    /// was (`eventText`). English, and rows stored before details were, keep the words they
    /// arrived with.
    static func inboxLine(_ item: InboxItem, user: String, _ commerce: Commerce, _ lang: Language) throws -> InboxLine {
        guard lang != .en, !item.fields.isEmpty else { return .asStored(item.text) }
        // A deal whose coupon is gone would read as a price drop of nothing.
        if item.kind == "store.new_deal", case .text(let code)? = item.fields.first(where: { $0.0 == "coupon" })?.1,
            try commerce.coupon(code: code) == nil
        {
            return .asStored(item.text)
        }
        let event = try eventText(Notice(name: item.kind, user: user, fields: item.fields), commerce, lang)
        if case .other = event { return .asStored(item.text) }
        return .event(event)
    }
}

// MARK: Declarations

extension IntentSpec {
    static let friendAdd = IntentSpec(
        .friendAdd, .acts, described: ("add a friend", "加好友"),
        answer: { conversation, turn, _ in try conversation.addFriend(&turn) })

    static let friendList = IntentSpec(
        .friendList, .looks, described: ("see your friends", "看好友列表"),
        answer: { conversation, turn, _ in try conversation.listFriends(turn) })

    static let shareProduct = IntentSpec(
        .shareProduct, .acts, described: ("share a product", "分享商品"),
        answer: { conversation, turn, _ in try conversation.shareProduct(&turn) })

    static let shareOpen = IntentSpec(
        .shareOpen, .acts, described: ("open a share", "打开分享"),
        answer: { conversation, turn, _ in try conversation.openShare(&turn) })

    static let shareStats = IntentSpec(
        .shareStats, .looks, described: ("see how your shares are doing", "看分享效果"),
        answer: { conversation, turn, _ in try conversation.shareStats(turn) })

    static let feedShow = IntentSpec(
        .feedShow, .looks, described: ("see what your friends are buying", "看朋友们在买什么"),
        answer: { conversation, turn, _ in try conversation.showFeed(turn) })

    static let inboxShow = IntentSpec(
        .inboxShow, .looks, described: ("read your messages", "看消息"), next: { _, _ in [.grab] },
        answer: { conversation, turn, _ in try conversation.showInbox(turn) })

    static let marketingMute = IntentSpec(
        .marketingMute, .acts, described: ("stop friends' promotions", "屏蔽朋友的推广"),
        answer: { conversation, turn, _ in try conversation.setMarketing(turn, muted: true) })

    static let marketingUnmute = IntentSpec(
        .marketingUnmute, .acts, described: ("allow friends' promotions again", "恢复朋友的推广"),
        answer: { conversation, turn, _ in try conversation.setMarketing(turn, muted: false) })
}
