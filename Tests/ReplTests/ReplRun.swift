import Foundation
import TestSupport

/// One run of the real `shopchat` REPL in a terminal, with its own history folder.
struct ReplRun {
    /// `$XDG_STATE_HOME` of the run; pass it to a second run to share history.
    let stateHome: URL
    let terminal: TerminalSession

    var historyFile: URL { stateHome.appendingPathComponent("shopchat/history") }

    /// Starts `shopchat --db :memory:` (or `database`) with `LANG=C.UTF-8` and, unless `color`,
    /// `NO_COLOR=1`; waits for the first prompt.
    static func start(stateHome: URL? = nil, database: String = ":memory:", color: Bool = false, arguments: [String] = []) async throws
        -> ReplRun
    {
        let stateHome = stateHome ?? FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-repl-\(UUID().uuidString)")
        var environment = [
            "HOME": stateHome.path, "PATH": "/usr/bin:/bin", "TERM": "screen", "LANG": "C.UTF-8",
            "XDG_STATE_HOME": stateHome.path,
        ]
        if !color { environment["NO_COLOR"] = "1" }
        let terminal = try TerminalSession([try ShopchatBinary.path(), "--db", database] + arguments, environment: environment)
        let run = ReplRun(stateHome: stateHome, terminal: terminal)
        do {
            // Generous: under a full parallel test run the first prompt can take seconds.
            try await terminal.waitForCurrentLine("guest>", timeout: .seconds(90))
        } catch {
            terminal.stop()
            throw error
        }
        return run
    }

    /// Types `line`, presses Enter and waits for `prompt` to come back on a new line.
    func say(_ line: String, thenPrompt prompt: String = "guest>") async throws -> String {
        let before = try terminal.screen().components(separatedBy: "\n").filter { $0.hasPrefix(prompt) }.count
        try terminal.type(line)
        try terminal.press("Enter")
        return try await terminal.waitForScreen("the reply to \"\(line)\" and a new \"\(prompt)\" prompt") { screen in
            screen.components(separatedBy: "\n").filter { $0.hasPrefix(prompt) }.count > before
                && TerminalSession.currentLine(of: screen) == prompt
        }
    }

    /// Presses Ctrl-D and waits for the program to exit. Pressed again after a few seconds if it
    /// has not: once in a full run (two cores, every suite at once) a Ctrl-D sent right after the
    /// prompt came back was not seen, as a person's key can be, who presses it again.
    func leaveWithCtrlD() async throws {
        try terminal.press("C-d")
        if (try? await terminal.waitForExit(timeout: .seconds(5))) != nil { return }
        try terminal.press("C-d")
        try await terminal.waitForExit()
    }

    /// The history file's lines, oldest first.
    func historyLines() throws -> [String] {
        try String(contentsOf: historyFile, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func stop() {
        terminal.stop()
    }

    /// Stops the terminal and deletes the run's state folder.
    func cleanUp() {
        terminal.stop()
        try? FileManager.default.removeItem(at: stateHome)
    }
}
