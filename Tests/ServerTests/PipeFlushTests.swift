import Foundation
import TestSupport
import Testing

/// A script that waits for each reply before it writes on gets it, even when a line it cannot
/// take (not UTF-8, blank) came in the same write: found when the reply to "hi" stayed buffered
/// until the next good line.
@Suite struct PipeFlushTests {
    /// Writes `bytes` to a pipe-mode or `--json` shopchat and reads `lines` lines without closing
    /// its input; nil for a line that did not come within the deadline.
    static func replies(_ arguments: [String], writing bytes: [UInt8], lines: Int) throws -> [String?] {
        let child = try ChildProcess(try ShopchatBinary.path(), arguments, captureOutput: true, writableInput: true)
        child.writeInput(bytes)
        // A reply held back would block readLine forever: the child is killed at the deadline.
        let deadline = DispatchWorkItem { child.signal(SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: deadline)
        let read = (0..<lines).map { _ in child.readLine() }
        deadline.cancel()
        child.closeInput()
        return read
    }

    @Test func pipeModeFlushesBeforeASkippedLine() throws {
        let read = try Self.replies(["--db", ":memory:", "--user", "alice"], writing: Array("hi\n".utf8) + [0xFF, 0x0A], lines: 2)
        #expect(read[0]?.isEmpty == false)
        #expect(read[1] == "That line isn't valid UTF-8; I skipped it.")
    }

    @Test func jsonModeFlushesBeforeABlankLine() throws {
        let read = try Self.replies(["--db", ":memory:", "--json"], writing: Array("{\"id\": 1, \"text\": \"hi\"}\n   \n".utf8), lines: 1)
        #expect(read[0]?.contains("\"id\":1") == true)
    }
}
