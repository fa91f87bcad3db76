import Foundation

/// Reads dialog files: one line kind per prefix, numbered from 1 for error messages.
public enum DialogParser {
    public struct Failure: Error, Equatable {
        public var line: Int
        public var message: String
    }

    public static func parse(_ text: String) -> ([(line: Int, DialogLine)], [Failure]) {
        var lines: [(line: Int, DialogLine)] = []
        var failures: [Failure] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            switch parseLine(trimmed) {
            case .success(let parsed): lines.append((number, parsed))
            case .failure(let message): failures.append(Failure(line: number, message: message.text))
            }
        }
        return (lines, failures)
    }

    struct Message: Error { var text: String }

    static func parseLine(_ line: String) -> Result<DialogLine, Message> {
        func rest(after prefix: String) -> String {
            String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        if line.hasPrefix("#") { return .success(.comment(rest(after: "#"))) }
        if line.hasPrefix("/") { return .success(.command(line)) }
        if line.hasPrefix(">") { return .success(.say(rest(after: ">"))) }
        if line.hasPrefix("<~") { return .success(.matches(rest(after: "<~"))) }
        if line.hasPrefix("<!") { return .success(.lacks(rest(after: "<!"))) }
        if line.hasPrefix("<") { return .success(.contains(rest(after: "<"))) }
        if line.hasPrefix("?") {
            let words = tokens(rest(after: "?"))
            guard let name = words.first else { return .failure(Message(text: "? needs an intent name")) }
            var slots: [(key: String, value: String)] = []
            for word in words.dropFirst() {
                guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
                    return .failure(Message(text: "slot \"\(word)\" is not key=value"))
                }
                slots.append((String(word[..<equals]), unquote(String(word[word.index(after: equals)...]))))
            }
            return .success(.intent(name: name, slots: slots))
        }
        if line.hasPrefix("$") {
            let body = rest(after: "$")
            guard let space = body.firstIndex(of: " ") else { return .failure(Message(text: "$ needs: path OP value")) }
            let path = String(body[..<space])
            let remainder = body[space...].trimmingCharacters(in: .whitespaces)
            let opText = String(remainder.prefix(while: { "=!<>~".contains($0) }))
            guard let op = DataOperator(rawValue: opText) else {
                return .failure(Message(text: "unknown operator \"\(opText)\"; use = != < <= > >= ~"))
            }
            let value = unquote(remainder.dropFirst(opText.count).trimmingCharacters(in: .whitespaces))
            return .success(.data(path: path, op: op, value: value))
        }
        return .failure(Message(text: "unknown line; lines start with # / > < <~ <! ? or $"))
    }

    /// Splits on spaces, keeping `key="two words"` together.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == " " && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast())
    }
}
