import ArgumentParser
import ShopWeChat

/// `shopchat wechat`: the WeChat Official Account message push server (PROTOCOL.md, WeChat).
struct WeChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wechat", abstract: "Serve a WeChat Official Account's message push.")

    func run() throws {
        throw ValidationError("shopchat wechat is not built yet")
    }
}
