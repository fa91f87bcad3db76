import Foundation
import Testing

/// The REPL in the shopper's language: the banner follows `--lang`, replies follow each turn, and
/// the quick replies show under a reply and come back on Tab.
@Suite("REPL languages and quick replies")
struct ReplLanguageTests {
    @Test func theBannerFollowsLangAndRepliesFollowEachTurn() async throws {
        let run = try await ReplRun.start(arguments: ["--lang", "zh"])
        defer { run.cleanUp() }
        let banner = try run.terminal.screen().split(separator: "\n").first.map(String.init) ?? ""
        #expect(banner.contains("帮助"))
        let chinese = try await run.say("搜电饭煲")
        #expect(chinese.contains("美的电饭煲 4L"))
        let english = try await run.say("search rice cooker")
        #expect(english.contains("Midea Rice Cooker 4L"))
    }

    @Test func suggestionsShowUnderTheReplyAndTabOffersThem() async throws {
        let run = try await ReplRun.start()
        defer { run.cleanUp() }
        let screen = try await run.say("搜电饭煲")
        #expect(screen.contains("› 第一个加入购物车"))
        // Tab on an empty line lists the quick replies of the last reply.
        try run.terminal.press("Tab")
        try await run.terminal.waitForScreen("the quick replies listed") { screen in
            screen.components(separatedBy: "\n").contains { $0.contains("第一个加入购物车") && $0.contains("对比一下前两个") && !$0.contains("›") }
        }
        // A quick reply typed in part completes like any word, and is understood when sent.
        try run.terminal.type("第一个加")
        try run.terminal.press("Tab")
        try await run.terminal.waitForCurrentLine("guest> 第一个加入购物车")
        try run.terminal.press("Enter")
        try await run.terminal.waitForScreen("the item added") { $0.contains("已加入购物车") }
    }
}
