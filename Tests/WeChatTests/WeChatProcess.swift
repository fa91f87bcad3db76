import Foundation
import TestSupport

/// A real `shopchat wechat` process on a free loopback port, with a scratch SQLite store.
final class WeChatProcess: @unchecked Sendable {
    // @unchecked: `child` is only used by the test that owns this process, one call at a time.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: Int
    let database: String
    let logPath: String
    private let child: ChildProcess

    private init(port: Int, database: String, logPath: String, child: ChildProcess) {
        self.port = port
        self.database = database
        self.logPath = logPath
        self.child = child
    }

    static let clock = "2026-01-01T09:00:00+08:00"

    /// Starts `shopchat wechat --port 0` with a fresh store and `arguments` (at least `--token`),
    /// and waits, off Swift's cooperative pool, for the line naming its port.
    static func start(_ arguments: [String]) async throws -> WeChatProcess {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = directory.appendingPathComponent("shop.sqlite").path
        let logPath = directory.appendingPathComponent("stderr.log").path
        let binary = try ShopchatBinary.path()
        return try await offPool {
            let child = try ChildProcess(
                binary, ["wechat", "--port", "0", "--db", database, "--clock", clock, "--log-level", "warning"] + arguments,
                captureOutput: true, errorsPath: logPath)
            guard let line = child.readLine(), line.hasPrefix("shopchat wechat serving on "),
                let port = line.split(separator: ":").last.flatMap({ Int($0) })
            else {
                child.wait()
                let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
                throw Failure(description: "shopchat wechat did not start: \(log)")
            }
            return WeChatProcess(port: port, database: database, logPath: logPath, child: child)
        }
    }

    /// SIGTERM and wait (off the pool): the graceful stop. Returns the exit status.
    @discardableResult
    func stop() async -> Int32 {
        let child = self.child
        return await offPool {
            child.signal(SIGTERM)
            return child.wait()
        }
    }

    deinit {
        child.signal(SIGKILL)
        child.wait()
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: database).deletingLastPathComponent().path)
    }
}

/// Runs blocking `work` (a child's output, its exit) on a thread of its own, so Swift
/// Testing's cooperative threads never wait on a process.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}
