import Prometheus
import ShopChat
import Synchronization

/// The store's commits and checkpoints, read from its own statistics when scraped (SQLite keeps
/// them; PostgreSQL commits on its server, where its own exporter reports them).
final class StoreMetrics: Sendable {
    private let database: any ShopDatabase
    private let commits: Counter
    private let writes: Counter
    private let checkpointsCopied: Counter
    private let checkpointsFinished: Counter
    /// The statistics last reported: counters only move forward, by what changed since.
    private let reported = Mutex(CommitStatistics())

    init(database: any ShopDatabase, registry: PrometheusCollectorRegistry) {
        self.database = database
        func named(_ name: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "shopchat", subsystem: "store", metricName: name, unitName: "total", helpText: help)
        }
        commits = registry.makeCounter(
            descriptor: named("commits", "SQLite transactions the writer committed (each holds one or more turns' writes)."))
        writes = registry.makeCounter(descriptor: named("writes", "Writes (turns and commands) those commits held."))
        let checkpoints = named("checkpoints", "WAL checkpoints, copied in the background or finished by the writer.")
        checkpointsCopied = registry.makeCounter(descriptor: checkpoints, labels: [("by", "background")])
        checkpointsFinished = registry.makeCounter(descriptor: checkpoints, labels: [("by", "writer")])
    }

    /// Brings the counters up to the store's figures.
    func update() {
        guard let sqlite = database as? SQLiteDatabase else { return }
        let now = sqlite.commitStatistics
        reported.withLock { last in
            commits.increment(by: Int64(max(0, now.commits - last.commits)))
            writes.increment(by: Int64(max(0, now.writes - last.writes)))
            checkpointsCopied.increment(by: Int64(max(0, now.checkpoints.copied - last.checkpoints.copied)))
            checkpointsFinished.increment(by: Int64(max(0, now.checkpoints.finished - last.checkpoints.finished)))
            last = now
        }
    }
}
