import Foundation
import ShopCommerce
import ShopIntents

/// What the shop says about bargains (砍价, PROTOCOL.md §9).
enum BargainText: Phrasebook {
    case whichProduct
    case whichBargain
    case started(Bargain)
    case cut(Bargain, amount: Int64)
    case preview(Bargain, total: Int64, shipping: Int64)
    case bought(Bargain, order: Int64, total: Int64)
    case notBought
    case noBargain
    case floorSet(Product, floor: Int64)
    case usage

    func text(_ lang: Language) -> String {
        switch self {
        case .whichProduct: return lang.pick("Which product would you like friends to cut the price of?", "想让朋友帮你砍哪件商品？")
        case .whichBargain: return lang.pick("Which bargain? Say its code, like \"cut B3\".", "砍哪个？说砍价编号，比如“砍一刀B3”。")
        case .started(let bargain):
            let name = Self.name(bargain, lang)
            let until = Date(timeIntervalSince1970: TimeInterval(bargain.expiresAt))
            return lang.pick(
                "Bargain \(bargain.code) for \(name): \(Money.format(bargain.price)) now (list \(Money.format(bargain.listPrice))); friends can cut it down to \(Money.format(bargain.floor)) until \(ClockArgument.format(until)). Send them \"cut \(bargain.code)\", then say \"buy it at the bargain price\".",
                "砍价\(bargain.code)：\(name)，现价\(Money.format(bargain.price))（原价\(Money.format(bargain.listPrice))），好友最低可砍到\(Money.format(bargain.floor))，\(Coupon.chineseDate(until))前有效。把“砍一刀\(bargain.code)”发给好友，砍好了说“按砍后价购买”。"
            )
        case .cut(let bargain, let amount):
            let name = Self.name(bargain, lang)
            let atFloor = bargain.price == bargain.floor
            return lang.pick(
                "You cut \(Money.format(amount)) off \(bargain.starter)'s \(name): now \(Money.format(bargain.price))\(atFloor ? ", the lowest it goes" : " (it can go down to \(Money.format(bargain.floor)))").",
                "你帮\(bargain.starter)砍掉了\(Money.format(amount))！\(name)现价\(Money.format(bargain.price))\(atFloor ? "，已经砍到底价了" : "（最低\(Money.format(bargain.floor))）")。"
            )
        case .preview(let bargain, let total, let shipping):
            let name = Self.name(bargain, lang)
            let ship = Self.shippingWords(shipping, lang)
            return lang.pick(
                "Bargain \(bargain.code): 1 × \(name) at \(Money.format(bargain.price)) (list \(Money.format(bargain.listPrice)), \(bargain.cuts.count) \(bargain.cuts.count == 1 ? "friend" : "friends") cut), \(ship), total \(Money.format(total)). Buy it? (yes / no)",
                "砍价\(bargain.code)：\(name) ×1，砍后价\(Money.format(bargain.price))（原价\(Money.format(bargain.listPrice))，\(bargain.cuts.count)位好友帮砍），\(ship)，共\(Money.format(total))。确认购买吗？（确认 / 算了）"
            )
        case .bought(let bargain, let order, let total):
            let name = Self.name(bargain, lang)
            return lang.pick(
                "Bought! Order \(order): 1 × \(name) at the bargain price, \(Money.format(total)) in all.",
                "下单成功！订单\(order)：\(name) ×1，砍后价，共\(Money.format(total))。")
        case .notBought: return lang.pick("OK, not bought; the bargain stays open until it ends.", "好的，先不买，砍价到期前都还可以买。")
        case .noBargain: return lang.pick("You haven't started a bargain. Try \"start a bargain for this\".", "你还没有发起砍价。试试说“这个帮我砍一刀”。")
        case .floorSet(let product, let floor):
            return floor == 0
                ? lang.pick(
                    "\(product.name) [\(product.sku)] can no longer be bargained for.", "\(product.name(lang)) [\(product.sku)] 不再参加砍价。")
                : lang.pick(
                    "\(product.name) [\(product.sku)] can be bargained down to \(Money.format(floor)).",
                    "\(product.name(lang)) [\(product.sku)] 可砍价，最低\(Money.format(floor))。")
        case .usage:
            return lang.pick(
                "Usage: /bargain SKU FEN (the floor, below the list price; 0 ends bargains on it).",
                "用法：/bargain SKU 底价（单位是分，低于标价；0表示不再参加砍价）。")
        }
    }

    static func refusal(_ refusal: BargainRefusal, _ lang: Language) -> String {
        switch refusal {
        case .notABargainProduct(let name, let zh):
            return lang.pick("\(name) can't be bargained for.", "\(zh.isEmpty ? name : zh)不参加砍价。")
        case .dailyLimit(let limit):
            return lang.pick("You've started \(limit) bargains today, the daily limit.", "你今天已经发起了\(limit)次砍价，到上限了。")
        case .unknown(let code): return lang.pick("There's no bargain \(code).", "没有\(code)这个砍价。")
        case .ownBargain: return lang.pick("That's your own bargain: your friends cut it, not you.", "这是你自己发起的砍价，要请好友来砍。")
        case .notAFriend(let starter):
            return lang.pick("Only \(starter)'s friends can cut that bargain.", "只有\(starter)的好友才能帮砍。")
        case .alreadyCut(let code): return lang.pick("You've already cut bargain \(code) — once each.", "你已经帮\(code)砍过一刀了，每人只能砍一次。")
        case .atFloor(let code):
            return lang.pick("Bargain \(code) is already at its lowest price.", "\(code)已经砍到底价了。")
        case .expired(let code): return lang.pick("Bargain \(code) has ended (24 hours are up).", "\(code)的砍价已经结束了（超过24小时）。")
        case .alreadyBought(let code, _):
            return lang.pick("Bargain \(code) has already been bought.", "\(code)已经按砍后价买过了。")
        case .notYours(let code):
            return lang.pick("Bargain \(code) isn't yours: only its starter can buy at its price.", "\(code)不是你发起的，只有发起人能按砍后价购买。")
        case .floorNotBelowList(let list):
            return lang.pick(
                "A bargain floor must be below the list price (\(Money.format(list))). Nothing was changed.",
                "砍价底价必须低于标价（\(Money.format(list))）。什么都没改。")
        }
    }

    static func name(_ bargain: Bargain, _ lang: Language) -> String {
        lang == .zh && !bargain.nameZh.isEmpty ? bargain.nameZh : bargain.name
    }

    static let sample = Bargain(
        id: 3, sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", starter: "小明", listPrice: 25_900, floor: 19_900,
        price: 23_456, createdAt: 1_800_000_000, expiresAt: 1_800_086_400, order: nil, cuts: [.init(user: "小红", amount: 2_444)])

    static let samples: [BargainText] = {
        var floor = sample
        floor.price = floor.floor
        let cooker = Product(
            sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", brand: "Midea", category: "kitchen", store: "midea",
            price: 25_900,
            stock: 10)
        return [
            .whichProduct, .whichBargain, .started(sample), .cut(sample, amount: 2_444), .cut(floor, amount: 100),
            .preview(sample, total: 23_456, shipping: 0), .bought(sample, order: 1002, total: 23_456), .notBought, .noBargain,
            .floorSet(cooker, floor: 19_900), .floorSet(cooker, floor: 0), .usage,
        ]
    }()
}
