import ShopIntents

/// A quick reply (PROTOCOL.md §3 `suggestions`): a short utterance the engine understands, in
/// both languages, with the intent it must be understood as (a test says each one is).
enum Suggestion: CaseIterable, Sendable {
    case yes, no, checkOut, showCart, quote, addFirst, detailsFirst, compareFirstTwo, theFirstOne, theSecondOne
    case addIt, reviews, shareIt, groupBuy, deals, categories, myCoupons, myOrders, trackOrder, grab, searchExample
    case followStore, points, usePoints, help

    func text(_ lang: Language) -> String {
        switch self {
        case .yes: lang.pick("yes", "确认")
        case .no: lang.pick("no", "算了")
        case .checkOut: lang.pick("check out", "结算")
        case .showCart: lang.pick("what's in my cart", "看看购物车")
        case .quote: lang.pick("how much with my coupon?", "用券后多少钱")
        case .addFirst: lang.pick("add the first one", "第一个加入购物车")
        case .detailsFirst: lang.pick("tell me more about the first one", "看看第一个的详情")
        case .compareFirstTwo: lang.pick("compare the first two", "对比一下前两个")
        case .theFirstOne: lang.pick("the first one", "第一个")
        case .theSecondOne: lang.pick("the second one", "第二个")
        case .addIt: lang.pick("add it to my cart", "加入购物车")
        case .reviews: lang.pick("what do my friends say about it", "看看评价")
        case .shareIt: lang.pick("share it with my friends", "分享给朋友")
        case .groupBuy: lang.pick("start a group buy for this", "发起拼团")
        case .deals: lang.pick("what's on sale today", "今天有什么优惠")
        case .categories: lang.pick("what do you sell", "都卖些什么")
        case .myCoupons: lang.pick("show my coupons", "我的优惠券")
        case .myOrders: lang.pick("show my orders", "我的订单")
        case .trackOrder: lang.pick("where is my order", "订单到哪了")
        case .grab: lang.pick("grab the red envelope", "抢红包")
        case .searchExample: lang.pick("search rice cooker", "搜电饭煲")
        case .followStore: lang.pick("follow this store", "关注这家店")
        case .points: lang.pick("how many points do I have", "我有多少积分")
        case .usePoints: lang.pick("use 500 points", "用500积分")
        case .help: lang.pick("what can you do", "你能做什么")
        }
    }

    /// What the engine must understand it as (nil: an answer to a question, not an intent).
    var intent: IntentName? {
        switch self {
        case .yes: .confirm
        case .no: .deny
        case .checkOut: .checkout
        case .showCart: .cartShow
        case .quote: .cartQuote
        case .addFirst, .addIt: .cartAdd
        case .detailsFirst: .productShow
        case .compareFirstTwo: .productCompare
        case .theFirstOne, .theSecondOne: nil
        case .reviews: .productReviews
        case .shareIt: .shareProduct
        case .groupBuy: .groupbuyStart
        case .deals: .catalogDeals
        case .categories: .catalogCategories
        case .myCoupons: .couponList
        case .myOrders: .orderList
        case .trackOrder: .orderTrack
        case .grab: .redpacketGrab
        case .searchExample: .catalogSearch
        case .followStore: .storeSubscribe
        case .points: .pointsShow
        case .usePoints: .pointsRedeem
        case .help: .help
        }
    }
}
