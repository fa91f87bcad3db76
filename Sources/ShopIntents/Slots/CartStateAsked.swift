import ShopText

/// "购物车空了吧", "购物车是不是空了": whether the cart is empty, which showing it answers (read
/// whole: an add of nothing, which asked "add or clear?"). Not "清空购物车吧".
enum CartStateAsked {
    static func asks(_ text: String) -> Bool {
        guard text.contains("购物车"), text.contains("空"), !text.contains("清") else { return false }
        return isQuestion(text) || text.hasSuffix("空了")
    }

    /// A question mark, 是不是, or a closing 吧, 吗, 没, 不 or 呢.
    private static func isQuestion(_ text: String) -> Bool {
        if text.contains("?") || text.contains("？") || text.contains("是不是") { return true }
        guard let last = text.last(where: { !" ？?。！!~～".contains($0) }) else { return false }
        return "吧吗没不呢".contains(last)
    }
}
