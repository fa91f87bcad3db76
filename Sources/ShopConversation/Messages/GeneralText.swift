import ShopIntents

/// What the shop says when a request can't be taken at all.
enum GeneralText: Phrasebook {
    case forbidden
    case badUser(String)
    case failed(reference: String)
    case catalogBusy

    func text(_ lang: Language) -> String {
        switch self {
        case .forbidden:
            lang.pick("Operator commands are for the operator only; nothing was changed.", "这是店铺管理员的命令，你没有权限，什么都没改。")
        case .badUser(let name):
            lang.pick("\"\(name)\" isn't a user name: 1 to 32 letters, digits, - _ or . only.", "“\(name)”不是有效的用户名：只能用1到32个字母、数字或 - _ .")
        case .failed(let reference):
            lang.pick(
                "Something went wrong on our side; nothing was changed. Reference \(reference).",
                "抱歉，我们这边出了点问题，什么都没改。问题编号 \(reference)。")
        case .catalogBusy:
            lang.pick(
                "The shop is updating its catalog right now; nothing was changed. Please try again in a minute.",
                "店铺正在更新商品目录，什么都没改。请过一分钟再试。")
        }
    }

    static let samples: [GeneralText] = [.forbidden, .badUser("张三!"), .failed(reference: "R-0000ABCD"), .catalogBusy]
}
