import ShopIntents

extension Conversation {
    /// "钱包不够啊 那发5个吧 外婆她老人家不抢红包", "钱包不够啊 那就288吧 还是8个": to a red envelope
    /// that waits (refused for the wallet, or previewed), a clause that opens with 那 and the ones
    /// after it say its new amount (a number, yuan) or shares (a number of 个, 份 or 人); the
    /// clauses before are why. Read whole, "钱包不够" showed the wallet. Nil unless a number is said.
    static func packetChangeAfterThen(_ text: String) -> Slots? {
        guard text.contains("那"), text.contains(where: \.isNumber) else { return nil }
        let clauses = text.split(whereSeparator: { " ，,。！!？?".contains($0) })
        guard clauses.count >= 2, let then = clauses.dropFirst().firstIndex(where: { $0.hasPrefix("那") }) else { return nil }
        var slots: Slots = [:]
        for clause in clauses[then...] {
            var rest = clause[...]
            while let start = rest.firstIndex(where: { $0.isASCII && $0.isNumber }) {
                let digits = rest[start...].prefix { $0.isASCII && $0.isNumber }
                rest = rest[digits.endIndex...]
                guard digits.count <= 12, let number = Int64(digits) else { return nil }
                let shares = rest.first.map { "个份人".contains($0) } ?? false
                if shares, slots[.count] == nil {
                    slots[.count] = .int(number)
                } else if !shares, slots[.amount] == nil {
                    let (fen, overflow) = number.multipliedReportingOverflow(by: 100)
                    slots[.amount] = .int(overflow ? Int64.max : fen)
                }
            }
        }
        return slots.isEmpty ? nil : slots
    }
}
