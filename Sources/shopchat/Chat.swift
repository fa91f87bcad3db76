import ArgumentParser
import Foundation
import Logging
import ShopChat

/// The default mode: a REPL on a terminal, plain text in a pipe, JSON Lines with `--json`.
struct Chat: ParsableCommand {
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

    mutating func run() throws {
        Logs.start(level: .error)
        let conversation = try openConversation()
        if json {
            // A gateway says who speaks; its users' words never switch users or run commands.
            conversation.allowsUserSwitching = false
            conversation.allowsOperatorCommands = `operator`
            JSONFront(conversation: conversation).run()
        } else if Terminal.isInteractive {
            let color = !options.noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            Repl(conversation: conversation, color: color).run()
        } else {
            PipeFront(conversation: conversation).run()
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
