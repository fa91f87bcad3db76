import MCP

/// One argument a tool takes: its name, what it means, its type and range. The tool's JSON
/// schema and the checks every call goes through are both made from it, so they can't disagree.
struct ToolParameter: Sendable {
    enum Kind: Sendable {
        /// Text of 1 to `maxLength` characters, none of them a control character; one of
        /// `choices` when given.
        case text(maxLength: Int, choices: [String]?)
        /// A whole number in `range` (JSON integer; `2.0` counts as 2, `2.5` and `"2"` don't).
        case integer(ClosedRange<Int64>)
    }

    var name: String
    var summary: String
    var kind: Kind
    var required = false

    static func text(_ name: String, _ summary: String, maxLength: Int = 100, choices: [String]? = nil, required: Bool = false) -> Self {
        ToolParameter(name: name, summary: summary, kind: .text(maxLength: maxLength, choices: choices), required: required)
    }

    static func integer(_ name: String, _ summary: String, _ range: ClosedRange<Int64>, required: Bool = false) -> Self {
        ToolParameter(name: name, summary: summary, kind: .integer(range), required: required)
    }

    /// This argument's JSON schema.
    var schema: Value {
        switch kind {
        case .text(let maxLength, let choices):
            var schema: [String: Value] = ["type": "string", "description": .string(summary), "minLength": 1, "maxLength": .int(maxLength)]
            if let choices { schema["enum"] = .array(choices.map(Value.string)) }
            return .object(schema)
        case .integer(let range):
            return .object([
                "type": "integer", "description": .string(summary), "minimum": .int(Int(range.lowerBound)),
                "maximum": .int(Int(range.upperBound)),
            ])
        }
    }
}

/// A tool's whole input schema: an object of `parameters`, nothing else allowed.
func inputSchema(_ parameters: [ToolParameter]) -> Value {
    var properties: [String: Value] = [:]
    for parameter in parameters { properties[parameter.name] = parameter.schema }
    return .object([
        "type": "object", "properties": .object(properties), "required": .array(parameters.filter(\.required).map { .string($0.name) }),
        "additionalProperties": false,
    ])
}
