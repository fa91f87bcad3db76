import Foundation

/// Runs dialog files the way `shopchat test` does: each on a fresh in-memory store with
/// `--seed 1 --clock 2026-01-01T09:00:00+08:00`.
public struct DialogSuite {
    public static let defaultClock = "2026-01-01T09:00:00+08:00"

    /// Whether replies are checked for their language too (`shopchat test --check-language`).
    public var checksLanguage: Bool

    public init(checksLanguage: Bool = false) {
        self.checksLanguage = checksLanguage
    }

    public var runner: DialogRunner {
        DialogRunner(
            makeConversation: { directory in
                try Conversation(
                    database: SQLiteDatabase(path: ":memory:"), user: "guest",
                    clock: .fixed(ClockArgument.date(Self.defaultClock)!), seed: 1, baseDirectory: directory)
            }, checksLanguage: checksLanguage)
    }

    /// The `.dialog` files named by `paths` (files, or folders searched recursively), sorted.
    public static func files(in paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(path)
                continue
            }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                while let entry = enumerator?.nextObject() as? String {
                    if entry.hasSuffix(".dialog") { files.append((path as NSString).appendingPathComponent(entry)) }
                }
            } else {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
