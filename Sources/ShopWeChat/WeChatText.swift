import ShopChat

/// The few words the WeChat front adds around the engine's replies, in both languages.
enum WeChatText {
    static func newMessages(_ count: Int, _ lang: Language) -> String {
        switch lang {
        case .zh: "你有\(count)条新消息："
        case .en: count == 1 ? "You have 1 new message:" : "You have \(count) new messages:"
        }
    }

    static func droppedMessages(_ count: Int, _ lang: Language) -> String {
        switch lang {
        case .zh: "（另有\(count)条较早的消息没能保留）"
        case .en: count == 1 ? "(1 older message was dropped)" : "(\(count) older messages were dropped)"
        }
    }

    static func lateReply(_ lang: Language) -> String {
        switch lang {
        case .zh: "（你上一条消息的回复）"
        case .en: "(The reply to your previous message)"
        }
    }

    static func menuHeader(_ lang: Language) -> String {
        switch lang {
        case .zh: "回复数字："
        case .en: "Reply with a number:"
        }
    }

    static func onlyText(_ lang: Language) -> String {
        switch lang {
        case .zh: "我暂时只看得懂文字消息，直接打字告诉我你想买什么吧～"
        case .en: "I can only read text messages for now. Just type what you're looking for."
        }
    }

    static func unknownMenuItem(_ lang: Language) -> String {
        switch lang {
        case .zh: "这个菜单项暂时用不了，直接打字告诉我你想做什么吧。"
        case .en: "That menu item isn't available right now. Just type what you'd like to do."
        }
    }

    static func busy(_ lang: Language) -> String {
        switch lang {
        case .zh: "消息有点多，请等上一条回复后再发。"
        case .en: "That's a lot of messages at once. Please wait for the previous reply."
        }
    }

    static func greeting(_ lang: Language) -> String {
        switch lang {
        case .zh: "你好"
        case .en: "hello"
        }
    }

    /// `suggestions` as a numbered menu the user answers with a digit.
    static func menu(_ suggestions: [String], _ lang: Language) -> String {
        ([menuHeader(lang)] + suggestions.enumerated().map { "\($0.offset + 1) \($0.element)" }).joined(separator: "\n")
    }

    /// The number a message is, when it is nothing but one digit 1-9 (ASCII or full-width).
    static func digit(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard scalars.count == 1 else { return nil }
        switch scalars[0].value {
        case 0x31...0x39: return Int(scalars[0].value - 0x30)
        case 0xFF11...0xFF19: return Int(scalars[0].value - 0xFF10)
        default: return nil
        }
    }
}
