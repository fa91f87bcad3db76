import Foundation
import ShopIntents

// libFuzzer entry point: every input, as (lossy) UTF-8 text, goes through the parser with no
// context, with each kind of expectation and with a choice pending. The parser must not crash,
// hang or break its invariants whatever is typed.

private let engine = IntentEngine(
    lexicon: Lexicon(
        brands: ["Midea", "Xiaomi", "小米"], stores: ["midea": ["midea", "美的官方旗舰店"], "xiaomi": ["xiaomi store"]],
        categories: ["kitchen": ["kitchen", "厨房"]], products: ["midea rice cooker 4l": "P1001", "美的电饭煲 4L": "P1001"],
        users: ["alice", "bob"], groups: ["family"]))

private let expectations: [ParseContext.Expectation] = [
    .init(intent: .redpacketSend, slot: "amount"), .init(intent: .redpacketSend, slot: "count"),
    .init(intent: .redpacketSend, slot: "mode"), .init(intent: .shareProduct, slot: "recipient"),
    .init(intent: .cartUpdate, slot: "quantity"), .init(intent: .cartAdd, slot: "product"),
    .init(intent: .catalogSearch, slot: "query"), .init(intent: .couponApply, slot: "coupon"),
    .init(intent: .friendAdd, slot: "user"), .init(intent: .reviewWrite, slot: "text"),
    .init(intent: .productCompare, slot: "products"), .init(intent: .storeShow, slot: "store"),
]

private func check(_ parse: Parse) {
    guard parse.confidence >= 0, parse.confidence <= 1, !parse.confidence.isNaN else {
        fatalError("confidence \(parse.confidence) out of [0, 1]")
    }
    guard !parse.alternatives.contains(parse.intent) else { fatalError("intent among its own alternatives") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func intentParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    check(engine.parse(text))
    let selector = size == 0 ? 0 : Int(data[0])
    check(engine.parse(text, context: ParseContext(expecting: expectations[selector % expectations.count])))
    check(engine.parse(text, context: ParseContext(choices: [.cartAdd, .productShow])))
    // The phrase and corpus formats are parsed from files people edit.
    _ = try? TrainingPhrase.parse(file: text)
    _ = try? IntentEvaluation.evaluate(engine, corpus: text)
    return 0
}
