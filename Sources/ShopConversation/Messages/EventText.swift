import ShopCommerce
import ShopIntents

/// The one sentence a push carries (PROTOCOL.md §3 events), in the receiver's language. Names
/// come already in that language.
enum EventText: Phrasebook {
    case redpacketReceived(from: String, packet: Int64, amount: Int64, count: Int64)
    case redpacketRefunded(packet: Int64, amount: Int64)
    case groupbuyCompleted(group: String, product: String, price: Int64, order: Int64)
    case bargainCut(from: String, code: String, product: String, amount: Int64, price: Int64)
    case priceDrop(store: String, product: String, price: Int64)
    case newCoupon(store: String, code: String, summary: String)
    case shareReceived(from: String, product: String, code: String)
    case shareConverted(buyer: String, product: String, code: String, reward: Int64)
    case orderPlaced(order: Int64, total: Int64)
    case orderCancelled(order: Int64, total: Int64)
    case other(String)

    func text(_ lang: Language) -> String {
        switch self {
        case .redpacketReceived(let from, let packet, let amount, let count):
            lang.pick(
                "\(from) sent a red envelope R\(packet) (\(Money.format(amount)), \(count) share\(count == 1 ? "" : "s")) — say \"grab the red envelope\".",
                "\(from)发了个红包R\(packet)（\(Money.format(amount))，共\(count)个），快说“抢红包”！")
        case .redpacketRefunded(let packet, let amount):
            lang.pick(
                "\(Money.format(amount)) of red envelope R\(packet) wasn't grabbed within 24 hours and is back in your wallet.",
                "红包R\(packet)有\(Money.format(amount))超过24小时没人抢，已退回你的钱包。")
        case .groupbuyCompleted(let group, let product, let price, let order):
            lang.pick(
                "Group buy \(group) is complete! You bought \(product) for \(Money.format(price)) (order \(order)).",
                "拼团\(group)成功啦！你以\(Money.format(price))买到了\(product)（订单\(order)）。")
        case .bargainCut(let from, let code, let product, let amount, let price):
            lang.pick(
                "\(from) cut \(Money.format(amount)) off your bargain \(code) (\(product)): now \(Money.format(price)).",
                "\(from)帮你砍掉了\(Money.format(amount))！砍价\(code)（\(product)）现价\(Money.format(price))。")
        case .priceDrop(let store, let product, let price):
            lang.pick(
                "Price drop at \(store): \(product) is now \(Money.format(price)).", "\(store)降价啦：\(product)现在只要\(Money.format(price))。")
        case .newCoupon(let store, let code, let summary):
            lang.pick(
                "New at \(store): coupon \(code), \(summary) — say \"claim \(code)\".", "\(store)上新券了：\(code)，\(summary)，说“领\(code)”就能领。")
        case .shareReceived(let from, let product, let code):
            lang.pick("\(from) shared \(product) with you — say \"open share \(code)\".", "\(from)给你分享了\(product)，说“打开分享\(code)”看看。")
        case .shareConverted(let buyer, let product, let code, let reward):
            lang.pick(
                "\(buyer) bought \(product) from your share \(code): you earned \(reward) points.",
                "\(buyer)通过你的分享\(code)买了\(product)，你获得\(reward)积分。")
        case .orderPlaced(let order, let total):
            lang.pick("Order \(order) is placed (\(Money.format(total))).", "订单\(order)已下单（\(Money.format(total))）。")
        case .orderCancelled(let order, let total):
            lang.pick("Order \(order) is cancelled; \(Money.format(total)) is refunded.", "订单\(order)已取消，\(Money.format(total))已退回。")
        case .other(let name): lang.pick("News for you (\(name)).", "你有一条新消息。")
        }
    }

    static let samples: [EventText] = [
        .redpacketReceived(from: "bob", packet: 3, amount: 2000, count: 5), .redpacketRefunded(packet: 3, amount: 500),
        .groupbuyCompleted(group: "G1", product: "美的电饭煲 4L", price: 23310, order: 1002),
        .bargainCut(from: "小红", code: "B3", product: "美的电饭煲 4L", amount: 2444, price: 23456),
        .priceDrop(store: "美的官方旗舰店", product: "美的电饭煲 4L", price: 19900),
        .newCoupon(store: "美的官方旗舰店", code: "MIDEA30", summary: "满199减30"),
        .shareReceived(from: "alice", product: "美的电饭煲 4L", code: "K7Q2XM"),
        .shareConverted(buyer: "bob", product: "美的电饭煲 4L", code: "K7Q2XM", reward: 50), .orderPlaced(order: 1001, total: 25900),
        .orderCancelled(order: 1001, total: 25900), .other("store.new_deal"),
    ]
}
