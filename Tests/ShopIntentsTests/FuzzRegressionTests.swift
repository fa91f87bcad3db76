import Testing

@testable import ShopIntents

/// Inputs the fuzzer (Fuzz/run.sh) once crashed the parser with; each must now parse.
@Suite struct FuzzRegressionTests {
    @Test(arguments: [
        "increase the Doubletshare [oh@i,4,0t)o 4,06", // thousands comma at the very end
        "4,06", "1,000", "3,00",
    ])
    func parsesWithoutCrashing(_ text: String) {
        let parse = IntentEngine().parse(text)
        #expect((0...1).contains(parse.confidence))
    }
}
