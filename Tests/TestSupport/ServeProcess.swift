import Foundation

/// A real `shopchat serve` process on a free loopback port.
public final class ServeProcess: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let port: Int
    /// The admin port's, when started with `--admin-port`.
    public let adminPort: Int?
    public let logPath: String
    private let child: ChildProcess

    /// Starts `shopchat serve --port 0` with `arguments` (e.g. `--db`) and waits for the line
    /// that names its port.
    public init(_ arguments: [String]) throws {
        logPath = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).log").path
        child = try ChildProcess(
            try ShopchatBinary.path(), ["serve", "--port", "0", "--log-level", "warning"] + arguments,
            captureOutput: true, errorsPath: logPath)
        guard let line = child.readLine(), let port = line.split(separator: ":").last.flatMap({ Int($0) }) else {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            throw Failure(description: "shopchat serve did not start: \(log)")
        }
        self.port = port
        if arguments.contains("--admin-port") {
            guard let line = child.readLine(), line.hasPrefix("shopchat admin on"),
                let admin = line.split(separator: ":").last.flatMap({ Int($0) })
            else {
                throw Failure(description: "shopchat serve did not start its admin port")
            }
            adminPort = admin
        } else {
            adminPort = nil
        }
    }

    /// SIGTERM, then waits: the server's graceful shutdown. Returns the exit status.
    @discardableResult
    public func stop() -> Int32 {
        child.signal(SIGTERM)
        return child.wait()
    }

    /// SIGKILL, then waits: a crash at an arbitrary instant.
    public func crash() {
        child.signal(SIGKILL)
        child.wait()
    }

    deinit {
        child.signal(SIGKILL)
        child.wait()
        unlink(logPath)
    }
}
