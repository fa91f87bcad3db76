import ArgumentParser
import Foundation
import ShopIntents

/// Runs the command line, mapping argument errors to exit status 2 as PROTOCOL.md §1 asks.
@main
enum Main {
    static func main() async {
        // Training the intent model takes a core for ~25 ms; begun before the arguments are
        // parsed, it overlaps with that and with opening the store (`shopchat parse hi` 3–4 ms
        // sooner). Commands that never read a message skip it.
        if !Self.readsNoMessages.contains(CommandLine.arguments.dropFirst().first ?? "") {
            IntentEngine.startTraining()
        }
        do {
            var command = try Shopchat.parseAsRoot()
            // The servers (serve, wechat, mcp) are async; the terminal and pipe modes run on this thread.
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Shopchat.exitCode(for: error)
            let message = Shopchat.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// First arguments of commands that build no intent engine.
    static let readsNoMessages: Set = ["import", "stats", "--version", "--help", "-h", "help"]
}
