import ShopIntents
import Synchronization

/// The intent engine that every conversation of a process shares, swapped whole when the catalog
/// changes: a connection that did not run the `/import` still understands the new words.
final class SharedEngine: Sendable {
    private let current: Mutex<IntentEngine>

    init(_ engine: IntentEngine) {
        current = Mutex(engine)
    }

    var engine: IntentEngine {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue } }
    }
}
