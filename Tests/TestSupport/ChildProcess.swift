import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// glibc's pipe2, which the Glibc module hides behind _GNU_SOURCE.
@_silgen_name("pipe2")
private func systemPipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

/// A child process started with posix_spawn and reaped with waitpid.
///
/// Not Foundation's `Process`: on Linux it learns of a child's exit through Dispatch, whose
/// threads are the ones Swift Testing's parallel async tests block in `waitUntilExit`, and on a
/// two-core machine that deadlocks. A plain blocking `waitpid` needs no other thread.
public final class ChildProcess: @unchecked Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        public var description: String { "can't start \(program): \(String(cString: strerror(code)))" }
    }

    public let pid: pid_t
    /// The read end of the child's stdout, or -1 when it goes to /dev/null.
    private let output: Int32
    /// The write end of the child's stdin when started with `writableInput`, else -1.
    private var input: Int32 = -1
    private var buffer: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts `program`, stdin from /dev/null (or, with `writableInput`, a pipe that
    /// ``writeInput(_:)`` writes to). With `captureOutput`, stdout can be read with `readLine`
    /// and stderr goes to `errorsPath` (or /dev/null); without, both go to /dev/null (for
    /// programs that leave a daemon holding them open).
    public init(_ program: String, _ arguments: [String], captureOutput: Bool, errorsPath: String? = nil, writableInput: Bool = false)
        throws
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var inputPipe: [Int32] = [-1, -1]
        if writableInput {
            guard systemPipe2(&inputPipe, O_CLOEXEC) == 0 else { throw SpawnFailed(program: program, code: errno) }
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }

        var pipe: [Int32] = [-1, -1]
        if captureOutput {
            // Close-on-exec: a process spawned meanwhile by a test running in parallel must not
            // inherit this pipe, or its end never comes.
            guard systemPipe2(&pipe, O_CLOEXEC) == 0 else { throw SpawnFailed(program: program, code: errno) }
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // The child starts with no signal blocked and default handlers: posix_spawn would
        // otherwise pass on the mask of the calling thread (a Dispatch worker blocks most
        // signals), and a tmux server that cannot see SIGCHLD or SIGHUP never notices its pane
        // program end nor its own kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        if captureOutput { close(pipe[1]) }
        if writableInput { close(inputPipe[0]) }
        guard spawned == 0 else {
            if captureOutput { close(pipe[0]) }
            if writableInput { close(inputPipe[1]) }
            throw SpawnFailed(program: program, code: spawned)
        }
        self.pid = pid
        output = captureOutput ? pipe[0] : -1
        input = inputPipe[1]
    }

    /// Writes `bytes` to the child's stdin (started with `writableInput`), keeping it open.
    public func writeInput(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count, input >= 0 {
            let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Closes the child's stdin: it reads its end.
    public func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    deinit {
        if output >= 0 { close(output) }
        closeInput()
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = wait()
        }
    }

    /// The next line of the child's stdout, or nil at its end.
    public func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            guard let chunk = readChunk() else {
                defer { buffer.removeAll() }
                return buffer.isEmpty ? nil : String(decoding: buffer, as: UTF8.self)
            }
            buffer += chunk
        }
    }

    /// All of the child's remaining stdout.
    public func readToEnd() -> String {
        while let chunk = readChunk() { buffer += chunk }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
    }

    private func readChunk() -> [UInt8]? {
        guard output >= 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(output, &chunk, chunk.count)
            if count > 0 { return Array(chunk[0..<count]) }
            if count == 0 || errno != EINTR { return nil }
        }
    }

    public func signal(_ number: Int32) {
        if exitStatus == nil { kill(pid, number) }
    }

    /// Waits for the child to end; its exit status, or 128 + the signal that ended it.
    @discardableResult
    public func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which are macros Swift cannot import.
        let result = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        exitStatus = result
        return result
    }

    /// Runs `program` to its end. With `captureOutput`, stdout and stderr are returned.
    public static func run(_ program: String, _ arguments: [String], captureOutput: Bool = true) throws -> Result {
        let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)").path
        defer { unlink(errorsPath) }
        let child = try ChildProcess(program, arguments, captureOutput: captureOutput, errorsPath: captureOutput ? errorsPath : nil)
        let output = child.readToEnd()
        let status = child.wait()
        let errors = captureOutput ? (FileManager.default.contents(atPath: errorsPath) ?? Data()) : Data()
        return Result(
            status: status, output: output,
            errors: String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
