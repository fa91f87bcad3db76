import Foundation
import MCP
import ShopChat

/// A reply as a tool's result: the reply's words as text content, in the shopper's language,
/// and its data (PROTOCOL.md §5) as structured content, every amount of money in integer fen
/// with a `_display` string beside it. A refusal is a result with `isError`.
enum ToolResult {
    /// Keys whose integer values are money in fen.
    static let moneyKeys: Set<String> = [
        "price", "group_price", "unit_price", "line_total", "subtotal", "discount", "shipping", "points_used", "total", "saving",
        "min_spend",
    ]

    static func make(_ reply: Reply) -> CallTool.Result {
        if let error = reply.error { return refusal(code: error.code, message: error.message, lang: reply.lang) }
        if case .string(let code) = reply.data["error"] { return refusal(code: code, message: reply.text, lang: reply.lang) }
        var data = reply.data
        data.set("lang", .string(reply.lang.rawValue))
        let structured: Value? = value(data)
        return CallTool.Result(content: [text(reply.text)], structuredContent: structured, isError: false)
    }

    /// A call refused before it reached the engine (bad arguments): nothing changed.
    static func refusal(_ error: ArgumentError, lang: Language) -> CallTool.Result {
        refusal(code: error.code, message: error.message(lang), lang: lang)
    }

    static func refusal(code: String, message: String, lang: Language) -> CallTool.Result {
        CallTool.Result(
            content: [text(message)],
            structuredContent: .object([
                "error": .object(["code": .string(code), "message": .string(message)]), "lang": .string(lang.rawValue),
            ]),
            isError: true)
    }

    static func text(_ words: String) -> Tool.Content {
        .text(text: words, annotations: nil, _meta: nil)
    }

    /// `json` as an MCP value, money keys doubled with their display strings.
    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return .int(Int(int))
        case .double(let double): return .double(double)
        case .string(let string): return .string(string)
        case .array(let values): return .array(values.map(value))
        case .object(let members):
            var object: [String: Value] = [:]
            for member in members {
                object[member.key] = value(member.value)
                if moneyKeys.contains(member.key), case .int(let fen) = member.value {
                    object[member.key + "_display"] = .string(Money.format(fen))
                }
            }
            return .object(object)
        }
    }
}
