import ShopCommerce
import ShopIntents

/// What the shop says about friends, shares (分享), the friends' feed (朋友圈), the inbox and
/// marketing pushes.
enum SocialText: Phrasebook {
    case whoToBefriend
    case cannotBefriend(String)
    case nowFriends(String)
    case alreadyFriends(String)
    case noFriends
    case friends([String])
    case whichToShare
    case shareWithWhom(Product)
    /// `recipient` as stored: "@bob", "#家人群", "friends" (`reached` of them) or "moments".
    case shared(Product, recipient: String, reached: Int, code: String)
    case sharedWithYou(from: String, Product, CatalogNames)
    case shareStats(ShareStats)
    case feedEmpty
    case feed([FeedLine])
    case inboxEmpty
    case inbox([InboxLine])
    case muted
    case unmuted

    func text(_ lang: Language) -> String {
        switch self {
        case .whoToBefriend: lang.pick("Who would you like to add as a friend?", "要加谁为好友？")
        case .cannotBefriend(let name): lang.pick("\"\(name)\" isn't someone I can add as your friend.", "没法把“\(name)”加为你的好友。")
        case .nowFriends(let friend): lang.pick("You and \(friend) are friends now.", "你和\(friend)现在是好友啦。")
        case .alreadyFriends(let friend): lang.pick("You and \(friend) are already friends.", "你和\(friend)本来就是好友。")
        case .noFriends:
            lang.pick("You have no friends here yet — say \"add bob as a friend\".", "你在这儿还没有好友，说“加bob为好友”试试。")
        case .friends(let names): lang.pick("Your friends: \(names.joined(separator: ", ")).", "你的好友：\(names.joined(separator: "、"))。")
        case .whichToShare: lang.pick("Which product would you like to share?", "要分享哪件商品？")
        case .shareWithWhom(let product):
            lang.pick(
                "Who should I share \(product.name) with? A friend (@bob), a group (#family), your friends or your moments.",
                "\(product.name(lang))要分享给谁？可以发给某个好友（@bob）、某个群（#家人群）、所有好友，或者发朋友圈。")
        case .shared(let product, let recipient, let reached, let code):
            lang.pick(
                "Shared \(product.name) with \(Self.whom(recipient, reached: reached)). Share code \(code). You earn \(Commerce.shareReward) points when it leads to a purchase.",
                "\(Self.sharedZh(product.name(lang), recipient, reached: reached))，分享码\(code)。有人通过分享下单，你就能得\(Commerce.shareReward)积分。")
        case .sharedWithYou(let from, let product, let names):
            lang.pick("\(from) shared this with you:\n", "\(from)给你分享了：\n") + CatalogText.details(product, names, lang)
        case .shareStats(let stats):
            lang.pick(
                "Your shares: \(stats.sent) sent, \(stats.opened) opened, \(stats.converted) bought. Rewards earned: \(stats.rewards) points.",
                "你的分享：共分享\(stats.sent)次，被打开\(stats.opened)次，带来\(stats.converted)笔购买，累计获得\(stats.rewards)积分。")
        case .feedEmpty: lang.pick("Nothing from your friends yet.", "好友们还没有动态。")
        case .feed(let lines): lang.pick("From your friends:\n", "好友动态：\n") + lines.map { "  • \($0.text(lang))" }.joined(separator: "\n")
        case .inboxEmpty: lang.pick("Your inbox is empty.", "暂时没有新消息。")
        case .inbox(let lines): lang.pick("Your messages:\n", "你的消息：\n") + lines.map { "  • \($0.text(lang))" }.joined(separator: "\n")
        case .muted:
            lang.pick(
                "Done: friends' shares will wait quietly in your inbox instead of being pushed to you.",
                "好的，好友分享的商品不再推送给你，会悄悄放在你的消息里。")
        case .unmuted: lang.pick("Done: you'll hear about friends' shares again.", "好的，好友的分享又会推送给你了。")
        }
    }

    /// "your Moments", "your 3 friends", "@bob".
    static func whom(_ recipient: String, reached: Int) -> String {
        switch recipient {
        case "moments": "your Moments"
        case "friends": "your \(reached) friend\(reached == 1 ? "" : "s")"
        default: recipient
        }
    }

    /// "已把美的电饭煲 4L发到朋友圈" / "…分享给3位好友" / "…分享给@bob" / "…分享到#家人群".
    static func sharedZh(_ product: String, _ recipient: String, reached: Int) -> String {
        switch recipient {
        case "moments": "已把\(product)发到朋友圈"
        case "friends": "已把\(product)分享给好友们（\(reached)人）"
        case let group where group.hasPrefix("#"): "已把\(product)分享到\(group)"
        default: "已把\(product)分享给\(recipient)"
        }
    }

    static var samples: [SocialText] {
        let cooker = Product.sample
        return [
            .whoToBefriend, .cannotBefriend("小明!!"), .nowFriends("bob"), .alreadyFriends("bob"), .noFriends, .friends(["bob", "carol"]),
            .whichToShare, .shareWithWhom(cooker), .shared(cooker, recipient: "@bob", reached: 1, code: "K7Q2XM"),
            .shared(cooker, recipient: "friends", reached: 3, code: "K7Q2XM"),
            .shared(cooker, recipient: "moments", reached: 3, code: "K7Q2XM"),
            .shared(cooker, recipient: "#家人群", reached: 4, code: "K7Q2XM"), .sharedWithYou(from: "alice", cooker, .sample),
            .shareStats(ShareStats(sent: 3, opened: 2, converted: 1, rewards: 100)), .feedEmpty,
            .feed([.post(user: "alice", product: "美的电饭煲 4L", code: "K7Q2XM"), .purchase(user: "bob", product: "小猫袜子")]), .inboxEmpty,
            .inbox([
                .event(.shareReceived(from: "alice", product: "美的电饭煲 4L", code: "K7Q2XM")),
                .event(.redpacketReceived(from: "bob", packet: 3, amount: 2000, count: 5)),
            ]),
            .muted, .unmuted,
        ]
    }
}

/// One line of the friends' feed: a post to Moments, a purchase, or (in English, or a line of
/// a form not known here) the words the feed gave.
enum FeedLine: Sendable {
    case post(user: String, product: String, code: String)
    case purchase(user: String, product: String)
    case asGiven(String)

    func text(_ lang: Language) -> String {
        switch self {
        case .post(let user, let product, let code):
            lang.pick("\(user) posted \(product) to Moments (share \(code))", "\(user)把\(product)发到了朋友圈（分享码\(code)）")
        case .purchase(let user, let product): lang.pick("\(user) bought \(product)", "\(user)买了\(product)")
        case .asGiven(let text): text
        }
    }
}

/// One inbox message: written again from the details its push carried, or the words it was
/// stored with (in English, and for rows stored before their details were).
enum InboxLine: Sendable {
    case event(EventText)
    case asStored(String)

    func text(_ lang: Language) -> String {
        switch self {
        case .event(let event): event.text(lang)
        case .asStored(let text): text
        }
    }
}
