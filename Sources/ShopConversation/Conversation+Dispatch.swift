import ShopCommerce
import ShopIntents

extension Conversation {
    func dispatch(_ turn: inout Turn, previewCoupons: [String]?, previewPoints: Int64) throws -> Answer {
        switch turn.parse.intent {
        case .greeting: return try greet(turn)
        case .help: return Answer(turn.say(ChatText.help))
        case .thanks: return Answer(turn.say(ChatText.thanks))
        case .goodbye: return Answer(turn.say(ChatText.goodbye))
        case .confirm: return Answer(turn.say(ChatText.nothingToConfirm))
        case .deny: return Answer(turn.say(ChatText.ok))
        case .cancel: return Answer(turn.say(ChatText.nothingToCancel))
        case .fallback: return Answer(turn.say(ChatText.fallback))
        case .languageSet: return try setLanguage(&turn)
        case .accountLogin: return try logIn(&turn)
        case .accountLogout: return logOut(turn)
        case .accountWhoami: return Answer(turn.say(ChatText.whoami(user: turn.user)), data: .object(["user": .string(turn.user)]))
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
        case .orderPriceProtect: return try previewPriceProtection(&turn)
        case .orderReturn: return try previewReturn(&turn)
        case .flashList: return try listFlashSales(&turn)
        case .flashBuy: return try previewFlashBuy(&turn)
        case .bargainStart: return try startBargain(&turn)
        case .bargainCut: return try cutBargain(&turn)
        case .bargainBuy: return try previewBargainBuy(&turn)
        case .addressAdd: return try addAddress(&turn)
        case .addressList: return try listAddresses(turn)
        case .addressDefault: return try makeDefaultAddress(&turn)
        case .addressRemove: return try removeAddress(&turn)
        case .addressUse: return try useAddress(&turn)
        case .couponList: return try listCoupons(turn)
        case .couponClaim: return try claimCoupon(&turn)
        case .pointsShow: return try showPoints(turn)
        case .pointsCheckin: return try checkIn(turn)
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

    func greet(_ turn: Turn) throws -> Answer {
        // Behind a gateway there is no logging in: a new user's first hello is their first visit,
        // and brings the welcome gifts.
        if !allowsUserSwitching, try turn.commerce.logIn(turn.user) {
            return Answer(
                turn.say(ChatText.welcomeFirst(user: turn.user)),
                data: .object(["user": .string(turn.user), "first_login": .bool(true)]))
        }
        return Answer(turn.say(ChatText.hello(user: turn.user)))
    }

    func logIn(_ turn: inout Turn) throws -> Answer {
        let requested = turn.string(.user).flatMap(Self.normalizedUser) ?? turn.user
        guard allowsUserSwitching || requested == turn.user else {
            // A gateway vouches for who speaks: the words can't make anyone someone else.
            let firstTime = try turn.commerce.logIn(turn.user)
            return Answer(
                turn.say(ChatText.gatewayDecides(user: turn.user, requested: requested)),
                data: .object(["user": .string(turn.user), "first_login": .bool(firstTime)]))
        }
        let firstTime = try turn.commerce.logIn(requested)
        switchUser(to: requested)
        return Answer(
            turn.say(ChatText.loggedIn(user: requested, firstTime: firstTime)),
            data: .object(["user": .string(requested), "first_login": .bool(firstTime)]))
    }

    func logOut(_ turn: Turn) -> Answer {
        guard allowsUserSwitching else {
            return Answer(turn.say(ChatText.gatewayNoLogout(user: turn.user)), data: .object(["user": .string(turn.user)]))
        }
        switchUser(to: "guest")
        return Answer(turn.say(ChatText.loggedOut(user: turn.user)), data: .object(["user": "guest"]))
    }

    /// "说中文", "reply in English": the user's choice, kept with their session, wins over the
    /// language they write in from this turn on (PROTOCOL.md §4a).
    func setLanguage(_ turn: inout Turn) throws -> Answer {
        guard let chosen = turn.string(.lang).flatMap(Language.init(named:)) else {
            return ask(ChatText.whichLanguage, for: .lang, &turn)
        }
        turn.session.language = chosen
        turn.lang = chosen
        return Answer(turn.say(ChatText.languageSet(chosen)), data: .object(["lang": .string(chosen.rawValue)]))
    }
}
