import ShopText

extension IntentEngine {
    /// The engine asked "did you mean A or B?": "the first", "2", "第二个", or words that fit one
    /// of them pick it; a clear request for something else is taken as itself.
    func choose(_ a: Analysis, _ classification: Classification, among choices: [IntentName]) -> Parse? {
        // An ordinal or small number picks by position.
        if a.contentCount <= 4 {
            for entity in a.entities {
                var position: Int64?
                if entity.kind == .ordinal { position = entity.value }
                if entity.kind == .number, entity.value % 100 == 0, a.contentCount <= 2 { position = entity.value / 100 }
                if let position, position >= 1, position <= Int64(choices.count) {
                    return Parse(intent: choices[Int(position) - 1], confidence: 0.95)
                }
            }
            if classification.intent == .confirm { return Parse(intent: choices[0], confidence: 0.8) }
        }
        if choices.contains(classification.intent) {
            return Parse(
                intent: classification.intent, confidence: max(classification.confidence, 0.8),
                slots: slotFiller.slots(for: classification.intent, a))
        }
        if [.cancel, .deny].contains(classification.intent) || (classification.intent != .fallback && classification.confidence >= 0.7) {
            return nil
        }
        // Otherwise the likelier of the offered intents, if the words lean to one.
        var best: IntentName?
        var bestProbability: Float = 0
        for choice in choices where classification.probabilities.indices.contains(IntentModel.index(of: choice)) {
            let probability = classification.probability(choice)
            if probability > bestProbability {
                bestProbability = probability
                best = choice
            }
        }
        guard let best, bestProbability > 0.05 else { return nil }
        return Parse(intent: best, confidence: 0.6, slots: slotFiller.slots(for: best, a))
    }

    /// The engine asked for one slot ("How much?"): a bare answer ("20", "bob", "the family
    /// group") fills it; a clear request for something else ("show my cart", "cancel") is itself.
    func answer(_ a: Analysis, _ classification: Classification, _ expecting: ParseContext.Expectation) -> Parse? {
        // "Where should it go?": an address is the answer, whatever its place names sound like.
        if expecting.slot == .address,
            case let said = a.utterance.string(from: 0, to: a.utterance.original.count, original: true),
            AddressWords.mayHoldAddress(said)
        {
            let reading = AddressWords.read(said)
            if let text = reading.text {
                var slots: Slots = [.address: .string(text)]
                if let label = reading.label { slots[.label] = .string(label) }
                if let phone = reading.phone { slots[.phone] = .string(phone) }
                return Parse(intent: expecting.intent, confidence: 0.9, slots: slots)
            }
        }
        if [.cancel, .deny, .confirm].contains(classification.intent), classification.confidence >= 0.5, classification.knownWords > 0 {
            return nil
        }
        let slots = slotFiller.slots(for: expecting.intent, a)
        // "Which address?" — "the office one", "公司": a label answers it as well as a number.
        if expecting.slot == .position, slots[.label] != nil {
            return Parse(intent: expecting.intent, confidence: 0.9, slots: slots)
        }
        // "收到就坏了" when asked why it goes back: a reason the store knows is the answer,
        // whatever else the words sound like.
        if expecting.slot == .reason, let reason = ReturnReasons.find(in: a) {
            return Parse(intent: expecting.intent, confidence: 0.9, slots: [.reason: .string(reason.code)])
        }
        guard let value = expectedValue(a, expecting, slots) else {
            // "给bob" while the amount is asked: another slot of the same request, kept; the
            // question comes again for what is still missing.
            // A share that names nothing to share is no share: the recipient is the envelope's.
            let sharesNothing = classification.intent == .shareProduct && slotFiller.slots(for: .shareProduct, a)[.product] == nil
            if expecting.intent == .redpacketSend, slots[.recipient] != nil,
                classification.confidence < 0.9 || classification.intent == .redpacketSend || sharesNothing
            {
                return Parse(intent: expecting.intent, confidence: 0.8, slots: slots)
            }
            return nil
        }
        let sameIntent = classification.intent == expecting.intent
        // "send him the bosideng coat so he stops complaining" when asked who to befriend: a name
        // answers in a word or two; a sentence that says more is a request of its own.
        if [.user, .recipient, .store].contains(expecting.slot), !sameIntent, a.contentCount > 3,
            !a.utterance.original.contains(UInt32(UInt8(ascii: "@")))
        {
            return nil
        }
        // A request that stands on its own ("show my cart", "help") is itself, not an answer.
        let clearlyElse =
            classification.intent != .fallback && !sameIntent
            && ((classification.confidence >= 0.75 && classification.knownWords >= 2)
                || (classification.confidence >= 0.95 && classification.knownWords >= 1 && classification.unknownWords == 0)
                // "search umbrella" while a product is asked for is a new search, not the answer.
                || (classification.intent == .catalogSearch && classification.confidence >= 0.9 && classification.knownWords >= 1
                    && expecting.slot != .query))
        if clearlyElse { return nil }
        // A bare answer fills only what was asked: "2" for the count must not also be read as
        // an amount. An answer with more in it ("20 yuan for 5 people") keeps all it says.
        var filled = a.entities.count > 1 ? slots : [:]
        filled[expecting.slot] = value
        return Parse(intent: expecting.intent, confidence: sameIntent ? max(classification.confidence, 0.9) : 0.9, slots: filled)
    }

    /// The value of the expected slot in a bare answer, read as that slot's type.
    private func expectedValue(_ a: Analysis, _ expecting: ParseContext.Expectation, _ slots: Slots) -> SlotValue? {
        switch expecting.slot {
        case .quantity, .count, .rating, .points, .order, .position:
            for entity in a.entities {
                switch entity.kind {
                case .number, .count, .rating:
                    let whole = entity.kind == .number ? entity.value / 100 : entity.value
                    if entity.kind != .number || entity.value % 100 == 0 { return .int(whole) }
                case .money: return .int(entity.value / 100)
                case .ordinal where (expecting.slot == .order || expecting.slot == .position) && entity.value > 0: return .int(entity.value)
                default: continue
                }
            }
            return slots[expecting.slot]
        case .amount, .minPrice, .maxPrice:
            for entity in a.entities {
                switch entity.kind {
                case .number, .money, .priceBelow, .priceAbove: return .int(entity.value)
                default: continue
                }
            }
            return nil
        case .mode:
            return a.first(.mode).map { .string($0.text) }
        case .recipient:
            if let value = slots[.recipient] { return value }
            return singleWord(a).map { .string("@" + $0.quickLowercased()) }
        case .user:
            if let value = slots[.user] { return value }
            return singleWord(a).map { .string($0.quickLowercased()) }
        case .store:
            if let value = slots[.store] { return value }
            return singleWord(a).map { .string($0.quickLowercased()) }
        case .coupon, .code:
            if let value = slots[expecting.slot] { return value }
            let words = a.tokens.indices.filter { !a.filler[$0] && a.tokens[$0].kind != .clauseBreak }
            if words.count == 1 {
                let token = a.tokens[words[0]]
                return .string(a.utterance.string(from: Int(token.start), to: Int(token.end), original: true).uppercased())
            }
            return nil
        case .query:
            if let value = slots[.query] { return value }
            return nil
        case .product where expecting.intent == .productShow:
            // "Which product would you like to see?" — "3": the third of the list, not three of it.
            if slots[.product] == nil, a.contentCount == 1, let number = a.first(.number), number.value % 100 == 0,
                (1...50).contains(number.value / 100)
            {
                return .int(number.value / 100)
            }
            return slots[.product]
        case .reason:
            // "it's broken" is a reason the store knows; anything else is the shopper's own words.
            if let reason = ReturnReasons.find(in: a) { return .string(reason.code) }
            let text = a.utterance.string(from: 0, to: a.utterance.original.count, original: true).trimmingCharacters()
            return text.isEmpty ? nil : .string(text)
        case .text:
            let text = a.utterance.string(from: 0, to: a.utterance.original.count, original: true).trimmingCharacters()
            return text.isEmpty ? nil : .string(text)
        default:
            return slots[expecting.slot]
        }
    }

    /// The one word of an answer like "bob" or "xiaomi", if that is all it says.
    private func singleWord(_ a: Analysis) -> String? {
        let content = a.tokens.indices.filter { !a.filler[$0] && a.tokens[$0].kind != .clauseBreak }
        if content.count == 1, a.tokens[content[0]].kind == .word { return a.utterance.string(a.tokens[content[0]]) }
        // A Chinese name is a short run of characters.
        guard !content.isEmpty, content.count <= 4, content.allSatisfy({ a.tokens[$0].kind == .cjk }) else { return nil }
        return a.utterance.phrase(content[0]..<(content[content.count - 1] + 1))
    }
}
