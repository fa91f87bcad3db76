import Metrics
import Prometheus
import ShopChat

/// swift-metrics backed by a Prometheus registry: what `/metrics` shows.
public enum AdminMetrics {
    /// Bootstraps the process's metrics system once (before the server is made: metrics made
    /// earlier stay no-ops) and returns the registry `/metrics` reads.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // A turn on SQLite takes well under a millisecond; the default buckets start at 5 ms.
        factory.durationHistogramBuckets[ShopServer.turnLatencyLabel] = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(20), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(5),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }
}
