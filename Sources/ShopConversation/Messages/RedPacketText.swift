import ShopCommerce
import ShopIntents

/// What the shop says about red envelopes (红包).
enum RedPacketText: Phrasebook {
    case notSent
    case howMuch
    case howManyShares
    /// The question before any money moves; `mode` is "lucky" or "equal".
    case preview(amount: Int64, count: Int64, mode: String, recipient: String)
    case sent(packet: Int64, amount: Int64, count: Int64, recipient: String, wallet: Int64)
    case nothingToGrab
    case grabbed(amount: Int64, sender: String, packet: Int64, wallet: Int64)
    case noneSent
    /// Who grabbed how much, in the order they grabbed.
    case status(packet: Int64, sender: String, amount: Int64, count: Int64, grabs: [Grab], refunded: Int64)

    /// One grab of a red envelope, as the status lists it.
    struct Grab: Sendable {
        var user: String
        var amount: Int64
    }

    func text(_ lang: Language) -> String {
        switch self {
        case .notSent: lang.pick("OK, I didn't send the red envelope. Nothing was charged.", "好的，红包没发，钱没扣。")
        case .howMuch: lang.pick("How much would you like to put in the red envelope?", "红包要包多少钱？")
        case .howManyShares: lang.pick("How many people can grab it?", "红包分几个？")
        case .preview(let amount, let count, let mode, let recipient):
            lang.pick(
                "Send a red envelope of \(Money.format(amount)) to \(recipient), \(count) share\(count == 1 ? "" : "s"), \(mode == "equal" ? "split evenly" : "lucky split")? Your wallet pays it. (yes / no)",
                "给\(Self.recipientZh(recipient))发\(count == 1 ? "一个\(Money.format(amount))的红包" : "\(Money.format(amount))的\(mode == "equal" ? "普通红包（均分）" : "拼手气红包")，共\(count)个")？从钱包扣款。（发 / 不发）"
            )
        case .sent(let packet, let amount, let count, let recipient, let wallet):
            lang.pick(
                "Sent red envelope R\(packet): \(Money.format(amount)) to \(recipient), \(count) share\(count == 1 ? "" : "s"). Your wallet: \(Money.format(wallet)).",
                "红包R\(packet)已发给\(Self.recipientZh(recipient))：\(Money.format(amount))\(count == 1 ? "" : "，共\(count)个")。钱包余额\(Money.format(wallet))。"
            )
        case .nothingToGrab: lang.pick("There's no red envelope for you to grab right now.", "现在没有能抢的红包。")
        case .grabbed(let amount, let sender, let packet, let wallet):
            lang.pick(
                "You grabbed \(Money.format(amount)) from \(sender)'s red envelope R\(packet)! Your wallet: \(Money.format(wallet)).",
                "抢到\(sender)的红包R\(packet)：\(Money.format(amount))！钱包余额\(Money.format(wallet))。")
        case .noneSent: lang.pick("You haven't sent a red envelope yet.", "你还没发过红包。")
        case .status(let packet, let sender, let amount, let count, let grabs, let refunded):
            lang.pick(
                "Red envelope R\(packet) from \(sender): \(Money.format(amount)), \(grabs.count) of \(count) grabbed.",
                "\(sender)的红包R\(packet)：\(Money.format(amount))，共\(count)个，已抢\(grabs.count)个。")
                + grabs.enumerated().map { "\n  \($0.offset + 1). \($0.element.user) — \(Money.format($0.element.amount))" }.joined()
                + (refunded > 0
                    ? lang.pick(
                        "\n\(Money.format(refunded)) went back to \(sender) after 24 hours.",
                        "\n剩下的\(Money.format(refunded))超过24小时没人抢，已退回给\(sender)。")
                    : "")
        }
    }

    /// Whom a red envelope goes to, in Chinese: 好友们, 朋友圈; "@bob" and "#家人群" as they are.
    static func recipientZh(_ recipient: String) -> String {
        switch recipient {
        case "friends": "好友们"
        case "moments": "朋友圈"
        default: recipient
        }
    }

    static let samples: [RedPacketText] = [
        .notSent, .howMuch, .howManyShares,
        .preview(amount: 2000, count: 3, mode: "lucky", recipient: "#家人群"),
        .preview(amount: 1000, count: 3, mode: "equal", recipient: "friends"),
        .preview(amount: 880, count: 1, mode: "lucky", recipient: "@bob"),
        .sent(packet: 1, amount: 2000, count: 3, recipient: "#家人群", wallet: 48000),
        .sent(packet: 2, amount: 880, count: 1, recipient: "@bob", wallet: 47120),
        .nothingToGrab, .grabbed(amount: 667, sender: "alice", packet: 1, wallet: 50667), .noneSent,
        .status(
            packet: 1, sender: "alice", amount: 2000, count: 3,
            grabs: [.init(user: "bob", amount: 1234), .init(user: "carol", amount: 500)], refunded: 0),
        .status(packet: 1, sender: "alice", amount: 3000, count: 2, grabs: [.init(user: "bob", amount: 1800)], refunded: 1200),
    ]
}
