import Dispatch
import Synchronization

/// Runs async work from a synchronous command and waits for it. Only for a command's own thread
/// (never Swift's cooperative threads or an event loop): the WeChat load of `bench` drives the
/// async front from the benchmark's thread.
enum Blocking {
    static func await<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let result = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            let outcome: Result<T, any Error>
            do { outcome = .success(try await body()) } catch { outcome = .failure(error) }
            result.withLock { $0 = outcome }
            done.signal()
        }
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
