import ArgumentParser
import Foundation
import Logging
import ShopChat
import ShopWeChat

/// `shopchat wechat`: the WeChat Official Account message push server (docs/channels-wechat.md).
struct WeChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wechat", abstract: "Serve a WeChat Official Account's message push.")

    @OptionGroup var options: CommonOptions

    @Option(help: "The Token set in the Official Account's console; it signs every request.")
    var token: String

    @Option(help: "Safe mode: the console's EncodingAESKey (43 characters); needs --app-id.")
    var encodingAesKey: String?

    @Option(help: "Safe mode: the account's AppID, which every encrypted message must carry.")
    var appId: String?

    @Option(help: "Address to bind.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(help: "The URL path WeChat posts to.")
    var path = "/wechat"

    @Option(help: "A file of `KEY = utterance` lines: what each CLICK menu button says.")
    var menu: String?

    @Option(help: "Turns that run at once, each with a conversation of its own (users' turns stay in order).")
    var workers = 16

    @Option(
        help:
            "Seconds a message waits for its reply before it is answered `success` and the reply goes with the next message (WeChat waits 5)."
    )
    var replyTimeout = WeChatConfiguration.defaultReplySeconds

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (1...128).contains(token.utf8.count), token.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw ValidationError("--token must be 1 to 128 printable ASCII characters without spaces")
        }
        guard (encodingAesKey == nil) == (appId == nil) else {
            throw ValidationError("safe mode needs both --encoding-aes-key and --app-id")
        }
        if let appId, !(1...64).contains(appId.utf8.count) { throw ValidationError("--app-id must be 1 to 64 characters") }
        guard path.hasPrefix("/"), path.utf8.count <= 256, !path.contains(where: { $0.isWhitespace || $0 == "?" }) else {
            throw ValidationError("--path must start with / and hold no spaces or ?")
        }
        guard (1...1024).contains(workers) else { throw ValidationError("--workers must be 1 to 1024") }
        guard replyTimeout > 0, replyTimeout <= 4.8 else { throw ValidationError("--reply-timeout must be over 0 and at most 4.8 seconds") }
    }

    /// WeChat's users are mostly Chinese speakers: unless `--lang` is given, a reply whose
    /// language nothing else decides (PROTOCOL.md §4a) is Chinese.
    var language: Language {
        let given = CommandLine.arguments.contains { $0 == "--lang" || $0.hasPrefix("--lang=") }
        return given ? options.language : .zh
    }

    func run() async throws {
        Logs.start(level: Logger.Level(rawValue: logLevel) ?? .info)
        let logger = Logger(label: "shopchat.wechat")
        let configuration = try makeConfiguration()
        let conversation = try options.openConversation()
        conversation.defaultLanguage = language
        let front = WeChatFront(
            template: conversation.template, workers: workers, salt: UInt64.random(in: 0...UInt64.max), menu: configuration.menu,
            replySeconds: replyTimeout, language: language, logger: logger)
        let host = host
        // Stops on SIGTERM or SIGINT: no new requests, those in flight answered.
        try await WeChatHTTP(configuration: configuration, front: front, logger: logger).run { port in
            // Written straight to the descriptor so a parent process reads it at once.
            Terminal.write("shopchat wechat serving on \(host):\(port)\n")
        }
        await front.finish()
    }

    func makeConfiguration() throws -> WeChatConfiguration {
        let menu: WeChatMenu
        do {
            menu = try self.menu.map { try WeChatMenu(contentsOf: $0) } ?? WeChatMenu()
        } catch {
            throw ValidationError("--menu: \(error)")
        }
        var cipher: WeChatCipher?
        if let encodingAesKey, let appId {
            do {
                cipher = try WeChatCipher(encodingAESKey: encodingAesKey, appID: appId)
            } catch {
                throw ValidationError("--encoding-aes-key: \(error)")
            }
        }
        return WeChatConfiguration(
            host: host, port: port, path: path, token: token, cipher: cipher, menu: menu, workers: workers, replySeconds: replyTimeout)
    }
}
