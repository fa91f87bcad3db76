import ShopText

/// "can you reply in chinese from now on? i need the practice": a language asked for, then why
/// (read whole, it added "practice" to the cart). The sentence that asks is the request.
extension IntentEngine {
    func languageAsked(_ text: String) -> Parse? {
        // Bytes first, asked of every utterance: a language's name, however it is cased.
        guard text.contains("文") || text.contains("hinese") || text.contains("nglish") else { return nil }
        let lowered = text.quickLowercased()
        guard Self.languagesNamed.contains(where: { lowered.contains($0) }) else { return nil }
        let sentences = lowered.split(whereSeparator: { "?？.!！。".contains($0) })
        guard sentences.count >= 2,
            let asking = sentences.first(where: { sentence in Self.languagesNamed.contains(where: sentence.contains) })
        else { return nil }
        let reading = parse(String(asking))
        return reading.intent == .languageSet && reading.confidence >= 0.9 ? reading : nil
    }

    private static let languagesNamed = ["in chinese", "in english", "用中文", "用英文", "说中文", "说英文", "讲中文", "讲英文"]
}
