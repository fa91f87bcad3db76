import Foundation
import ShopConversation
import ShopIntents

/// Replays a dialog file against a fresh conversation and checks every assertion.
public struct DialogRunner {
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var expected: String
        public var actual: String

        public var description: String { "\(file):\(line): expected \(expected), got \(actual)" }
    }

    public struct Outcome: Sendable, Equatable {
        public var title: String
        public var passed: Int
        public var failures: [Failure]
        /// Each `>` turn, and whether every assertion after it held (for `shopchat eval --dialogs`).
        public var turns: [TurnResult] = []
    }

    public struct TurnResult: Sendable, Equatable {
        public var line: Int
        public var text: String
        public var passed: Bool
    }

    /// Makes the conversation a dialog runs against; given the dialog's folder for `/import`.
    public let makeConversation: (_ directory: String) throws -> Conversation
    /// Whether every reply must be in the language PROTOCOL.md §4a picks (`--check-language`).
    public var checksLanguage = false

    public init(makeConversation: @escaping (_ directory: String) throws -> Conversation, checksLanguage: Bool = false) {
        self.makeConversation = makeConversation
        self.checksLanguage = checksLanguage
    }

    public nonisolated(nonsending) func run(file path: String) async -> Outcome {
        let name = path
        guard let data = FileManager.default.contents(atPath: path), let text = String(bytes: data, encoding: .utf8) else {
            return Outcome(
                title: name, passed: 0, failures: [Failure(file: name, line: 0, expected: "a readable UTF-8 file", actual: "unreadable")])
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return await run(text: text, name: name, directory: directory)
    }

    public nonisolated(nonsending) func run(text: String, name: String, directory: String) async -> Outcome {
        let (lines, parseFailures) = DialogParser.parse(text)
        var failures = parseFailures.map { Failure(file: name, line: $0.line, expected: "a dialog line", actual: $0.message) }
        var passed = 0
        var title = name
        let conversation: Conversation
        do {
            conversation = try makeConversation(directory)
        } catch {
            failures.append(Failure(file: name, line: 0, expected: "a fresh store", actual: "\(error)"))
            return Outcome(title: title, passed: 0, failures: failures)
        }
        var last: Reply?
        var sawTitle = false
        var languages = LanguageCheck()
        var turns: [TurnResult] = []
        replay: for (number, line) in lines {
            func check(_ ok: Bool, expected: @autoclosure () -> String, actual: @autoclosure () -> String) {
                if ok {
                    passed += 1
                } else {
                    failures.append(Failure(file: name, line: number, expected: expected(), actual: actual()))
                    if !turns.isEmpty { turns[turns.count - 1].passed = false }
                }
            }
            switch line {
            case .comment(let text):
                if !sawTitle {
                    title = text
                    sawTitle = true
                }
            case .command(let text):
                let reply = await conversation.handle(Request(text: text))
                if checksLanguage, let problem = languages.problem(with: reply, to: text) {
                    check(false, expected: problem, actual: "reply \(JSONValue.string(reply.text).jsonText)")
                }
                // `/quit` ends the dialog: what follows is not run (a bare `break` left only the switch).
                if reply.quit { break replay }
            case .say(let text):
                turns.append(TurnResult(line: number, text: text, passed: true))
                let reply = await conversation.handle(Request(text: text))
                last = reply
                if checksLanguage, let problem = languages.problem(with: reply, to: text) {
                    check(false, expected: problem, actual: "reply \(JSONValue.string(reply.text).jsonText)")
                }
            default:
                guard let reply = last else {
                    check(false, expected: "a turn (>) before this assertion", actual: "no turn yet")
                    continue
                }
                let (ok, expected, actual) = Self.evaluate(line, against: reply)
                check(ok, expected: expected, actual: actual)
            }
        }
        return Outcome(title: title, passed: passed, failures: failures, turns: turns)
    }

    /// Whether `line` holds for `reply`, with what was expected and what was found.
    static func evaluate(_ line: DialogLine, against reply: Reply) -> (Bool, String, String) {
        let shown = "reply \(JSONValue.string(reply.text).jsonText)"
        switch line {
        case .contains(let text):
            return (reply.text.contains(text), "reply containing \(JSONValue.string(text).jsonText)", shown)
        case .lacks(let text):
            return (!reply.text.contains(text), "reply without \(JSONValue.string(text).jsonText)", shown)
        case .matches(let pattern):
            guard let regex = try? NSRegularExpression(pattern: pattern) else {
                return (false, "a valid regular expression", pattern)
            }
            let range = NSRange(reply.text.startIndex..., in: reply.text)
            return (regex.firstMatch(in: reply.text, range: range) != nil, "reply matching /\(pattern)/", shown)
        case .intent(let name, let slots):
            let intent = reply.intent?.intent.rawValue ?? "(none)"
            guard intent == name else { return (false, "intent \(name)", "intent \(intent)") }
            for slot in slots {
                let actual =
                    SlotName(rawValue: slot.key).flatMap { reply.intent?.slots[$0] }.map { JSONLines.encode($0).plainText } ?? "(missing)"
                if actual != slot.value {
                    return (false, "slot \(slot.key)=\(slot.value)", "\(slot.key)=\(actual)")
                }
            }
            return (true, "", "")
        case .data(let path, let op, let expected):
            return evaluate(path: path, op: op, expected: expected, data: reply.data)
        case .comment, .command, .say:
            return (true, "", "")
        }
    }

    public static func evaluate(path: String, op: DataOperator, expected: String, data: JSONValue) -> (Bool, String, String) {
        let wanted = "data.\(path) \(op.rawValue) \(expected)"
        let value: JSONValue?
        if path.hasSuffix("#") {
            if case .array(let values)? = data.value(at: String(path.dropLast())) {
                value = .int(Int64(values.count))
            } else {
                value = nil
            }
        } else {
            value = data.value(at: path)
        }
        guard let value else { return (false, wanted, "no value at \(path)") }
        let actual = value.plainText
        let ok: Bool
        switch op {
        case .contains:
            if case .array(let values) = value {
                // A list contains a value when an element is it or, for lists of records
                // (`results ~ P1001`), when a field of an element is it.
                ok = values.contains { Self.holds($0, expected) }
            } else {
                ok = actual.contains(expected)
            }
        case .equal, .notEqual:
            let same: Bool
            if let left = Double(actual), let right = Double(expected), !actual.isEmpty {
                same = left == right
            } else {
                same = actual == expected
            }
            ok = op == .equal ? same : !same
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let left = Double(actual), let right = Double(expected) else {
                return (false, wanted, "\(actual) (not a number)")
            }
            switch op {
            case .less: ok = left < right
            case .lessOrEqual: ok = left <= right
            case .greater: ok = left > right
            default: ok = left >= right
            }
        }
        return (ok, wanted, actual)
    }

    /// True when `value` is `expected`, or is a record or list with a field or element that is.
    static func holds(_ value: JSONValue, _ expected: String) -> Bool {
        switch value {
        case .object(let members): return members.contains { holds($0.value, expected) }
        case .array(let values): return values.contains { holds($0, expected) }
        default: return value.plainText == expected
        }
    }
}
