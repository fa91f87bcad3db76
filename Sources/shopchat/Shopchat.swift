import ArgumentParser

/// `shopchat`: chat by default (REPL on a terminal, pipe otherwise, `--json` for programs).
struct Shopchat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shopchat",
        abstract: "Shop where you chat: search, cart, checkout, coupons, red envelopes and more.",
        subcommands: [
            Chat.self, ParseCommand.self, TestCommand.self, ImportCommand.self, StatsCommand.self, ServeCommand.self, WeChatCommand.self,
            MCPCommand.self, BenchCommand.self, EvalCommand.self,
        ],
        defaultSubcommand: Chat.self)
}
