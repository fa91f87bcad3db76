import ShopText

extension SlotFiller {
    /// The address-book intents: which address ("my office", "the second one", "第二个地址"),
    /// and for a new one its text, phone and whether it is to be the default.
    func address(_ a: Analysis, _ slots: inout Slots) {
        let text = a.utterance.string(from: 0, to: a.utterance.original.count, original: true)
        let reading = AddressWords.read(text)
        // Without an address in it, the label may be anywhere: "send it to my office instead".
        if let label = reading.label ?? (reading.text == nil ? AddressWords.label(in: text) : nil) { slots[.label] = .string(label) }
        if let body = reading.text { slots[.address] = .string(body) }
        if let phone = reading.phone { slots[.phone] = .string(phone) }
        if reading.makeDefault { slots[.default] = .int(1) }
        if reading.text == nil, let ordinal = a.first(.ordinal), ordinal.value > 0 { slots[.position] = .int(ordinal.value) }
        // "delete address 2", "用地址1": a small whole number said with the word is a position.
        if reading.text == nil, slots[.position] == nil, AddressWords.mentionsAddress(text),
            let number = a.entities.first(where: { $0.kind == .number && $0.value % 100 == 0 && (1...20).contains($0.value / 100) })
        {
            slots[.position] = .int(number.value / 100)
        }
    }
}
