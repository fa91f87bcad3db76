import ShopCommerce
import ShopIntents

/// What the shop says about its micro-stores: a store's page, following and unfollowing.
enum StoreText: Phrasebook {
    case whichToOpen
    case page(StoreInfo, products: [Product], deals: [Product], coupons: [Coupon], following: Bool)
    case whichToFollow
    case whichToUnfollow
    case followed(StoreInfo)
    case alreadyFollowing(StoreInfo)
    case unfollowed(StoreInfo)
    case wasNotFollowing(StoreInfo)
    case following([StoreInfo])

    func text(_ lang: Language) -> String {
        switch self {
        case .whichToOpen: lang.pick("Which store would you like to open?", "想逛哪家店？")
        case .page(let store, let products, let deals, let coupons, let following):
            Self.page(store, products, deals, coupons, following, lang)
        case .whichToFollow: lang.pick("Which store would you like to follow?", "想关注哪家店？")
        case .whichToUnfollow: lang.pick("Which store would you like to unfollow?", "想取消关注哪家店？")
        case .followed(let store):
            lang.pick(
                "You follow \(store.name) now: its new coupons and price drops will land in your inbox.",
                "已关注\(store.name(lang))，店里有新券或降价会发到你的消息里。")
        case .alreadyFollowing(let store): lang.pick("You already follow \(store.name).", "你已经关注\(store.name(lang))了。")
        case .unfollowed(let store): lang.pick("You no longer follow \(store.name).", "已取消关注\(store.name(lang))。")
        case .wasNotFollowing(let store): lang.pick("You weren't following \(store.name).", "你还没关注\(store.name(lang))。")
        case .following(let stores):
            stores.isEmpty
                ? lang.pick("You don't follow any store yet.", "你还没关注任何店铺。")
                : lang.pick(
                    "You follow: \(stores.map(\.name).joined(separator: ", ")).",
                    "你关注的店铺：\(stores.map { $0.name(lang) }.joined(separator: "、"))。")
        }
    }

    /// The store's name, its products, deals and coupons, and whether the shopper follows it.
    /// Stores describe themselves in English only, so the Chinese page goes without.
    static func page(
        _ store: StoreInfo, _ products: [Product], _ deals: [Product], _ coupons: [Coupon], _ following: Bool, _ lang: Language
    ) -> String {
        switch lang {
        case .en:
            var text =
                "\(store.name)\(store.nameZh.isEmpty ? "" : " (\(store.nameZh))") — \(store.description)\n\(CatalogText.list(products, lang))"
            if !deals.isEmpty { text += "\nDeals: \(deals.map(\.name).joined(separator: ", "))." }
            if !coupons.isEmpty { text += "\nCoupons to claim: \(CatalogText.coupons(coupons, lang))." }
            text += following ? "\nYou follow this store." : "\nSay \"follow this store\" to hear about its deals."
            return text
        case .zh:
            var text = "\(store.name(lang))\n\(CatalogText.list(products, lang))"
            if !deals.isEmpty { text += "\n特价：\(deals.map { $0.name(lang) }.joined(separator: "、"))。" }
            if !coupons.isEmpty { text += "\n可领的券：\(CatalogText.coupons(coupons, lang))。" }
            text += following ? "\n你已关注这家店。" : "\n说“关注这家店”，有优惠第一时间告诉你。"
            return text
        }
    }

    static var samples: [StoreText] {
        let midea = StoreInfo(
            id: "midea", name: "Midea Official Store", nameZh: "美的官方旗舰店", description: "Kitchen and home appliances from Midea.")
        let xiaomi = StoreInfo(id: "xiaomi", name: "Xiaomi Official Store", nameZh: "小米官方旗舰店")
        let cooker = Product.sample
        let coupon = Coupon(code: "MIDEA30", kind: .threshold, minSpend: 19900, off: 3000, store: "midea")
        return [
            .whichToOpen, .page(midea, products: [cooker], deals: [cooker], coupons: [coupon], following: false),
            .page(midea, products: [cooker], deals: [], coupons: [], following: true), .whichToFollow, .whichToUnfollow, .followed(midea),
            .alreadyFollowing(midea), .unfollowed(midea), .wasNotFollowing(midea), .following([midea, xiaomi]), .following([]),
        ]
    }
}
