import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end with posix_spawn and waitpid.
///
/// Not Foundation's `Process`: on Linux it learns of a child's exit through Dispatch, whose
/// threads are the ones Swift Testing's parallel async tests block in `waitUntilExit`, and on a
/// two-core machine that deadlocks. A plain blocking `waitpid` needs no other thread.
/// glibc's pipe2, which the Glibc module hides behind _GNU_SOURCE.
@_silgen_name("pipe2")
private func systemPipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

enum ChildProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct SpawnFailed: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "can't start \(program): \(String(cString: strerror(code)))" }
    }

    /// Runs `program` with `arguments`, stdin from /dev/null. With `captureOutput`, stdout and
    /// stderr are returned; without, both go to /dev/null (for programs that leave a daemon
    /// holding them open).
    static func run(_ program: String, _ arguments: [String], captureOutput: Bool = true) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        var outputPipe: [Int32] = [-1, -1]
        let errorsFile = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)").path
        defer { unlink(errorsFile) }
        if captureOutput {
            // Close-on-exec: a tmux server spawned meanwhile by a test running in parallel must
            // not inherit this pipe, or its end never comes.
            guard systemPipe2(&outputPipe, O_CLOEXEC) == 0 else { throw SpawnFailed(program: program, code: errno) }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, outputPipe[0])
            posix_spawn_file_actions_addclose(&actions, outputPipe[1])
            posix_spawn_file_actions_addopen(&actions, 2, errorsFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

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
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        if captureOutput { close(outputPipe[1]) }
        guard spawned == 0 else {
            if captureOutput { close(outputPipe[0]) }
            throw SpawnFailed(program: program, code: spawned)
        }

        var output = Data()
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(outputPipe[0], &buffer, buffer.count)
                if count > 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            close(outputPipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which are macros Swift cannot import.
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let errors = captureOutput ? (FileManager.default.contents(atPath: errorsFile) ?? Data()) : Data()
        return Result(
            status: exitStatus,
            output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
