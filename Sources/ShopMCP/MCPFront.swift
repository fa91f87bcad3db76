import Foundation
import Logging
import MCP
import ShopChat

/// `shopchat mcp`: the shop as a Model Context Protocol server on stdin and stdout, for one
/// shopper's AI assistant (docs/channels-mcp.md). Each tool call is one structured turn of the
/// engine: the same rules, one transaction, exact money.
///
/// Who shops is the process's: the conversation's current user. Only an operator host (the
/// `--operator` flag) may name another shopper with a tool's `user` argument; no tool reaches
/// operator commands.
public struct MCPFront: Sendable {
    private let turns: TurnQueue
    private let operatorHost: Bool
    private let defaultLanguage: Language
    private let logger: Logger
    /// The store, read once at start for its categories (the search tool's description).
    private let database: any ShopDatabase
    private let startedAt: Date

    /// Serves `conversation`; it must not be used elsewhere afterwards. Its user-switching and
    /// operator rights are withdrawn: an assistant's words never change who shops.
    public init(conversation: sending Conversation, operatorHost: Bool, logger: Logger = Logger(label: "shopchat.mcp")) {
        conversation.allowsUserSwitching = false
        conversation.allowsOperatorCommands = false
        defaultLanguage = conversation.defaultLanguage
        let now = conversation.clock.now()
        database = conversation.database
        startedAt = now
        turns = TurnQueue(conversation)
        self.operatorHost = operatorHost
        self.logger = logger
    }

    /// Serves until stdin ends and every request read has been answered; requests are handled
    /// one at a time, in the order they came.
    public func run() async throws {
        let server = Server(
            name: "shopchat", version: "1.0.0", title: "shopchat",
            instructions:
                "A shop: search the catalog, fill the cart, check out (checkout, then complete_checkout), track orders, coupons. Money is integer fen (100 fen = ¥1).",
            capabilities: .init(tools: .init(listChanged: false)))
        let now = startedAt
        let categories = (try? await database.asyncRead { tx in try Commerce(tx, now: now).categories().map(\.category) }) ?? []
        let tools = ShopTool.allCases.map { $0.definition(operatorHost: operatorHost, categories: categories) }
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools) }
        await server.withMethodHandler(CallTool.self) { call in try await self.call(call) }
        let transport = InOrderTransport(logger: logger)
        try await server.start(transport: transport)
        await server.waitUntilCompleted()
        await transport.untilAnswered()
        await server.stop()
    }

    /// One tool call. An unknown tool is a protocol error (JSON-RPC invalid params); bad
    /// arguments and the shop's refusals are results with `isError` that the model can read and
    /// correct (MCP 2025-11-25, tool execution errors). None of them changes anything.
    func call(_ call: CallTool.Parameters) async throws -> CallTool.Result {
        guard let tool = ShopTool(rawValue: call.name) else {
            throw MCPError.invalidParams("Unknown tool: \(call.name.prefix(64))")
        }
        var values = call.arguments ?? [:]
        var user: String?
        if let named = values.removeValue(forKey: "user") {
            guard operatorHost else {
                return ToolResult.refusal(ArgumentError(problem: .userNotAllowed(tool: tool.rawValue)), lang: defaultLanguage)
            }
            guard case .string(let name) = named else {
                return ToolResult.refusal(ArgumentError(problem: .notText("user")), lang: defaultLanguage)
            }
            user = name
        }
        var turn: StructuredTurn
        do throws(ArgumentError) {
            turn = try tool.turn(ToolArguments(values, for: tool.parameters(), tool: tool.rawValue))
        } catch {
            return ToolResult.refusal(error, lang: defaultLanguage)
        }
        turn.user = user
        // A turn that fails inside the engine is logged there, with the reference the result carries.
        return ToolResult.make(await turns.perform(turn))
    }
}
