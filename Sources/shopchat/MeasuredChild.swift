import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// glibc's pipe2, which the Glibc module hides behind _GNU_SOURCE.
@_silgen_name("pipe2")
private func systemPipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

/// A child process for `bench --catalog`, stdin and stdout pipes, reaped with `wait4` so its
/// own peak memory is known (`getrusage(RUSAGE_CHILDREN)` would give the largest of all
/// children so far). Not Foundation's `Process`, which reaps children itself.
final class MeasuredChild {
    struct Exit {
        var status: Int32
        /// From start to exit.
        var seconds: Double
        /// The child's peak resident memory (ru_maxrss), in KiB.
        var peakKiB: Int
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    private let started = DispatchTime.now().uptimeNanoseconds
    private var input: Int32
    private var output: Int32
    /// Everything the child has written to stdout so far.
    private(set) var received: [UInt8] = []
    /// Seconds from start to the first byte on stdout.
    private(set) var firstOutput: Double?

    /// Starts `program` with `arguments`; stderr goes to `errors` (or /dev/null).
    init(_ program: String, _ arguments: [String], errors: String? = nil) throws {
        var stdin: [Int32] = [-1, -1]
        var stdout: [Int32] = [-1, -1]
        // Close-on-exec, so no later child inherits the other ends and keeps them open.
        guard systemPipe2(&stdin, O_CLOEXEC) == 0, systemPipe2(&stdout, O_CLOEXEC) == 0 else {
            throw Failed(description: "can't make pipes: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdout[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(stdin[0])
        close(stdout[1])
        guard spawned == 0 else {
            close(stdin[1])
            close(stdout[0])
            throw Failed(description: "can't start \(program): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        input = stdin[1]
        output = stdout[0]
    }

    deinit {
        closeInput()
        if output >= 0 { close(output) }
    }

    /// Writes `text` to the child's stdin; false if the child no longer reads.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(input, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Reads stdout until `marker` has appeared or it ends; false if `seconds` passed first.
    @discardableResult
    func read(until marker: String? = nil, seconds: Double = 600) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let needle = marker.map { Array($0.utf8) }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while output >= 0 {
            if let needle, received.count >= needle.count, contains(needle) { return true }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return false }
            var ready = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, Int32(min(1_000, (deadline - now) / 1_000_000 + 1)))
            if polled < 0 && errno != EINTR { break }
            guard polled > 0 else { continue }
            let count = Glibc.read(output, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            if firstOutput == nil { firstOutput = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
            received += chunk[0..<count]
        }
        if output >= 0 { close(output) }
        output = -1
        return needle.map(contains) ?? true
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        // Only the tail can hold a marker that was not there before the last read.
        let from = max(0, received.count - needle.count - 65_536)
        return received[from...].firstRange(of: needle) != nil
    }

    /// The child's VmRSS and VmHWM (peak so far) from /proc, in KiB.
    func memory() -> (rss: Int, peak: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return Int(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        guard let rss = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return (rss, peak)
    }

    /// Waits for the child to end (closing its stdin first) and reports how it went.
    func wait() -> Exit {
        closeInput()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Exit(status: code, seconds: seconds, peakKiB: usage.ru_maxrss)
    }

    /// The output as text.
    var text: String { String(decoding: received, as: UTF8.self) }
}
