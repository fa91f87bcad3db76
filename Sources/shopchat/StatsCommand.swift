import ArgumentParser
import Foundation
import ShopChat

/// `shopchat stats`: the entrance's funnel for the operator.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Show the funnel: opening, conversion, retention, sharing.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Print data.stats as one JSON object.")
    var json = false

    func run() async throws {
        let conversation = try options.openConversation()
        // `--lang` decides, not the operator's chat language nor the word "stats".
        let reply = await conversation.handle(Request(text: "/stats", lang: options.language))
        print(json ? (reply.data["stats"] ?? .null).jsonText : reply.text)
    }
}
