import Foundation
import ShopChat
import TestSupport

/// A socket client for hostile tests: raw bytes, a half-close, non-blocking floods, reads with a
/// deadline, and never a SIGPIPE (a write to a connection the server closed just fails).
final class AttackerClient {
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Whether the last read that came back empty-handed ended because the server closed the
    /// connection (rather than because time ran out).
    private(set) var closedByPeer = false

    init(port: Int) throws {
        descriptor = try connectToLoopback(port: port)
    }

    deinit { close() }

    func close() {
        if descriptor >= 0 { Foundation.close(descriptor) }
        descriptor = -1
    }

    /// Shuts the sending side: the server sees the end of its input (a half-close).
    func halfClose() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Writes all of `bytes`, blocking; false if the connection is gone.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    /// Sends `line` and its newline.
    @discardableResult
    func send(_ line: String) -> Bool { send(Array((line + "\n").utf8)) }

    /// Writes what the kernel takes right now without waiting: the number of bytes taken, 0 when
    /// the socket's buffers are full, -1 when the connection is gone.
    func sendWithoutWaiting(_ bytes: ArraySlice<UInt8>) -> Int {
        let written = bytes.withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
        if written >= 0 { return written }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1
    }

    /// The next line as the server wrote it, or nil when the server closed the connection
    /// (`closedByPeer`) or `timeout` seconds passed.
    func readLine(timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        closedByPeer = false
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, descriptor >= 0 else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, 60_000)) + 1)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                closedByPeer = true
                return nil
            }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    func json(timeout: Double = 10) -> JSONValue? {
        readLine(timeout: timeout).flatMap { try? JSONValue.parse($0) }
    }

    /// Sends one line and reads the next line as the server wrote it.
    func rawRequest(_ line: String) -> String? {
        send(line)
        return readLine()
    }

    func request(_ line: String) -> JSONValue? {
        send(line)
        return json()
    }

    /// `text` said by `user` (or by the connection's current user).
    func say(_ text: String, as user: String? = nil) -> JSONValue? {
        var request = JSONValue.object(["text": .string(text)])
        if let user { request.set("user", .string(user)) }
        return self.request(request.jsonText)
    }

    /// Reads lines, skipping others, until an event named `name`; nil if none comes in time.
    func event(_ name: String, timeout: Double = 10) -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, let line = json(timeout: deadline.timeIntervalSinceNow) {
            if line["event"] == .string(name) { return line }
        }
        return nil
    }
}

/// What the operating system says about a `shopchat serve` process.
enum ServerProcess {
    /// The server's process id: the process whose stderr is the server's log file (ServeProcess
    /// doesn't say its pid, but each has a log file of its own).
    static func pid(of server: ServeProcess) -> pid_t? {
        let wanted = [server.logPath, URL(fileURLWithPath: server.logPath).resolvingSymlinksInPath().path]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/2"),
                wanted.contains(target)
            else { continue }
            return pid
        }
        return nil
    }

    /// Resident memory, in KiB (VmRSS).
    static func residentKiB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }

    /// Running: neither gone nor a zombie (a crashed child stays a zombie until it is reaped).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != nil && state != "Z" && state != "X"
    }
}

/// `shopchat` run to its end with `input` on a pipe as its stdin (pipe mode, `--json`).
enum PipedShopchat {
    static func run(_ arguments: [String], input: [UInt8]) throws -> ChildProcess.Result {
        let inputPath = FileManager.default.temporaryDirectory.appendingPathComponent("attacker-input-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: inputPath, contents: Data(input)) else { throw POSIXError(.EIO) }
        defer { unlink(inputPath) }
        // `cat … |`: stdin is a real pipe, not a file, as for a gateway's child process.
        return try ChildProcess.run(
            "/bin/sh", ["-c", #"f=$1; shift; cat "$f" | "$@""#, "sh", inputPath, try ShopchatBinary.path()] + arguments)
    }

    /// Runs with one JSON line per request and returns one parsed reply per output line.
    static func json(_ arguments: [String], lines: [String]) throws -> (status: Int32, replies: [JSONValue?]) {
        let result = try run(arguments, input: Array(lines.map { $0 + "\n" }.joined().utf8))
        let replies = result.output.split(separator: "\n", omittingEmptySubsequences: true).map { try? JSONValue.parse(String($0)) }
        return (result.status, replies)
    }
}

/// A scratch SQLite file and its companions, removed at the end.
struct ScratchFile {
    let path = ScratchDatabase.sqlite()

    func remove() {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
