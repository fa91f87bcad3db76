import MCP

/// A tool call's arguments, checked against the tool's parameters: every name known, every
/// value of its type and in its range, every required one there. Numbers never reach the
/// engine unchecked.
struct ToolArguments: Sendable {
    private var texts: [String: String] = [:]
    private var integers: [String: Int64] = [:]

    init(_ values: [String: Value]?, for parameters: [ToolParameter], tool: String) throws(ArgumentError) {
        let values = values ?? [:]
        let known = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0) })
        for name in values.keys.sorted() where known[name] == nil {
            throw ArgumentError(problem: .unknown(tool: tool, name: name, takes: parameters.map(\.name)))
        }
        for parameter in parameters {
            guard let value = values[parameter.name], value != .null else {
                if parameter.required {
                    throw ArgumentError(problem: .missing(tool: tool, name: parameter.name, summary: parameter.summary))
                }
                continue
            }
            switch parameter.kind {
            case .text(let maxLength, let choices):
                texts[parameter.name] = try Self.text(value, parameter.name, maxLength: maxLength, choices: choices)
            case .integer(let range):
                integers[parameter.name] = try Self.integer(value, parameter.name, in: range)
            }
        }
    }

    func text(_ name: String) -> String? { texts[name] }
    func integer(_ name: String) -> Int64? { integers[name] }

    private static func text(_ value: Value, _ name: String, maxLength: Int, choices: [String]?) throws(ArgumentError) -> String {
        guard case .string(let text) = value else { throw ArgumentError(problem: .notText(name)) }
        guard (1...maxLength).contains(text.count) else { throw ArgumentError(problem: .length(name, maxLength: maxLength)) }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ArgumentError(problem: .controlCharacters(name))
        }
        if let choices, !choices.contains(text) {
            throw ArgumentError(problem: .notOneOf(name, choices))
        }
        return text
    }

    private static func integer(_ value: Value, _ name: String, in range: ClosedRange<Int64>) throws(ArgumentError) -> Int64 {
        let number: Int64?
        switch value {
        case .int(let int): number = Int64(int)
        // A JSON number written with a fraction or exponent ("2.0", "1e3") that is whole.
        case .double(let double): number = double.isFinite && double == double.rounded() ? Int64(exactly: double) : nil
        default: throw ArgumentError(problem: .notInteger(name, range))
        }
        guard let number, range.contains(number) else { throw ArgumentError(problem: .notInteger(name, range)) }
        return number
    }
}
