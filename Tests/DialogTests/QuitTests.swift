import ShopChat
import Testing

@Suite struct QuitTests {
    /// `/quit` ends the dialog: what follows it is neither run nor asserted.
    @Test func quitStopsTheDialog() async {
        let runner = DialogSuite().runner
        let outcome = await runner.run(
            text: "# quits\n> hi\n< Hi\n/quit\n> search rice cooker\n< this assertion would fail\n", name: "quit.dialog", directory: "/tmp")
        #expect(outcome.failures == [])
        #expect(outcome.passed == 1)
    }
}
