import Foundation
import ShopChat
import Testing

@Suite struct DialogRunnerTests {
    let runner = DialogSuite().runner

    @Test func failedAssertionsAreReportedWithTheirLine() async {
        let outcome = await runner.run(
            text: "# title\n/stock P1001 5\n> /as bob\n< this is not in the reply\n$ user = bob\n$ user = carol\n",
            name: "t.dialog", directory: "/tmp")
        #expect(outcome.title == "title")
        #expect(outcome.passed == 1)
        #expect(outcome.failures.map(\.line) == [4, 6])
        #expect(outcome.failures.first?.description.hasPrefix("t.dialog:4: expected reply containing") == true)
    }

    @Test func everyOperatorIsChecked() {
        let data = JSONValue.object([
            "order": .object(["total": 1290, "coupons": ["SAVE5"]]), "results": .array([.object(["sku": "P1"]), .object(["sku": "P2"])]),
        ])
        func holds(_ path: String, _ op: DataOperator, _ value: String) -> Bool {
            DialogRunner.evaluate(path: path, op: op, expected: value, data: data).0
        }
        #expect(holds("order.total", .equal, "1290"))
        #expect(holds("order.total", .notEqual, "1291"))
        #expect(holds("order.total", .less, "1291"))
        #expect(holds("order.total", .lessOrEqual, "1290"))
        #expect(holds("order.total", .greater, "1289"))
        #expect(holds("order.total", .greaterOrEqual, "1290"))
        #expect(holds("order.coupons", .contains, "SAVE5"))
        #expect(holds("results#", .equal, "2"))
        #expect(holds("results.1.sku", .equal, "P2"))
        #expect(!holds("results.2.sku", .equal, "P2"))
        #expect(!holds("order.total", .greater, "1290"))
    }

    @Test func unknownLinesAreFailures() {
        let (_, failures) = DialogParser.parse("> hi\n! what\n")
        #expect(failures.map(\.line) == [2])
    }
}
