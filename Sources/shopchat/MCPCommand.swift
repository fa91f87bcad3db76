import ArgumentParser
import Logging
import ShopChat
import ShopMCP

/// `shopchat mcp`: a Model Context Protocol server over stdio for one shopper's AI assistant
/// (docs/channels-mcp.md). stdout carries the protocol only; logs go to stderr.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mcp", abstract: "Serve the Model Context Protocol over stdio.")

    @OptionGroup var options: CommonOptions

    @Flag(
        help:
            "The MCP host is the operator: every tool also takes a `user` argument and may act for any shopper. Never for a host that runs one shopper's assistant."
    )
    var `operator` = false

    func run() async throws {
        Logs.start(level: .warning)
        let conversation: Conversation
        do {
            conversation = try options.openConversation()
        } catch {
            throw ValidationError("can't open the store: \(error)")
        }
        try await MCPFront(conversation: conversation, operatorHost: `operator`).run()
    }
}
