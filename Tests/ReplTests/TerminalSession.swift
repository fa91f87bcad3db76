import Foundation
import TestSupport

/// A program running in a detached tmux session, driven by keys and read off the screen.
///
/// Each session gets its own tmux server (a private socket, no user config), so tests run in
/// parallel and never touch a tmux the developer is using.
final class TerminalSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let socket: String
    private let tmux: String
    private static let session = "repl"

    /// Starts `command` in a 120×40 terminal with exactly `environment` (nothing inherited).
    init(_ command: [String], environment: [String: String]) throws {
        guard let tmux = Self.findTmux() else {
            throw Failure(description: "tmux is required for the REPL tests but was not found on PATH (apt-get install tmux)")
        }
        self.tmux = tmux
        socket = "shopchat-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let env = ["env", "-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // remain-on-exit keeps the pane after the program ends, so the test can see it has ended.
        // This call starts the tmux server, which keeps the client's stdout and stderr open: they
        // must not be pipes read to their end, or reading would wait for the server to exit.
        try run(
            ["new-session", "-d", "-s", Self.session, "-x", "120", "-y", "40"] + env + command
                + [";", "set-option", "-t", Self.session, "remain-on-exit", "on"], startsServer: true)
    }

    deinit { stop() }

    /// Kills the session and its server; safe to call more than once.
    func stop() {
        _ = try? run(["kill-server"])
    }

    /// Types `text` literally (UTF-8 included).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", Self.session, "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Up`, `Tab`, `C-c`, `C-d`, `C-r`.
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", Self.session] + keys)
    }

    /// The visible screen as text; with `escapes`, with its colours as escape sequences.
    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", Self.session] + (escapes ? ["-e"] : []))
    }

    /// True once the program has exited.
    func hasExited() throws -> Bool {
        try run(["display-message", "-p", "-t", Self.session, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until `condition` holds; fails with the last screen after `timeout`.
    @discardableResult
    func waitForScreen(
        _ what: String, timeout: Duration = .seconds(45), escapes: Bool = false, _ condition: (String) -> Bool
    ) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while clock.now < deadline {
            last = try screen(escapes: escapes)
            if condition(last) { return last }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    /// Waits until the line with the cursor (the last non-empty one) is exactly `line`.
    @discardableResult
    func waitForCurrentLine(_ line: String, timeout: Duration = .seconds(45)) async throws -> String {
        try await waitForScreen("the current line to be \"\(line)\"", timeout: timeout) { Self.currentLine(of: $0) == line }
    }

    /// Waits until the program has exited.
    func waitForExit(timeout: Duration = .seconds(45)) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if try hasExited() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "timed out waiting for the program to exit; the screen was:\n\(try screen())")
    }

    /// The last non-empty line of a screen, trailing blanks removed.
    static func currentLine(of screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: \.isWhitespace).reversed())
        }
        return lines.last { !$0.isEmpty } ?? ""
    }

    @discardableResult
    private func run(_ arguments: [String], startsServer: Bool = false) throws -> String {
        // The tmux server started by the first call keeps the client's stdout and stderr open,
        // so that call's output goes to /dev/null rather than to pipes read to their end.
        let result = try ChildProcess.run(
            tmux, ["-L", socket, "-f", "/dev/null"] + arguments, captureOutput: !startsServer)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (status \(result.status)): \(result.errors)")
        }
        return result.output
    }

    private static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
