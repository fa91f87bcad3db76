import ShopIntents

/// Intents in the shopper's words, for "Do you want to see your points, or use them?".
struct ChoiceText: Phrasebook {
    let options: [IntentName]

    func text(_ lang: Language) -> String {
        let described = options.map { Self.describe($0, lang) }
        return lang.pick(
            "Do you want to \(described.dropLast().joined(separator: ", ")), or \(described.last ?? "")?",
            "你是想\(described.dropLast().joined(separator: "、"))，还是\(described.last ?? "")？")
    }

    static func describe(_ intent: IntentName, _ lang: Language) -> String {
        switch intent {
        case .catalogSearch: lang.pick("search the catalog", "搜商品")
        case .productShow: lang.pick("see a product's details", "看商品详情")
        case .cartAdd: lang.pick("add something to your cart", "加入购物车")
        case .cartRemove: lang.pick("remove something from your cart", "从购物车删东西")
        case .cartUpdate: lang.pick("change a quantity in your cart", "改购物车里的数量")
        case .cartShow: lang.pick("see your cart", "看购物车")
        case .cartClear: lang.pick("empty your cart", "清空购物车")
        case .checkout: lang.pick("check out", "结算")
        case .orderCancel: lang.pick("cancel an order", "取消订单")
        case .orderTrack: lang.pick("track an order", "查订单物流")
        case .orderList: lang.pick("see your orders", "看我的订单")
        case .cancel: lang.pick("cancel what we were doing", "取消刚才的操作")
        case .cartQuote: lang.pick("see what your cart would cost", "算算购物车用券后多少钱")
        case .walletShow: lang.pick("see your wallet", "看钱包余额")
        case .pointsShow: lang.pick("see your points", "查看积分")
        case .pointsCheckin: lang.pick("check in for today's points", "签到领积分")
        case .orderPriceProtect: lang.pick("claim a price drop on an order", "申请价保")
        case .orderReturn: lang.pick("return something you bought", "申请退货")
        case .flashList: lang.pick("see the flash sales", "看看秒杀")
        case .flashBuy: lang.pick("buy in a flash sale", "抢购秒杀")
        case .bargainStart: lang.pick("start a bargain with friends", "发起砍价")
        case .bargainCut: lang.pick("cut a friend's bargain", "帮好友砍一刀")
        case .bargainBuy: lang.pick("buy at your bargain price", "按砍后价购买")
        case .addressAdd: lang.pick("add a delivery address", "添加收货地址")
        case .addressList: lang.pick("see your addresses", "看收货地址")
        case .addressDefault: lang.pick("change your default address", "改默认地址")
        case .addressRemove: lang.pick("delete an address", "删除地址")
        case .addressUse: lang.pick("send this order somewhere else", "换个地址寄")
        case .pointsRedeem: lang.pick("pay with points", "用积分抵扣")
        case .couponList: lang.pick("see your coupons", "看我的优惠券")
        case .couponApply: lang.pick("use a coupon", "用优惠券")
        case .couponClaim: lang.pick("claim a coupon", "领优惠券")
        case .groupbuyStart: lang.pick("start a group buy", "发起拼团")
        case .groupbuyJoin: lang.pick("join a group buy", "参加拼团")
        case .redpacketSend: lang.pick("send a red envelope", "发红包")
        case .redpacketGrab: lang.pick("grab a red envelope", "抢红包")
        case .redpacketShow: lang.pick("see who grabbed your red envelope", "看谁抢了红包")
        case .shareProduct: lang.pick("share a product", "分享商品")
        case .shareStats: lang.pick("see how your shares are doing", "看分享效果")
        case .storeShow: lang.pick("open a store", "逛店铺")
        case .storeSubscribe: lang.pick("follow a store", "关注店铺")
        case .storeUnsubscribe: lang.pick("unfollow a store", "取消关注店铺")
        case .catalogDeals: lang.pick("see today's deals", "看今日优惠")
        case .greeting: lang.pick("say hello", "打个招呼")
        case .help: lang.pick("hear what I can do", "看看我能做什么")
        case .thanks: lang.pick("say thanks", "说谢谢")
        case .goodbye: lang.pick("say goodbye", "说再见")
        case .confirm: lang.pick("say yes", "确认")
        case .deny: lang.pick("say no", "拒绝")
        case .fallback: lang.pick("ask something else", "问点别的")
        case .accountLogin: lang.pick("log in", "登录")
        case .accountLogout: lang.pick("log out", "退出登录")
        case .accountWhoami: lang.pick("check who you are", "看看我是谁")
        case .catalogCategories: lang.pick("see what we sell", "看看都卖什么")
        case .productCompare: lang.pick("compare products", "对比商品")
        case .productReviews: lang.pick("read reviews", "看评价")
        case .reviewWrite: lang.pick("write a review", "写评价")
        case .friendAdd: lang.pick("add a friend", "加好友")
        case .friendList: lang.pick("see your friends", "看好友列表")
        case .shareOpen: lang.pick("open a share", "打开分享")
        case .feedShow: lang.pick("see what your friends are buying", "看朋友们在买什么")
        case .inboxShow: lang.pick("read your messages", "看消息")
        case .storeList: lang.pick("see the stores you follow", "看关注的店铺")
        case .marketingMute: lang.pick("stop friends' promotions", "屏蔽朋友的推广")
        case .marketingUnmute: lang.pick("allow friends' promotions again", "恢复朋友的推广")
        case .languageSet: lang.pick("change the language I reply in", "换回复语言")
        }
    }

    static var samples: [ChoiceText] {
        IntentName.allCases.map { ChoiceText(options: [$0, .help]) }
    }
}
