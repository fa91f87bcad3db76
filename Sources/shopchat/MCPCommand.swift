import ArgumentParser
import ShopMCP

/// `shopchat mcp`: a Model Context Protocol server over stdio for AI assistants (PROTOCOL.md, MCP).
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mcp", abstract: "Serve the Model Context Protocol over stdio.")

    func run() throws {
        throw ValidationError("shopchat mcp is not built yet")
    }
}
