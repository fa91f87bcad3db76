import ArgumentParser
import Foundation

/// Runs the command line, mapping argument errors to exit status 2 as PROTOCOL.md §1 asks.
@main
enum Main {
    static func main() async {
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
}
