import Foundation

/// The REPL's history on disk: plain UTF-8, one entry a line, oldest first.
///
/// Plain text rather than libedit's own format (which escapes spaces and more) so the file reads
/// and greps as typed. Each line is appended as soon as it is entered, so a crash or a closed
/// terminal loses nothing; `compact` trims the file when the REPL ends.
struct HistoryFile {
    let url: URL
    /// How many entries are loaded and kept.
    let limit: Int

    init(url: URL, limit: Int = 1000) {
        self.url = url
        self.limit = limit
    }

    /// `$XDG_STATE_HOME/shopchat/history`, or `~/.local/state/shopchat/history` when that is
    /// unset or not absolute (the XDG spec says to ignore relative paths).
    static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let state: URL
        if let path = environment["XDG_STATE_HOME"], path.hasPrefix("/") {
            state = URL(fileURLWithPath: path, isDirectory: true)
        } else {
            let home =
                environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            state = home.appendingPathComponent(".local/state", isDirectory: true)
        }
        return state.appendingPathComponent("shopchat/history")
    }

    /// The last `limit` entries; none when there is no file yet.
    func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(limit).map(String.init)
    }

    /// Appends one entry, creating the folder and file (private to the user) when needed.
    /// Returns false when it could not be written.
    @discardableResult
    func append(_ line: String) -> Bool {
        guard makeFolder() else { return false }
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // One write call, so two REPLs appending at once don't interleave inside a line.
        let bytes = Array((line + "\n").utf8)
        return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Rewrites the file with only the last `limit` entries once it has grown well past that.
    func compact() {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count > limit + limit / 2 else { return }
        let kept = lines.suffix(limit).joined(separator: "\n") + "\n"
        guard (try? Data(kept.utf8).write(to: url, options: [.atomic])) != nil else { return }
        // The atomic write made a new file with default permissions; history stays private.
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    private func makeFolder() -> Bool {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return true
        } catch {
            return false
        }
    }
}
