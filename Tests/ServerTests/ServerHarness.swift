import Foundation
import Logging
import ShopChat

/// A real server on a loopback port of its own, with an in-memory store.
final class ServerHarness: @unchecked Sendable {
    let server: ShopServer
    let port: Int

    /// The operator token every harness server takes (see ``operatorConnection()``).
    static let operatorToken = "op-secret"

    init(token: String? = nil, rate: Double = 1_000, maximumConnections: Int = 64) throws {
        let first = try Conversation(
            database: SQLiteDatabase(path: ":memory:"), clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        let database = first.database
        let engine = first.engine
        server = try ShopServer(
            configuration: ServerConfiguration(
                port: 0, token: token, operatorToken: Self.operatorToken, maximumConnections: maximumConnections, turnsPerSecond: rate,
                burst: rate),
            logger: Logger(label: "test")
        ) {
            Conversation(database: database, engine: engine, clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        }
        port = try server.start()
    }

    func connect() throws -> LineClient { try LineClient(port: port) }

    /// A connection that has shown the operator token: operator commands run there.
    func operatorConnection() throws -> LineClient {
        let client = try LineClient(port: port)
        guard client.request(#"{"hello": {"operator_token": "\#(Self.operatorToken)"}}"#)?.value(at: "hello.operator") == .bool(true) else {
            throw POSIXError(.EACCES)
        }
        return client
    }

    deinit { server.shutdown() }
}

/// A TCP socket connected to `port` on 127.0.0.1.
func connectToLoopback(port: Int) throws -> Int32 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            Foundation.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    guard result == 0 else {
        Foundation.close(descriptor)
        throw POSIXError(.ECONNREFUSED)
    }
    return descriptor
}

/// A blocking line client over a plain socket, as a gateway would be.
final class LineClient {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        descriptor = try connectToLoopback(port: port)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    func send(_ line: String) { send(Array((line + "\n").utf8)) }

    /// The next line, or nil when the server closed the connection (or 10 s passed).
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    func json() -> JSONValue? { readLine().flatMap { try? JSONValue.parse($0) } }

    func request(_ line: String) -> JSONValue? {
        send(line)
        return json()
    }
}
