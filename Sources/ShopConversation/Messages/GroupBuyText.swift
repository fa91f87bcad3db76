import ShopCommerce
import ShopIntents

/// What the shop says about group buys (拼团).
enum GroupBuyText: Phrasebook {
    case whichProduct
    case started(group: String, product: Product, price: Int64)
    case noneOpen
    case completed(group: String, product: String, price: Int64)
    case joined(group: String, product: String, needed: Int)

    func text(_ lang: Language) -> String {
        switch self {
        case .whichProduct: lang.pick("Which product should the group buy be for?", "要拼哪件商品？")
        case .started(let group, let product, let price):
            lang.pick(
                "Group buy \(group) started for \(product.name) at \(Money.format(price)) (usually \(Money.format(product.price))). It completes when \(GroupBuy.size) people join within 24 hours — tell friends to say \"join the group buy \(group)\".",
                "拼团\(group)开团啦：\(product.name(lang))拼团价\(Money.format(price))（原价\(Money.format(product.price))）。24小时内凑齐\(GroupBuy.size)人就成团，快叫好友说“参加拼团\(group)”。"
            )
        case .noneOpen: lang.pick("There's no open group buy to join right now.", "现在没有可以参加的拼团。")
        case .completed(let group, let product, let price):
            lang.pick(
                "You joined \(group) and completed it! Everyone buys \(product) at \(Money.format(price)); your order is placed.",
                "你加入了拼团\(group)，拼团成功！每人以\(Money.format(price))买到\(product)，订单已生成。")
        case .joined(let group, let product, let needed):
            lang.pick("You joined group buy \(group) for \(product). \(needed) more to go.", "已参加拼团\(group)（\(product)），还差\(needed)人成团。")
        }
    }

    static var samples: [GroupBuyText] {
        [
            .whichProduct, .started(group: "G1", product: .sample, price: 23310), .noneOpen,
            .completed(group: "G1", product: "美的电饭煲 4L", price: 23310), .joined(group: "G1", product: "美的电饭煲 4L", needed: 1),
        ]
    }
}
