import ShopIntents

/// Small talk, help, accounts and the shop's language: what isn't about one purchase.
enum ChatText: Phrasebook {
    case thanks, goodbye, nothingToConfirm, ok, nothingToCancel, forgotten, fallback, help
    case welcomeFirst(user: String)
    case hello(user: String)
    case whoami(user: String)
    case gatewayDecides(user: String, requested: String)
    case loggedIn(user: String, firstTime: Bool)
    case gatewayNoLogout(user: String)
    case loggedOut(user: String)
    case languageSet(Language)
    case whichLanguage

    func text(_ lang: Language) -> String {
        switch self {
        case .thanks: lang.pick("You're welcome! Anything else I can find for you?", "不客气！还想找点什么吗？")
        case .goodbye: lang.pick("Bye for now! Your cart will be here when you come back.", "回头见！购物车给你留着。")
        case .nothingToConfirm: lang.pick("There's nothing waiting for a yes right now.", "现在没有需要确认的事。")
        case .ok: lang.pick("OK.", "好的。")
        case .nothingToCancel: lang.pick("OK, nothing to cancel.", "好的，没有要取消的。")
        case .forgotten: lang.pick("OK, let's forget that.", "好的，那就算了。")
        case .fallback:
            lang.pick(
                "Sorry, I can't help with that. I can search products, manage your cart, check out and track orders — say \"help\" to see how.",
                "抱歉，这个我帮不上忙。我可以帮你找商品、管购物车、下单和查物流，说“帮助”看看怎么用。")
        case .help: lang.pick(Self.helpEnglish, Self.helpChinese)
        case .welcomeFirst(let user):
            lang.pick(
                "Hi \(user), welcome to shopchat! A welcome coupon is in your account — say \"show my coupons\". What are you shopping for today?",
                "\(user)你好，欢迎来到shopchat！新人券已经放进你的账户了，说“我的优惠券”就能看到。今天想买点什么？")
        case .hello(let user):
            lang.pick(
                "Hi \(user)! What are you shopping for today? Try \"search rice cooker under 300\" or \"what's on sale today\".",
                "\(user)你好！今天想买点什么？试试“搜300以下的电饭煲”或者“今天有什么优惠”。")
        case .whoami(let user): lang.pick("You're \(user).", "你是\(user)。")
        case .gatewayDecides(let user, let requested):
            lang.pick(
                "You're \(user) here — your chat app decides who you are, so I can't switch you to \(requested).",
                "你在这里的身份是\(user)，由聊天应用决定，我没法把你换成\(requested)。")
        case .loggedIn(let user, let firstTime):
            firstTime
                ? lang.pick("You're logged in as \(user). Welcome to shopchat — glad you're here!", "已登录为\(user)。欢迎来到shopchat，很高兴见到你！")
                : lang.pick("You're logged in as \(user). Welcome back!", "已登录为\(user)。欢迎回来！")
        case .gatewayNoLogout(let user):
            lang.pick(
                "You're \(user) here — your chat app decides who you are, so there's nothing to log out of.",
                "你在这里的身份是\(user)，由聊天应用决定，不需要退出登录。")
        case .loggedOut(let user): lang.pick("\(user) is logged out. You're browsing as guest now.", "\(user)已退出登录，现在以游客身份浏览。")
        case .languageSet(let chosen):
            chosen == .zh ? "好的，以后都用中文回复你。" : "OK, I'll reply in English from now on."
        case .whichLanguage: lang.pick("Which language would you like: English or Chinese?", "你想用哪种语言：中文还是英文？")
        }
    }

    static let helpEnglish = """
        Here's what I can do:
          • find things: "search rice cooker under 300", "any xiaomi phones?", "搜索电饭煲", "what's on sale today"
          • tell you more: "tell me more about the second one", "compare the first two"
          • your cart: "add 2 of the first one", "make it 3", "remove the socks", "what's in my cart"
          • buy: "check out", then "yes" to place the order; "how much with my coupon?"; "show my orders", "where is order 1001", "cancel order 1001"
          • where it goes: "add address: 88 Jianguo Road, Beijing", "my addresses", "send it to my office instead", "make office my default"
          • after you buy: "I want to return the rice cooker", "the price dropped, can I get the difference?"; "what flash sales are on", "grab the first one"
          • coupons and points: "show my coupons", "any coupons for me?", "use 500 points", "how many points do I have", "check in" (daily points)
          • with friends: "share this with @bob", "send a ¥20 red envelope to the family group split 5 ways", "grab the red envelope", "start a group buy for this", "help me cut the price" (friends bargain it down)
          • stores: "open the xiaomi store", "follow this store", "what's on sale today"; "how much money do I have left" for your wallet
          • you: "who am I", "stop friends' promotions", "说中文" to switch to Chinese
        """

    static let helpChinese = """
        我能帮你：
          • 找商品：“搜300以下的电饭煲”“有小米手机吗”“今天有什么优惠”
          • 看详情：“第二个详细说说”“对比一下前两个”
          • 购物车：“第一个来两件”“改成3件”“把袜子删了”“看看购物车”
          • 下单：说“结算”，再说“确认”就下单；“用券后多少钱”；“我的订单”“订单1001到哪了”“取消订单1001”
          • 收货地址：“添加地址 北京市朝阳区建国路88号”“我的地址”“改寄到公司”“默认地址改成公司”
          • 售后和秒杀：“电饭煲坏了要退货”“价保”；“今天有秒杀吗”“抢第一个”
          • 优惠券和积分：“我的优惠券”“有券领吗”“用500积分”“我有多少积分”“签到”（每天领积分）
          • 和朋友一起：“分享给@bob”“给家人群发个20块的红包分5个”“抢红包”“发起拼团”“帮我砍一刀”
          • 店铺：“打开小米店”“关注这家店”；“我钱包还剩多少钱”看钱包
          • 其他：“我是谁”“别给我推广告了”，说“用英文回复”换成英文
        """

    static let samples: [ChatText] = [
        .thanks, .goodbye, .nothingToConfirm, .ok, .nothingToCancel, .forgotten, .fallback, .help, .welcomeFirst(user: "小明"),
        .hello(user: "小明"), .whoami(user: "小明"), .gatewayDecides(user: "小明", requested: "小红"), .loggedIn(user: "小明", firstTime: true),
        .loggedIn(user: "小明", firstTime: false), .gatewayNoLogout(user: "小明"), .loggedOut(user: "小明"), .languageSet(.zh), .whichLanguage,
    ]
}
