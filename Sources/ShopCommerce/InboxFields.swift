import Foundation

/// An inbox message's details as stored: a flat JSON object of whole numbers and strings.
enum InboxFields {
    static func encode(_ fields: [(String, SQLValue)]) -> String {
        var object: [String: Any] = [:]
        for (key, value) in fields {
            switch value {
            case .int(let number): object[key] = number
            case .text(let text): object[key] = text
            default: continue
            }
        }
        guard !object.isEmpty, let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The fields, in key order; nothing for rows stored before fields were (or unreadable ones).
    static func decode(_ text: String) -> [(String, SQLValue)] {
        guard !text.isEmpty, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
        return object.keys.sorted().compactMap { key in
            switch object[key] {
            case let text as String: (key, .text(text))
            case let number as NSNumber: (key, .int(number.int64Value))
            default: nil
            }
        }
    }
}
