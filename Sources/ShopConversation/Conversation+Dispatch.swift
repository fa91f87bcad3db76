import ShopCommerce
import ShopIntents

extension Conversation {
    func dispatch(_ turn: inout Turn, previewCoupons: [String]?, previewPoints: Int64) throws -> Answer {
        switch turn.parse.intent {
        case .greeting: return try greet(turn)
        case .help: return Answer(Self.helpText)
        case .thanks: return Answer("You're welcome! Anything else I can find for you?")
        case .goodbye: return Answer("Bye for now! Your cart will be here when you come back.")
        case .confirm: return Answer("There's nothing waiting for a yes right now.")
        case .deny: return Answer("OK.")
        case .cancel: return Answer("OK, nothing to cancel.")
        case .fallback: return Answer(Self.fallbackText)
        case .accountLogin: return try logIn(&turn)
        case .accountLogout: return logOut(turn)
        case .accountWhoami: return Answer("You're \(turn.user).", data: .object(["user": .string(turn.user)]))
        case .catalogSearch: return try search(&turn)
        case .catalogCategories: return try categories(turn)
        case .catalogDeals: return try deals(&turn)
        case .productShow: return try showProduct(&turn)
        case .productCompare: return try compare(&turn)
        case .cartAdd: return try addToCart(&turn)
        case .cartRemove: return try removeFromCart(&turn)
        case .cartUpdate: return try updateCart(&turn)
        case .cartShow: return try showCart(&turn)
        case .cartClear: return try clearCart(turn)
        case .checkout, .couponApply, .pointsRedeem:
            return try previewCheckout(&turn, coupons: previewCoupons, points: previewPoints)
        case .orderList: return try listOrders(turn)
        case .orderTrack: return try trackOrder(&turn)
        case .orderCancel: return try cancelOrder(&turn)
        case .couponList: return try listCoupons(turn)
        case .couponClaim: return try claimCoupon(&turn)
        case .pointsShow: return try showPoints(turn)
        case .walletShow: return try showWallet(turn)
        case .cartQuote: return try quoteCart(&turn)
        case .productReviews: return try showReviews(&turn)
        case .reviewWrite: return try writeReview(&turn)
        case .friendAdd: return try addFriend(&turn)
        case .friendList: return try listFriends(turn)
        case .shareProduct: return try shareProduct(&turn)
        case .shareOpen: return try openShare(&turn)
        case .shareStats: return try shareStats(turn)
        case .feedShow: return try showFeed(turn)
        case .inboxShow: return try showInbox(turn)
        case .redpacketSend: return try previewRedPacket(&turn)
        case .redpacketGrab: return try grabRedPacket(&turn)
        case .redpacketShow: return try showRedPacket(&turn)
        case .groupbuyStart: return try startGroupBuy(&turn)
        case .groupbuyJoin: return try joinGroupBuy(&turn)
        case .storeShow: return try showStore(&turn)
        case .storeSubscribe: return try followStore(&turn, follow: true)
        case .storeUnsubscribe: return try followStore(&turn, follow: false)
        case .storeList: return try listFollowedStores(turn)
        case .marketingMute: return try setMarketing(turn, muted: true)
        case .marketingUnmute: return try setMarketing(turn, muted: false)
        }
    }

    /// A few words for "Did you mean to … or to …?".
    static func describe(_ intent: IntentName) -> String {
        switch intent {
        case .catalogSearch: "search the catalog"
        case .productShow: "see a product's details"
        case .cartAdd: "add something to your cart"
        case .cartRemove: "remove something from your cart"
        case .cartUpdate: "change a quantity in your cart"
        case .cartShow: "see your cart"
        case .cartClear: "empty your cart"
        case .checkout: "check out"
        case .orderCancel: "cancel an order"
        case .orderTrack: "track an order"
        case .orderList: "see your orders"
        case .cancel: "cancel what we were doing"
        case .cartQuote: "see what your cart would cost"
        case .walletShow: "see your wallet"
        case .pointsShow: "see your points"
        case .pointsRedeem: "pay with points"
        case .couponList: "see your coupons"
        case .couponApply: "use a coupon"
        case .couponClaim: "claim a coupon"
        case .groupbuyStart: "start a group buy"
        case .groupbuyJoin: "join a group buy"
        case .redpacketSend: "send a red envelope"
        case .redpacketGrab: "grab a red envelope"
        case .redpacketShow: "see who grabbed your red envelope"
        case .shareProduct: "share a product"
        case .shareStats: "see how your shares are doing"
        case .storeShow: "open a store"
        case .storeSubscribe: "follow a store"
        case .storeUnsubscribe: "unfollow a store"
        case .catalogDeals: "see today's deals"
        case .greeting: "say hello"
        case .help: "hear what I can do"
        case .thanks: "say thanks"
        case .goodbye: "say goodbye"
        case .confirm: "say yes"
        case .deny: "say no"
        case .fallback: "ask something else"
        case .accountLogin: "log in"
        case .accountLogout: "log out"
        case .accountWhoami: "check who you are"
        case .catalogCategories: "see what we sell"
        case .productCompare: "compare products"
        case .productReviews: "read reviews"
        case .reviewWrite: "write a review"
        case .friendAdd: "add a friend"
        case .friendList: "see your friends"
        case .shareOpen: "open a share"
        case .feedShow: "see what your friends are buying"
        case .inboxShow: "read your messages"
        case .storeList: "see the stores you follow"
        case .marketingMute: "stop friends' promotions"
        case .marketingUnmute: "allow friends' promotions again"
        }
    }

    static let helpText = """
        Here's what I can do:
          • find things: "search rice cooker under 300", "any xiaomi phones?", "搜索电饭煲", "what's on sale today"
          • tell you more: "tell me more about the second one", "compare the first two"
          • your cart: "add 2 of the first one", "make it 3", "remove the socks", "what's in my cart"
          • buy: "check out", then "yes" to place the order; "how much with my coupon?"; "show my orders", "where is order 1001", "cancel order 1001"
          • coupons and points: "show my coupons", "any coupons for me?", "use 500 points", "how many points do I have"
          • with friends: "share this with @bob", "send a ¥20 red envelope to the family group split 5 ways", "grab the red envelope", "start a group buy for this"
          • stores: "open the xiaomi store", "follow this store", "what's on sale today"; "how much money do I have left" for your wallet
          • you: "who am I", "stop friends' promotions"
        """

    static let fallbackText =
        "Sorry, I can't help with that. I can search products, manage your cart, check out and track orders — say \"help\" to see how."

    func greet(_ turn: Turn) throws -> Answer {
        // Behind a gateway there is no logging in: a new user's first hello is their first visit,
        // and brings the welcome gifts.
        if !allowsUserSwitching, try turn.commerce.logIn(turn.user) {
            return Answer(
                "Hi \(turn.user), welcome to shopchat! A welcome coupon is in your account — say \"show my coupons\". What are you shopping for today?",
                data: .object(["user": .string(turn.user), "first_login": .bool(true)]))
        }
        return Answer("Hi \(turn.user)! What are you shopping for today? Try \"search rice cooker under 300\" or \"what's on sale today\".")
    }

    func logIn(_ turn: inout Turn) throws -> Answer {
        let requested = turn.string("user").flatMap(Self.normalizedUser) ?? turn.user
        guard allowsUserSwitching || requested == turn.user else {
            // A gateway vouches for who speaks: the words can't make anyone someone else.
            let firstTime = try turn.commerce.logIn(turn.user)
            return Answer(
                "You're \(turn.user) here — your chat app decides who you are, so I can't switch you to \(requested).",
                data: .object(["user": .string(turn.user), "first_login": .bool(firstTime)]))
        }
        let firstTime = try turn.commerce.logIn(requested)
        switchUser(to: requested)
        let welcome = firstTime ? " Welcome to shopchat — glad you're here!" : " Welcome back!"
        return Answer("You're logged in as \(requested).\(welcome)", data: .object(["user": .string(requested), "first_login": .bool(firstTime)]))
    }

    func logOut(_ turn: Turn) -> Answer {
        guard allowsUserSwitching else {
            return Answer("You're \(turn.user) here — your chat app decides who you are, so there's nothing to log out of.", data: .object(["user": .string(turn.user)]))
        }
        switchUser(to: "guest")
        return Answer("\(turn.user) is logged out. You're browsing as guest now.", data: .object(["user": "guest"]))
    }
}
