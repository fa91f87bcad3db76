import Foundation
import ShopChat
import Testing

/// The generated catalog's judged queries (brand, kind and model number, half Chinese, some
/// with typos or "do you have"/"我要买") through whole conversation turns: each must find its
/// product first. Model numbers had been read as bargain codes, order numbers and coupons.
@Suite struct GeneratedCatalogSearchTests {
    @Test func judgedQueriesFindTheirProduct() async throws {
        let generator = CatalogGenerator(count: 4_000, seed: 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try generator.write(to: path)
        let conversation = try Conversation(database: SQLiteDatabase(path: ":memory:"))
        #expect(try conversation.importCatalog(path: path).contains("4000"))
        let report = await SearchEval.run(
            try SearchEval.parse(generator.judgedQueries(count: 240).joined(separator: "\n")), on: conversation)
        for language in [false, true] {
            let tally = report.tally(chinese: language)
            #expect(tally.queries == 120)
            #expect(tally.top1Rate >= 0.98, "\(tally.summary)\n\(report.text)")
        }
    }
}
