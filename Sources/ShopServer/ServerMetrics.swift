import Dispatch
import Metrics
import ShopIntents

/// What the server reports through swift-metrics (`/metrics` on the admin port): turns by intent
/// and result, their latency, errors by code, open connections and unread pushes. Without a
/// bootstrapped backend (no `--admin-port`) every call is swift-metrics' no-op.
///
/// Made after the metrics system is bootstrapped (metrics made before it stay no-ops), once per
/// server: the hot path (a turn) looks its counters up here, not in the backend's registry.
struct ServerMetrics: Sendable {
    /// Turn counters by intent name ("command" for operator commands) and result.
    private let turns: [String: (ok: Counter, error: Counter)]
    private let latency: Timer
    private let connections: Gauge
    private let unreadPushBytes: Gauge
    private let pushes: Counter

    static let turnLatency = "shopchat_turn_duration_seconds"

    init() {
        var turns: [String: (ok: Counter, error: Counter)] = [:]
        for name in IntentName.allCases.map(\.rawValue) + ["command"] {
            turns[name] = (
                Counter(label: "shopchat_turns_total", dimensions: [("intent", name), ("result", "ok")]),
                Counter(label: "shopchat_turns_total", dimensions: [("intent", name), ("result", "error")])
            )
        }
        self.turns = turns
        latency = Timer(label: Self.turnLatency)
        connections = Gauge(label: "shopchat_connections_open")
        unreadPushBytes = Gauge(label: "shopchat_push_unread_bytes")
        pushes = Counter(label: "shopchat_pushes_total")
    }

    /// One answered turn: its intent, whether it failed, and how long it took since `started`
    /// (a `DispatchTime` uptime in nanoseconds).
    func turn(intent: String, failed: Bool, started: UInt64) {
        if let counters = turns[intent] {
            (failed ? counters.error : counters.ok).increment()
        }
        latency.recordNanoseconds(Int64(clamping: DispatchTime.now().uptimeNanoseconds &- started))
    }

    func connectionsOpen(_ count: Int) { connections.record(count) }

    /// The bytes of pushes written to connections whose clients are not reading, all told.
    func unreadPushes(_ bytes: Int) { unreadPushBytes.record(bytes) }

    func pushed() { pushes.increment() }

    /// An error answered, by its protocol code (`rate_limited`, `forbidden`, `internal`…): rare,
    /// so looked up in the backend each time.
    func error(code: String) {
        Counter(label: "shopchat_errors_total", dimensions: [("code", code)]).increment()
    }
}
