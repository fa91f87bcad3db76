import ShopChat
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [(Int64(1290), "¥12.90"), (0, "¥0.00"), (5, "¥0.05"), (99_999_900, "¥999999.00"), (-50, "-¥0.50")])
    func formatsFen(_ fen: Int64, _ text: String) {
        #expect(Money.format(fen) == text)
    }

    @Test func parsesYuanWithAtMostTwoDecimals() {
        #expect(Money.parseYuan("199.00") == 19_900)
        #expect(Money.parseYuan("199.9") == 19_990)
        #expect(Money.parseYuan("8") == 800)
        for bad in ["", "-1", "1.234", "1e3", "abc", ".5", "1.", "１２"] {
            #expect(Money.parseYuan(bad) == nil, "\(bad)")
        }
    }
}
