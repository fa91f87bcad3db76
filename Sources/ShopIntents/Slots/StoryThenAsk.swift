import ShopText

/// English sentences that tell why, then the one question: "my grandson is turning 2 next month 🎂
/// he is crazy about trains. do you have toy trains", "my mom keeps nagging me about a helmet lol.
/// what do u have", "my teacher says everyone needs the xinhua dictionary. how much is it?".
extension IntentEngine {
    /// The last sentence's request when the sentences before it ask for nothing; asked of "it" or
    /// of what there is, it is asked of the product the story named. Nil otherwise.
    func storyThenAsk(_ text: String) -> Parse? {
        // Bytes first, as lastSentenceAsks: an emoji's lead byte, or . ? ! then a space.
        guard text.containsByte(where: { $0 >= 0xF0 }) || Self.hasSentenceEnd(text), !text.unicodeScalars.contains(where: Language.isHan)
        else { return nil }
        let sentences = Self.sentences(of: text)
        guard (2...4).contains(sentences.count), let last = sentences.last else { return nil }
        let story = sentences.dropLast()
        // The story asks for nothing itself: each sentence is a remark, or unsure of what it is.
        guard
            story.allSatisfy({ sentence in
                let reading = parse(sentence)
                return BuyingWords.chat.contains(reading.intent) || reading.confidence < 0.9
            })
        else { return nil }
        let reading = parse(last)
        let pointing = reading.slots[.product] == .string("this") && [.productShow, .productReviews].contains(reading.intent)
        // Of what there is, or of how cheap only ("…we finally caved on a phone. something cheap,
        // under 1000": a phone under 1000).
        let asksWhatThereIs =
            reading.intent == .catalogCategories
            || reading.intent == .catalogSearch && [.query, .category, .brand, .store].allSatisfy { reading.slots[$0] == nil }
        if pointing || asksWhatThereIs {
            // Named nowhere: the question alone ("…CHAOS 😩 do you have breakfast makers").
            guard let named = story.reversed().lazy.compactMap({ self.productNamed(in: $0) }).first else {
                // A kind of product named ("caved on a phone"): a search of that category.
                if asksWhatThereIs, reading.intent == .catalogSearch,
                    let category = story.reversed().lazy.compactMap({ self.categoryNamed(in: $0) }).first
                {
                    var slots = reading.slots
                    slots[.category] = .string(category)
                    return Parse(intent: .catalogSearch, confidence: 0.9, slots: slots)
                }
                return asksWhatThereIs ? reading : nil
            }
            var slots = reading.intent == .catalogSearch ? reading.slots : [:]
            slots[.query] = .string(named)
            return asksWhatThereIs
                ? Parse(intent: .catalogSearch, confidence: 0.9, slots: slots)
                : Parse(intent: reading.intent, confidence: 0.9, slots: [.product: .string(named)])
        }
        guard reading.confidence >= 0.9, !BuyingWords.chat.contains(reading.intent), reading.alternatives.isEmpty else { return nil }
        return reading
    }

    /// The last category `sentence` names ("a phone": phones).
    private func categoryNamed(in sentence: String) -> String? {
        Analysis(sentence, extractor: extractor).entities.reversed().lazy.compactMap { entity in
            entity.kind == .lexicon ? self.slotFiller.meaning(entity)?.category : nil
        }.first
    }

    /// The last words of `sentence` that name a product of the catalog ("xinhua dictionary",
    /// "helmet", "dyson hair dryer"), as said.
    func productNamed(in sentence: String) -> String? {
        let analysis = Analysis(sentence, extractor: extractor)
        guard
            let index = analysis.entities.lastIndex(where: { entity in
                entity.kind == .lexicon && slotFiller.meaning(entity)?.product != nil
            })
        else { return nil }
        // With the brand said right before it ("a dyson hair dryer"): a hair dryer of Dyson's.
        var range = analysis.entities[index].range
        if index > 0, case let before = analysis.entities[index - 1], before.end == range.lowerBound, before.kind == .lexicon,
            slotFiller.meaning(before)?.brand != nil
        {
            range = before.start..<range.upperBound
        }
        return analysis.utterance.phrase(range)
    }
}
