import Foundation

/// A first-in-first-out hand-over between two threads that holds at most `capacity` items: the
/// producer waits while it is full, so a fast reader never runs ahead of a slow writer by more
/// than that (an import's memory stays bounded).
final class BoundedQueue<Item: Sendable>: @unchecked Sendable {
    // @unchecked: `items` and `closed` are read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var items: [Item] = []
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds `item`, waiting for room; false (and nothing added) once the consumer closed the queue.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !closed { condition.wait() }
        guard !closed else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one.
    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        condition.broadcast()
        return items.removeFirst()
    }

    /// Tells the producer to stop: its next `put` returns false.
    func close() {
        condition.lock()
        closed = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
