import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresNIO

/// A connection the client's pool lent one worker, kept until it is given back.
final class Lease: Sendable {
    let session: PostgresSession
    private let back: NIOLockedValueBox<CheckedContinuation<Void, Never>?>

    private init(_ session: PostgresSession, back: CheckedContinuation<Void, Never>) {
        self.session = session
        self.back = NIOLockedValueBox(back)
    }

    /// Borrows a connection, waiting at most `deadline`. The pool lends a connection for the
    /// length of an async closure; the closure here waits until the worker gives it back.
    static func borrow(
        from client: PostgresClient, on executor: EventLoopTaskExecutor, within deadline: DispatchTimeInterval, logger: Logger
    ) throws -> Lease {
        let handed = NIOLockedValueBox<Result<Lease, any Error>?>(nil)
        let ready = DispatchSemaphore(value: 0)
        let borrowing = Task(executorPreference: executor) {
            do {
                try await client.withConnection { connection in
                    await withCheckedContinuation { back in
                        handed.withLockedValue { $0 = .success(Lease(PostgresSession(connection: connection, logger: logger), back: back)) }
                        ready.signal()
                    }
                }
            } catch {
                handed.withLockedValue { $0 = $0 ?? .failure(error) }
                ready.signal()
            }
        }
        if ready.wait(timeout: .now() + deadline) == .timedOut {
            borrowing.cancel()
            // Cancelled, the pool gives up the request at once; bounded all the same.
            _ = ready.wait(timeout: .now() + deadline)
        }
        guard let outcome = handed.withLockedValue({ $0 }) else { throw Unavailable(why: CancellationError()) }
        return try outcome.mapError { Unavailable(why: $0) }.get()
    }

    func giveBack() {
        back.withLockedValue { back in
            back?.resume()
            back = nil
        }
    }
}

/// No connection to PostgreSQL within ``PostgresWorkers/leaseDeadline``.
struct Unavailable: Error, CustomStringConvertible {
    let why: any Error
    var description: String { "PostgreSQL did not give a connection in time (\(String(reflecting: why)))" }
}
