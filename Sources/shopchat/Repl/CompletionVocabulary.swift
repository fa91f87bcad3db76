/// The fixed things Tab knows: operator commands (PROTOCOL.md §6) and words the shop understands.
enum CompletionVocabulary {
    static let commands = [
        "/help", "/quit", "/as", "/clock", "/seed", "/import", "/stock", "/price", "/flash", "/bargain", "/wallet", "/reset",
        "/befriend", "/group", "/coupon", "/give", "/stats",
    ]

    /// Words and short phrases that start the common requests, English then Chinese; kept short
    /// because the list is shown whole when Tab is pressed on an empty line.
    static let words = [
        "help", "search", "add", "remove", "cart", "check out", "orders", "track order", "cancel order", "return", "flash sales",
        "start a bargain",
        "coupons", "claim coupon", "use coupon", "points", "deals", "categories", "compare", "reviews",
        "share", "red envelope", "grab the red envelope", "group buy", "join the group buy", "friends",
        "inbox", "moments", "subscribe", "unfollow", "yes", "no", "log in as", "log out", "who am I",
        "搜索", "加入购物车", "我的购物车", "我的优惠券", "分享给朋友", "发个红包", "抢红包", "订阅这家店", "退货", "秒杀", "帮我砍一刀",
    ]
}
