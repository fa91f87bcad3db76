import MCP

/// Why a tool call's arguments were refused before anything ran: the call changes nothing.
struct ArgumentError: Error, Sendable {
    /// `invalid_arguments`, or `forbidden` for a `user` the host may not name.
    var code = "invalid_arguments"
    var message: String
}

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
            let takes = parameters.isEmpty ? "no arguments" : parameters.map(\.name).joined(separator: ", ")
            throw ArgumentError(message: "\(tool) has no argument \"\(name.prefix(40))\"; it takes \(takes)")
        }
        for parameter in parameters {
            guard let value = values[parameter.name], value != .null else {
                if parameter.required { throw ArgumentError(message: "\(tool) needs \"\(parameter.name)\": \(parameter.summary)") }
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
        guard case .string(let text) = value else { throw ArgumentError(message: "\"\(name)\" must be a string") }
        guard (1...maxLength).contains(text.count) else {
            throw ArgumentError(message: "\"\(name)\" must be 1 to \(maxLength) characters")
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ArgumentError(message: "\"\(name)\" must not contain control characters")
        }
        if let choices, !choices.contains(text) {
            throw ArgumentError(message: "\"\(name)\" must be one of \(choices.joined(separator: ", "))")
        }
        return text
    }

    private static func integer(_ value: Value, _ name: String, in range: ClosedRange<Int64>) throws(ArgumentError) -> Int64 {
        let number: Int64?
        switch value {
        case .int(let int): number = Int64(int)
        // A JSON number written with a fraction or exponent ("2.0", "1e3") that is whole.
        case .double(let double): number = double.isFinite && double == double.rounded() ? Int64(exactly: double) : nil
        default: throw ArgumentError(message: "\"\(name)\" must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        guard let number, range.contains(number) else {
            throw ArgumentError(message: "\"\(name)\" must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
