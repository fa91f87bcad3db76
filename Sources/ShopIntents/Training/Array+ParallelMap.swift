import Dispatch

/// Runs `first` and `second` at the same time and returns both results.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = UnsafeMutablePointer<A?>.allocate(capacity: 1)
    let b = UnsafeMutablePointer<B?>.allocate(capacity: 1)
    a.initialize(to: nil)
    b.initialize(to: nil)
    defer {
        a.deinitialize(count: 1)
        b.deinitialize(count: 1)
        a.deallocate()
        b.deallocate()
    }
    let addresses = (Int(bitPattern: a), Int(bitPattern: b))
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        // Each iteration writes only its own result.
        if index == 0 {
            UnsafeMutablePointer<A?>(bitPattern: addresses.0)!.pointee = first()
        } else {
            UnsafeMutablePointer<B?>(bitPattern: addresses.1)!.pointee = second()
        }
    }
    return (a.pointee!, b.pointee!)
}

extension Array where Element: Sendable {
    /// `map` on two threads: training reads two thousand phrases at start-up, and the machines
    /// this runs on have at least two cores.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count >= 64 else { return map(transform) }
        let chunks = 2
        let size = (count + chunks - 1) / chunks
        let parts = UnsafeMutablePointer<[T]>.allocate(capacity: chunks)
        parts.initialize(repeating: [], count: chunks)
        defer {
            parts.deinitialize(count: chunks)
            parts.deallocate()
        }
        let address = Int(bitPattern: parts)
        self.withUnsafeBufferPointer { elements in
            let base = Int(bitPattern: elements.baseAddress)
            let total = elements.count
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                // Each chunk writes only its own slot of `parts`.
                let source = UnsafePointer<Element>(bitPattern: base)!
                let target = UnsafeMutablePointer<[T]>(bitPattern: address)!
                let range = (chunk * size)..<Swift.min(total, (chunk + 1) * size)
                var result: [T] = []
                result.reserveCapacity(range.count)
                for index in range { result.append(transform(source[index])) }
                target[chunk] = result
            }
        }
        var result: [T] = []
        result.reserveCapacity(count)
        for chunk in 0..<chunks { result.append(contentsOf: parts[chunk]) }
        return result
    }
}
