import Foundation
import ShopChat
import Testing

/// Replays every file in dialogs/ exactly as `shopchat test` does.
@Suite struct DialogReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let files = DialogSuite.files(in: [root.appendingPathComponent("dialogs").path])

    @Test func thereAreDialogsForEveryFoundationIntent() {
        #expect(Self.files.count >= 15)
    }

    @Test(arguments: files)
    func dialogPasses(_ file: String) async {
        let outcome = await DialogSuite().runner.run(file: file)
        #expect(outcome.failures.isEmpty, "\(outcome.failures.map(\.description).joined(separator: "\n"))")
        #expect(outcome.passed > 0, "a dialog that asserts nothing proves nothing")
    }
}
