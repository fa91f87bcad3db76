import ShopIntents

/// Intents in the shopper's words, for "Do you want to see your points, or use them?".
struct ChoiceText: Phrasebook {
    let options: [IntentName]

    func text(_ lang: Language) -> String {
        let described = options.map { Self.describe($0, lang) }
        return lang.pick(
            "Do you want to \(described.dropLast().joined(separator: ", ")), or \(described.last ?? "")?",
            "你是想\(described.dropLast().joined(separator: "、"))，还是\(described.last ?? "")？")
    }

    static func describe(_ intent: IntentName, _ lang: Language) -> String {
        let described = intent.spec.described
        return lang.pick(described.en, described.zh)
    }

    static var samples: [ChoiceText] {
        IntentName.allCases.map { ChoiceText(options: [$0, .help]) }
    }
}
