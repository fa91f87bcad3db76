import Foundation
import ShopIntents

/// The intent engine that every conversation of a process shares, swapped whole when the catalog
/// changes: a connection that did not run the `/import` still understands the new words.
final class SharedEngine: @unchecked Sendable {
    // @unchecked: `current` is only read and written under `lock`; the engine itself is a value.
    private let lock = NSLock()
    private var current: IntentEngine

    init(_ engine: IntentEngine) {
        current = engine
    }

    var engine: IntentEngine {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
