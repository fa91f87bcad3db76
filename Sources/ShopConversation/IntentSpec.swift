import ShopIntents

/// Everything the conversation knows about one intent, declared once beside its handler: how it
/// is answered, how a "did you mean…?" question names it, what it does to a preview waiting for
/// a yes, and what the shopper might say next. ``IntentName/spec`` finds it; its switch has no
/// default, so an intent added without a declaration does not compile.
struct IntentSpec: Sendable {
    /// What an intent does to a checkout or red envelope waiting for a yes (PROTOCOL.md §9).
    enum Effect: Sendable {
        /// Only looks: the preview keeps waiting, still showing what yes would do.
        case looks
        /// Changes the cart: the preview is made again, of exactly the new cart.
        case changesCart
        /// Changes where a purchase ships: the preview keeps waiting, to go there.
        case changesAddress
        /// Anything else: the preview is dropped.
        case acts
    }

    /// What a checkout previewed again already had (coupons chosen, points used).
    struct Preview {
        var coupons: [String]?
        var points: Int64
    }

    typealias Handler = @Sendable (Conversation, inout Turn, Preview) throws -> Answer
    typealias Next = @Sendable (Turn, Answer) -> [Suggestion]

    let name: IntentName
    let effect: Effect
    /// The intent in the shopper's words, English and Chinese ("see your points", "查看积分").
    let described: (en: String, zh: String)
    /// Quick replies after it, when nothing waits (``Suggestions``).
    let next: Next
    let answer: Handler

    init(
        _ name: IntentName, _ effect: Effect, described: (en: String, zh: String), next: @escaping Next = { _, _ in [] },
        answer: @escaping Handler
    ) {
        self.name = name
        self.effect = effect
        self.described = described
        self.next = next
        self.answer = answer
    }
}

extension IntentName {
    /// This intent's declaration.
    var spec: IntentSpec {
        switch self {
        case .greeting: .greeting
        case .help: .help
        case .thanks: .thanks
        case .goodbye: .goodbye
        case .confirm: .confirm
        case .deny: .deny
        case .cancel: .cancel
        case .fallback: .fallback
        case .accountLogin: .accountLogin
        case .accountLogout: .accountLogout
        case .accountWhoami: .accountWhoami
        case .catalogSearch: .catalogSearch
        case .catalogCategories: .catalogCategories
        case .catalogDeals: .catalogDeals
        case .productShow: .productShow
        case .productCompare: .productCompare
        case .productReviews: .productReviews
        case .reviewWrite: .reviewWrite
        case .cartAdd: .cartAdd
        case .cartRemove: .cartRemove
        case .cartUpdate: .cartUpdate
        case .cartShow: .cartShow
        case .cartClear: .cartClear
        case .checkout: .checkout
        case .orderList: .orderList
        case .orderTrack: .orderTrack
        case .orderCancel: .orderCancel
        case .orderPriceProtect: .orderPriceProtect
        case .orderReturn: .orderReturn
        case .flashList: .flashList
        case .flashBuy: .flashBuy
        case .bargainStart: .bargainStart
        case .bargainCut: .bargainCut
        case .bargainBuy: .bargainBuy
        case .addressAdd: .addressAdd
        case .addressList: .addressList
        case .addressDefault: .addressDefault
        case .addressRemove: .addressRemove
        case .addressUse: .addressUse
        case .couponList: .couponList
        case .couponClaim: .couponClaim
        case .couponApply: .couponApply
        case .pointsShow: .pointsShow
        case .pointsRedeem: .pointsRedeem
        case .pointsCheckin: .pointsCheckin
        case .walletShow: .walletShow
        case .cartQuote: .cartQuote
        case .languageSet: .languageSet
        case .friendAdd: .friendAdd
        case .friendList: .friendList
        case .shareProduct: .shareProduct
        case .shareOpen: .shareOpen
        case .shareStats: .shareStats
        case .feedShow: .feedShow
        case .inboxShow: .inboxShow
        case .redpacketSend: .redpacketSend
        case .redpacketGrab: .redpacketGrab
        case .redpacketShow: .redpacketShow
        case .groupbuyStart: .groupbuyStart
        case .groupbuyJoin: .groupbuyJoin
        case .storeShow: .storeShow
        case .storeSubscribe: .storeSubscribe
        case .storeUnsubscribe: .storeUnsubscribe
        case .storeList: .storeList
        case .marketingMute: .marketingMute
        case .marketingUnmute: .marketingUnmute
        }
    }
}
