import ShopCommerce
import ShopIntents

/// Small talk, logging in and out, and the reply language: the intents that need no shop.
extension Conversation {
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

// MARK: Declarations

extension IntentSpec {
    static let greeting = IntentSpec(
        .greeting, .looks, described: ("say hello", "打个招呼"), next: Suggestions.opening,
        answer: { conversation, turn, _ in try conversation.greet(turn) })

    static let help = IntentSpec(
        .help, .looks, described: ("hear what I can do", "看看我能做什么"), next: Suggestions.opening,
        answer: { _, turn, _ in Answer(turn.say(ChatText.help)) })

    static let thanks = IntentSpec(
        .thanks, .looks, described: ("say thanks", "说谢谢"), next: Suggestions.opening,
        answer: { _, turn, _ in Answer(turn.say(ChatText.thanks)) })

    static let goodbye = IntentSpec(
        .goodbye, .acts, described: ("say goodbye", "说再见"),
        answer: { _, turn, _ in Answer(turn.say(ChatText.goodbye)) })

    static let confirm = IntentSpec(
        .confirm, .acts, described: ("say yes", "确认"), next: { _, answer in answer.data["order"] != nil ? [.trackOrder, .myOrders] : [] },
        answer: { _, turn, _ in Answer(turn.say(ChatText.nothingToConfirm)) })

    static let deny = IntentSpec(
        .deny, .acts, described: ("say no", "拒绝"),
        answer: { _, turn, _ in Answer(turn.say(ChatText.ok)) })

    static let cancel = IntentSpec(
        .cancel, .acts, described: ("cancel what we were doing", "取消刚才的操作"),
        answer: { _, turn, _ in Answer(turn.say(ChatText.nothingToCancel)) })

    static let fallback = IntentSpec(
        .fallback, .looks, described: ("ask something else", "问点别的"), next: Suggestions.opening,
        answer: { _, turn, _ in Answer(turn.say(ChatText.fallback)) })

    static let accountLogout = IntentSpec(
        .accountLogout, .acts, described: ("log out", "退出登录"),
        answer: { conversation, turn, _ in conversation.logOut(turn) })

    static let accountWhoami = IntentSpec(
        .accountWhoami, .looks, described: ("check who you are", "看看我是谁"),
        answer: { _, turn, _ in Answer(turn.say(ChatText.whoami(user: turn.user)), data: .object(["user": .string(turn.user)])) })

    static let accountLogin = IntentSpec(
        .accountLogin, .acts, described: ("log in", "登录"),
        answer: { conversation, turn, _ in try conversation.logIn(&turn) })

    static let languageSet = IntentSpec(
        .languageSet, .looks, described: ("change the language I reply in", "换回复语言"),
        answer: { conversation, turn, _ in try conversation.setLanguage(&turn) })
}
