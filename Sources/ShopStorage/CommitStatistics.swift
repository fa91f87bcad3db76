/// How a store's writer has been used: for benchmarks and logs.
public struct CommitStatistics: Sendable {
    /// SQLite transactions committed (or rolled back).
    public var commits = 0
    /// `write` calls they held.
    public var writes = 0
    /// Time the writer spent inside them.
    public var busyNanoseconds: UInt64 = 0
    /// The longest of them (a checkpoint's flush to disk shows here).
    public var longestNanoseconds: UInt64 = 0
    /// How the log was copied into the database meanwhile (file stores only).
    public var checkpoints = CheckpointStatistics()

    public init() {}
}

/// A store's checkpoints: copied in the background, finished by the writer (see `Checkpointer`).
public struct CheckpointStatistics: Sendable {
    public var copied = 0
    public var finished = 0
    /// Log pages each side copied.
    public var pagesCopied = 0
    public var pagesFinished = 0
    /// The longest the writer spent finishing one (part of a commit's time).
    public var longestFinishNanoseconds: UInt64 = 0

    public init() {}
}
