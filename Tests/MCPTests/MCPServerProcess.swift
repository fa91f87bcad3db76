import Foundation
import MCP
import SystemPackage
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// glibc's pipe2, which the Glibc module hides behind _GNU_SOURCE.
@_silgen_name("pipe2")
private func systemPipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

/// A real `shopchat mcp` child with pipes on its stdin and stdout, and an SDK `Client` talking
/// to it over them: what an MCP host does. TestSupport's `ChildProcess` gives its children
/// /dev/null for stdin, so this one spawns its own.
final class MCPServerProcess: @unchecked Sendable {
    // @unchecked: the file descriptors and pid are set once in init; `stopped` is only read and
    // written by `stop()`, which a test calls once, from one task.
    let pid: pid_t
    let client: Client
    let logPath: String
    private let toChild: Int32
    private let fromChild: Int32
    private var stopped = false

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `shopchat mcp` with `arguments` and connects a client (the initialize handshake).
    static func start(_ arguments: [String]) async throws -> MCPServerProcess {
        // A server that died must fail the test, not end the test process on a write to its stdin.
        signal(SIGPIPE, SIG_IGN)
        let server = try MCPServerProcess(arguments)
        do {
            try await server.client.connect(
                transport: StdioTransport(
                    input: FileDescriptor(rawValue: server.fromChild), output: FileDescriptor(rawValue: server.toChild)))
        } catch {
            await server.stop()
            throw Failure(description: "can't connect to shopchat mcp: \(error); its log: \(server.log)")
        }
        return server
    }

    private init(_ arguments: [String]) throws {
        let program = try ShopchatBinary.path()
        logPath = FileManager.default.temporaryDirectory.appendingPathComponent("mcp-\(UUID().uuidString).log").path
        var input: [Int32] = [-1, -1]
        var output: [Int32] = [-1, -1]
        // Close-on-exec: a child spawned meanwhile by a test running in parallel must not
        // inherit these pipes, or their ends never come.
        guard systemPipe2(&input, O_CLOEXEC) == 0, systemPipe2(&output, O_CLOEXEC) == 0 else {
            throw Failure(description: "pipe2: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // No signal blocked and default handlers, whatever the spawning thread has (a Dispatch
        // worker blocks most signals).
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
        let argv: [UnsafeMutablePointer<CChar>?] = ([program, "mcp"] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        close(input[0])
        close(output[1])
        guard spawned == 0 else {
            close(input[1])
            close(output[0])
            throw Failure(description: "can't start \(program): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        toChild = input[1]
        fromChild = output[0]
        client = Client(name: "shopchat-tests", version: "1.0")
    }

    /// What the server wrote on stderr.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Ends the session as a host does (closes the server's stdin) and waits for the exit,
    /// without blocking a thread; its exit status.
    @discardableResult
    func stop() async -> Int32 {
        guard !stopped else { return 0 }
        stopped = true
        await client.disconnect()
        close(toChild)
        var status: Int32 = 0
        for attempt in 0..<500 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            if attempt == 499 {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        close(fromChild)
        unlink(logPath)
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Calls `tool` and returns the whole result (content, structured content, isError).
    func call(_ tool: String, _ arguments: [String: Value] = [:]) async throws -> CallTool.Result {
        let context: RequestContext<CallTool.Result> = try await client.callTool(name: tool, arguments: arguments)
        return try await context.value
    }

    deinit {
        if !stopped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(toChild)
            close(fromChild)
            unlink(logPath)
        }
    }
}

extension CallTool.Result {
    /// The text content, joined.
    var text: String {
        content.compactMap { if case .text(let text, _, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    /// The structured content at a dotted path (`order.id`, `results.0.sku`).
    func value(_ path: String) -> Value? {
        var current = structuredContent
        for part in path.split(separator: ".") {
            switch current {
            case .object(let object)?: current = object[String(part)]
            case .array(let array)?: current = Int(part).flatMap { array.indices.contains($0) ? array[$0] : nil }
            default: return nil
            }
        }
        return current
    }
}
