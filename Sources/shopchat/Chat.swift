import ArgumentParser
import Foundation
import Logging
import ShopChat

/// The default mode: a REPL on a terminal, plain text in a pipe, JSON Lines with `--json`.
struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Chat with the shop (the default: REPL on a terminal, pipe otherwise).")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Speak the JSON Lines protocol on stdin/stdout (PROTOCOL.md §3).")
    var json = false

    @Flag(help: "With --json: the client is the operator and may run operator commands. Never for a gateway relaying users' words.")
    var `operator` = false

    func validate() throws {
        if `operator` && !json { throw ValidationError("--operator goes with --json (the REPL and pipe are the operator's already)") }
    }

    mutating func run() async throws {
        Logs.start(level: .error)
        let conversation = try openConversation()
        await Self.front(conversation, json: json, operator: `operator`, noColor: options.noColor)
    }

    /// On the main thread: a front waits there for its next line (a terminal, a pipe), never on
    /// one of Swift's few cooperative threads, and awaits each turn of the conversation.
    @MainActor private static func front(_ conversation: sending Conversation, json: Bool, operator: Bool, noColor: Bool) async {
        if json {
            // A gateway says who speaks; its users' words never switch users or run commands.
            conversation.allowsUserSwitching = false
            conversation.allowsOperatorCommands = `operator`
            await JSONFront(conversation: conversation).run()
        } else if Terminal.isInteractive {
            let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            await Repl(conversation: conversation, color: color).run()
        } else {
            await PipeFront(conversation: conversation).run()
        }
    }

    func openConversation() throws -> Conversation {
        do {
            return try options.openConversation()
        } catch {
            throw ValidationError("can't open the store: \(error)")
        }
    }
}
