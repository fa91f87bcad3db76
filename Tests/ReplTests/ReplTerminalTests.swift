import Foundation
import Testing

/// The interactive REPL, driven through a real terminal (tmux) as a person would use it.
@Suite("REPL in a terminal")
struct ReplTerminalTests {
    @Test func greetsWithHowToGetHelpAndPrompts() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        let screen = try run.terminal.screen()
        let firstLine = screen.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.contains("help"))
        #expect(firstLine.contains("/help"))
        #expect(TerminalSession.currentLine(of: screen) == "guest>")
    }

    @Test func aCommandRepliesAndSwitchingUserChangesThePrompt() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        let screen = try await run.say("/as alice", thenPrompt: "alice>")
        #expect(screen.contains("guest> /as alice"))
        #expect(screen.contains("alice"))
    }

    @Test func upRecallsTheLastLine() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        _ = try await run.say("/as bob", thenPrompt: "bob>")
        try run.terminal.press("Up")
        try await run.terminal.waitForCurrentLine("bob> /as bob")
    }

    @Test func tabCompletesAnOperatorCommand() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        try run.terminal.type("/he")
        // Tab only once the line editor has echoed what was typed: a Tab that overtook it once
        // left "guest> /help    /he" (CI, 98fea90).
        try await run.terminal.waitForCurrentLine("guest> /he")
        try run.terminal.press("Tab")
        try await run.terminal.waitForCurrentLine("guest> /help")
        try run.terminal.press("Enter")
        try await run.terminal.waitForScreen("the operator command list") { $0.contains("Operator commands") }
    }

    @Test func tabAfterAddOffersTheProductsLastShown() async throws {
        let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-repl-\(UUID().uuidString)")
        let database = try LastResultsStore.make(in: stateHome, user: "guest", results: ["P1001", "P1003"])
        let run = try await ReplRun.start(stateHome: stateHome, database: database)
        defer { run.cleanUp() }
        // One product starts with "Mid": Tab writes its whole name.
        try run.terminal.type("add Mid")
        try run.terminal.press("Tab")
        try await run.terminal.waitForCurrentLine("guest> add Midea Rice Cooker 4L")
        try run.terminal.press("C-u")
        try await run.terminal.waitForCurrentLine("guest>")
        // Nothing typed yet after "add ": Tab lists them all, SKUs too.
        try run.terminal.type("add ")
        try run.terminal.press("Tab")
        try await run.terminal.waitForScreen("the last results listed") { screen in
            ["Midea Rice Cooker 4L", "Bamboo Toothbrush 4-Pack", "P1001", "P1003"].allSatisfy(screen.contains)
                && TerminalSession.currentLine(of: screen) == "guest> add"
        }
    }

    @Test func chineseTextRoundTrips() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        try run.terminal.type("搜索电饭煲")
        try await run.terminal.waitForCurrentLine("guest> 搜索电饭煲")
        try run.terminal.press("Enter")
        try await run.terminal.waitForScreen("a reply and a new prompt") { screen in
            screen.contains("guest> 搜索电饭煲\n") && TerminalSession.currentLine(of: screen) == "guest>"
        }
        try run.terminal.press("Up")
        try await run.terminal.waitForCurrentLine("guest> 搜索电饭煲")
        #expect(try run.historyLines() == ["搜索电饭煲"])
    }

    @Test func ctrlCDropsAHalfTypedLine() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        try run.terminal.type("add the so")
        try await run.terminal.waitForCurrentLine("guest> add the so")
        try run.terminal.press("C-c")
        try await run.terminal.waitForScreen("a fresh prompt under the dropped line") { screen in
            screen.contains("guest> add the so\n") && TerminalSession.currentLine(of: screen) == "guest>"
        }
        // What is typed next is a line of its own, not the end of the dropped one.
        _ = try await run.say("/as carol", thenPrompt: "carol>")
        #expect(try run.historyLines() == ["/as carol"])
    }

    @Test func ctrlDLeavesAndTheHistoryFileHoldsTheLines() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        _ = try await run.say("/as dave", thenPrompt: "dave>")
        _ = try await run.say("搜索电饭煲", thenPrompt: "dave>")
        try run.terminal.press("C-d")
        try await run.terminal.waitForExit()
        #expect(try run.historyLines() == ["/as dave", "搜索电饭煲"])
    }

    @Test func quitLeaves() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        try run.terminal.type("/quit")
        try run.terminal.press("Enter")
        try await run.terminal.waitForExit()
        #expect(try run.historyLines() == ["/quit"])
    }

    @Test func historyCarriesIntoTheNextRun() async throws {
        let first = try await ReplRun.start()
        defer { first.cleanUp() }
        _ = try await first.say("/as erin", thenPrompt: "erin>")
        try await first.leaveWithCtrlD()
        first.stop()

        let second = try await ReplRun.start(stateHome: first.stateHome)
        defer { second.stop() }
        try second.terminal.press("Up")
        try await second.terminal.waitForCurrentLine("guest> /as erin")
    }

    @Test func ctrlRSearchesHistory() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        _ = try await run.say("/as frank", thenPrompt: "frank>")
        _ = try await run.say("/seed 7", thenPrompt: "frank>")
        try run.terminal.press("C-r")
        try run.terminal.type("as f")
        // libedit shows the search under the line it found.
        try await run.terminal.waitForScreen("the search to find \"/as frank\"") { screen in
            screen.contains("frank> /as frank") && TerminalSession.currentLine(of: screen).hasPrefix("bck:")
        }
        try run.terminal.press("Enter")
        try await run.terminal.waitForScreen("the found line to run") { screen in
            screen.components(separatedBy: "You are now frank.").count == 3
        }
    }

    @Test func colourOnATerminalWithoutNoColor() async throws {
        let run = try await ReplRun.start(color: true)
        defer { run.cleanUp() }
        try await run.terminal.waitForScreen("a coloured prompt", escapes: true) { screen in
            TerminalSession.currentLine(of: screen).contains("\u{1B}[")
        }
        // The words are the same as without colour.
        #expect(TerminalSession.currentLine(of: try run.terminal.screen()) == "guest>")
    }

    @Test func noColourWithNoColor() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        _ = try await run.say("/stock NOPE 1")
        #expect(!(try run.terminal.screen(escapes: true)).contains("\u{1B}["))
    }
}
