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
    /// Checkpoints copied in the background, and finished by the writer (see ``Checkpointer``).
    public var checkpointsCopied = 0
    public var checkpointsFinished = 0
    /// Log pages those copied: most should be the background's.
    public var checkpointPagesCopied = 0
    public var checkpointPagesFinished = 0
    /// The longest the writer spent finishing a checkpoint (part of a commit's time).
    public var longestCheckpointFinishNanoseconds: UInt64 = 0

    public init() {}
}
