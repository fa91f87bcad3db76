import ShopChat
import Testing

@Suite struct SearchEvalTests {
    @Test func readsJudgedLines() throws {
        let judgements = try SearchEval.parse("# a comment\n\nsearch rice cooker\tP1001|p1002\r\n搜电饭煲\tP1001\tP1070|P1071\n")
        #expect(
            judgements == [
                SearchJudgement(line: 3, query: "search rice cooker", first: ["P1001", "P1002"]),
                SearchJudgement(line: 4, query: "搜电饭煲", first: ["P1001"], top3: ["P1070", "P1071"]),
            ])
        #expect(!judgements[0].isChinese && judgements[1].isChinese)
        #expect(throws: SearchEval.FileError.self) { try SearchEval.parse("ok\tP1\nno skus here\n") }
    }

    /// Top-1: the first shown is any of `first`. Top-3: one of `first` and all of `top3` among
    /// the first three.
    @Test func scoresTopOneAndTopThree() {
        let judged = SearchJudgement(line: 1, query: "q", first: ["A", "B"], top3: ["C"])
        func score(_ shown: [String]) -> (Bool, Bool) {
            let outcome = SearchEval.score(judged, shown: shown)
            return (outcome.top1, outcome.top3)
        }
        #expect(score(["B", "C", "X"]) == (true, true))
        #expect(score(["A", "X", "Y", "C"]) == (true, false))
        #expect(score(["X", "C", "A"]) == (false, true))
        #expect(score(["C", "X", "Y"]) == (false, false))
        #expect(score([]) == (false, false))
        #expect(SearchEval.score(SearchJudgement(line: 1, query: "q", first: ["A"]), shown: ["X", "Y", "A"]).top3)
    }

    /// A small hand-made file through a conversation on the demo store: a product card counts as
    /// its product first, a list by its order, a reply that shows nothing as a miss.
    @Test func countsAHandMadeFileThroughTheConversation() async throws {
        let file = """
            # hand-made
            tell me about P1001\tP1001
            tell me about P1001\tP1002
            search rice cooker\tP1001|P1002|P1070|P1071|P1072|P1073|P1074
            看看P1002\tP1002
            搜xyzzyq\tP1001
            """
        let conversation = try Conversation(database: SQLiteDatabase(path: ":memory:"))
        let report = await SearchEval.run(try SearchEval.parse(file), on: conversation)
        let english = report.tally(chinese: false)
        let chinese = report.tally(chinese: true)
        #expect((english.queries, english.top1, english.top3) == (3, 2, 2))
        #expect((chinese.queries, chinese.top1, chinese.top3) == (2, 1, 1))
        #expect(report.worstTop1 == 0.5)
        #expect(report.failures.map(\.judgement.line) == [3, 6])
        #expect(report.failures[0].shown == ["P1001"])
        #expect(report.failures[1].shown.isEmpty)
        #expect(report.text.contains("line 6: 搜xyzzyq — P1001 → nothing (missed top-1, top-3)"))
    }
}
