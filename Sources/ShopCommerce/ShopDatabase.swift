/// A database the commerce engine runs on: every `write` is one transaction, all or nothing.
///
/// Transactions are synchronous bodies (`(any SQLSession) throws -> T`), run where the store
/// chooses. Three ways to run one: wait for it (`write(_:)`, for a command's own thread), be
/// called back (`write(_:then:)`, for a server's event loop), or `await` it (`asyncWrite(_:)`,
/// for tasks; named apart because a call in an async context would otherwise quietly pick the
/// blocking one). Only the first blocks the calling thread.
public protocol ShopDatabase: Sendable {
    /// Runs `body` in one transaction; a thrown error rolls everything back. Blocks its thread
    /// until committed: async code uses `asyncWrite`.
    @available(*, noasync, message: "it blocks its thread until committed: await asyncWrite instead")
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Runs `body` on a consistent read-only snapshot. A statement that would write throws
    /// ``WriteOnReadSnapshot`` before it runs (SQLite; PostgreSQL refuses it in its own words).
    @available(*, noasync, message: "it blocks its thread: await asyncRead instead")
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Runs `body` in one transaction like `write`, but may return before it runs: the outcome
    /// goes to `completion` once committed, perhaps on a thread of the store's own. For servers,
    /// so that a turn waiting for its commit holds no thread. `completion` must be quick and must
    /// not use the store. Stores that cannot queue writes run it at once (the default).
    func write<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void)
    /// Runs `body` on a read-only snapshot like `read`, handing the outcome to `completion`,
    /// perhaps later on a thread of the store's own (PostgreSQL); at once by default.
    func read<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void)
    /// Runs `body` for a turn expected only to read and to record itself, as cheaply as the store
    /// can while staying exact: PostgreSQL runs each statement on its own, with no transaction
    /// to open and commit (two of a read-only turn's five round trips), refuses any write with
    /// ``WriteOnReadSnapshot`` before it runs, and lets through only ``SQLSession/checkedWrite(_:_:)``,
    /// which writes nothing unless what the turn read still stands. On either failure the caller
    /// runs the turn again with `write`. Stores with nothing cheaper run `write` (the default).
    func optimistic<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void)
    /// Runs `body` for a turn expected to change only its own user's rows (the cart, the session,
    /// the turn's event), as cheaply as the store can while staying exact: PostgreSQL runs it at
    /// REPEATABLE READ (a conflict on a row is still caught: the first writer wins), and should
    /// it write any other table, stops it before that statement and runs it again in a
    /// SERIALIZABLE transaction, as `write` does. Why: SERIALIZABLE's predicate locks are by
    /// index page, and every user's cart lines share the pages of a small table, so concurrent
    /// carts aborted one another (60 turns/s with a thousand users adding to their carts).
    /// Stores with nothing cheaper run `write` (the default).
    func writeOwnRows<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void)
    /// Whether `write(_:then:)` queues writes rather than running them at once: if so, a turn may
    /// start on a thread that must not block, as it will not wait for the store.
    var queuesWrites: Bool { get }
    /// Whether a user's first turn should first create their rows in a transaction of its own
    /// (see `Commerce.admit`): where inserting new keys makes concurrent turns abort each other.
    var admitsNewUsersApart: Bool { get }
    /// Whether several turns of one conversation may run in one transaction, each in a savepoint,
    /// and commit once (``Conversation/handle(_:)-([Request])``): where a commit costs as much as
    /// a turn and no transaction is retried (SQLite's single writer).
    var runsTurnsTogether: Bool { get }
    /// Folds what a large write left in the store's log into the store itself, so the next
    /// process does not start by doing it (SQLite's WAL after a million-row import). Optional.
    func settle() throws
}

extension ShopDatabase {
    public var queuesWrites: Bool { false }
    public var admitsNewUsersApart: Bool { false }
    public var runsTurnsTogether: Bool { false }

    public func settle() throws {}

    public func write<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        completion(Result { try write(body) })
    }

    public func read<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        completion(Result { try read(body) })
    }

    public func optimistic<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        write(body, then: completion)
    }

    public func writeOwnRows<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        write(body, then: completion)
    }

    /// Runs `body` in one transaction and resumes with its outcome once committed, without
    /// blocking the task's thread on the store.
    public func asyncWrite<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            write(body, then: { continuation.resume(with: $0) })
        }
    }

    /// Runs `body` on a read-only snapshot, without blocking the task's thread on the store.
    public func asyncRead<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            read(body, then: { continuation.resume(with: $0) })
        }
    }
}
