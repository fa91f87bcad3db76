import Foundation
import ShopChat
import Testing

/// Turns awaited from tasks (`await conversation.handle`), as the WeChat and MCP fronts run them:
/// while the store is busy they wait holding no thread, on SQLite and PostgreSQL alike.
@Suite struct AsyncTurnTests {
    static let clock = ShopClock.fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)

    @Test(arguments: Backend.all)
    func turnsWaitingForABusyStoreHoldNoThread(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        let template = try Conversation(database: database, clock: Self.clock).template
        // Hold the store: SQLite's writer, or every PostgreSQL connection of the store (2), busy
        // in transactions that wait until released.
        let holders = backend == .postgres ? 2 : 1
        let held = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        for _ in 0..<holders {
            Thread {
                database.write(
                    { _ in
                        held.signal()
                        release.wait()
                    }, then: { _ in })
            }.start()
        }
        for _ in 0..<holders { held.wait() }
        // The turns and a probe share one serial executor, apart from the other tests' load:
        // had a turn blocked its thread while waiting for the store, the probe could never run.
        let executor = SerialExecutorForTests()
        let turns = (0..<16).map { index in
            Task(executorPreference: executor) { () -> Reply in
                let conversation = template.make()
                return await conversation.handle(Request(text: "add P1003", user: "async\(index)"))
            }
        }
        let probed = DispatchSemaphore(value: 0)
        Task(executorPreference: executor) { probed.signal() }
        // Watched from a thread of its own, which lets the store go either way.
        let live = await Self.onThread { () -> Bool in
            let answered = probed.wait(timeout: .now() + 10) == .success
            for _ in 0..<holders { release.signal() }
            return answered
        }
        #expect(live, "the probe ran while 16 turns waited for the store on the same executor")
        for turn in turns {
            let reply = await turn.value
            #expect(reply.error == nil, "\(reply.text)")
        }
        let now = ClockArgument.date("2026-01-01T09:00:00+08:00")!
        for index in 0..<16 {
            let quantities = try await database.asyncRead { tx in try Commerce(tx, now: now).cart(of: "async\(index)").lines.map(\.quantity)
            }
            #expect(quantities == [1], "async\(index)")
        }
    }

    /// A read started inside a write's transaction (on PostgreSQL, on the same worker thread)
    /// gets a connection of its own rather than ending the transaction around it.
    @Test(arguments: Backend.all.filter { $0 == .postgres })
    func aReadInsideAWriteLeavesTheWriteWhole(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let now = ClockArgument.date("2026-01-01T09:00:00+08:00")!
        _ = try Conversation(database: database, clock: Self.clock)
        #expect(throws: CommerceError.self) {
            try database.write { tx in
                let commerce = Commerce(tx, now: now)
                try commerce.ensureUser("nested")
                try commerce.addToCart(user: "nested", sku: "P1003", quantity: 1)
                // Another transaction: it does not see the uncommitted line.
                let seen = try database.read { tx in try Commerce(tx, now: now).cart(of: "nested").lines.count }
                #expect(seen == 0)
                throw CommerceError.invalidQuantity(-1)
            }
        }
        let lines = try database.read { tx in try Commerce(tx, now: now).cart(of: "nested").lines.count }
        #expect(lines == 0, "the refused write left nothing")
    }

    @Test(arguments: Backend.all.filter { $0 == .postgres })
    func theConnectionCountIsChecked(_ backend: Backend) throws {
        let url = ProcessInfo.processInfo.environment["SHOPCHAT_TEST_POSTGRES"]!
        for bad in ["0", "257", "-1", "many", ""] {
            #expect(throws: PostgresStore.Failure.self, "connections=\(bad)") { try PostgresStore(url: url + "?connections=\(bad)") }
        }
        let store = try PostgresStore(url: url + "?connections=3")
        // The pool opens them in the background, at once.
        var open: Int64 = 0
        for _ in 0..<100 where open < 3 {
            open = try store.read { tx in try tx.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()") }
            if open < 3 { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(open >= 3)
    }

    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

/// Runs tasks one job at a time on a serial queue: a job that blocks stops every other.
final class SerialExecutorForTests: TaskExecutor {
    private let queue = DispatchQueue(label: "shopchat.tests.serial-executor")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
