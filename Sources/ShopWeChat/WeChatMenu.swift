import Foundation

/// What the custom menu's CLICK buttons say: a file of `KEY = utterance` lines (`#` starts a
/// comment line; blank lines are skipped). A click on KEY is a turn with that utterance, as if
/// the user had typed it. Checked whole at start: any bad line stops the server with its number.
public struct WeChatMenu: Sendable, Equatable {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public private(set) var utterances: [String: String]

    /// Most buttons a file may define, and the longest key (WeChat's own limit) and utterance.
    static let maximumKeys = 1000
    static let maximumKeyBytes = 128
    static let maximumUtteranceCharacters = 500

    public init(utterances: [String: String] = [:]) {
        self.utterances = utterances
    }

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw Invalid(description: "can't read the menu file \(path)") }
        guard data.count <= 1 << 20 else { throw Invalid(description: "\(path): the menu file is over 1 MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw Invalid(description: "\(path): the menu file is not UTF-8") }
        try self.init(text: text, name: path)
    }

    public init(text: String, name: String = "menu") throws {
        utterances = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let place = "\(name):\(index + 1)"
            guard let equals = line.firstIndex(of: "=") else { throw Invalid(description: "\(place): expected KEY = utterance") }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let utterance = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.utf8.count <= Self.maximumKeyBytes, !key.contains(where: \.isWhitespace) else {
                throw Invalid(description: "\(place): the key must be 1 to \(Self.maximumKeyBytes) bytes without spaces")
            }
            guard !utterance.isEmpty, utterance.count <= Self.maximumUtteranceCharacters else {
                throw Invalid(description: "\(place): the utterance for \(key) must be 1 to \(Self.maximumUtteranceCharacters) characters")
            }
            guard !utterance.hasPrefix("/") else {
                throw Invalid(description: "\(place): \(key) is an operator command; menu buttons speak for the user and can't run those")
            }
            guard utterances[key] == nil else { throw Invalid(description: "\(place): the key \(key) is defined twice") }
            guard utterances.count < Self.maximumKeys else { throw Invalid(description: "\(place): more than \(Self.maximumKeys) keys") }
            utterances[key] = utterance
        }
    }
}
