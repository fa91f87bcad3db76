import Foundation

/// How many more (or fewer) products hold each search term: an import's changes to the term
/// counts (`SQLSession.recountSearchTerms(changes:)`), counted on ``TermCounter``'s thread.
///
/// Every term seen is kept once in one byte buffer, found through an open-addressed table of
/// places (as ``TermWriter`` does for one product), and remembers the last product that counted
/// it, so a term in several of a product's columns counts once without a set per product.
/// Sets and dictionaries of Substrings cost 15 µs a product here (hashing, comparing through
/// UTF-8 views, retaining each term's text), more than the rest of the import's work in Swift.
struct TermTally {
    private var bytes: [UInt8] = []
    /// Per term, in the order first seen.
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    private var counts: [Int64] = []
    private var lastProduct: [Int32] = []
    private var hashes: [UInt64] = []
    /// Term numbers by hash (-1: empty); a power of two, never more than half full.
    private var slots = [Int32](repeating: -1, count: 1 << 16)
    private var product: Int32 = 0

    /// Counts each term of `texts` (space-separated terms; a term in several counts once) as
    /// held by `step` more products.
    mutating func add(_ texts: [String], by step: Int64) {
        product &+= 1
        for var text in texts {
            text.withUTF8 { utf8 in
                var start = 0
                for index in 0...utf8.count where index == utf8.count || utf8[index] == 0x20 {
                    if index > start { count(UnsafeBufferPointer(rebasing: utf8[start..<index]), by: step) }
                    start = index + 1
                }
            }
        }
    }

    private mutating func count(_ term: UnsafeBufferPointer<UInt8>, by step: Int64) {
        // FNV-1a: terms are a few bytes long.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if lengths[found] == term.count,
                bytes.withUnsafeBufferPointer({ stored in
                    memcmp(stored.baseAddress! + starts[found], term.baseAddress!, term.count) == 0
                })
            {
                if lastProduct[found] != product {
                    lastProduct[found] = product
                    counts[found] += step
                }
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(starts.count)
        starts.append(bytes.count)
        lengths.append(Int32(term.count))
        counts.append(step)
        lastProduct.append(product)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        if starts.count * 2 > slots.count { grow() }
    }

    /// Doubles the table, placing every term again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for term in starts.indices {
            var slot = Int(truncatingIfNeeded: hashes[term]) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(term)
        }
    }

    /// The changes in the terms' byte order, those that cancelled out left out (sorted here by
    /// their bytes: a million Strings hashed into a dictionary, then sorted, took seconds).
    var changes: TermChanges {
        var order = starts.indices.filter { counts[$0] != 0 }
        bytes.withUnsafeBufferPointer { stored in
            order.sort { left, right in
                let common = Int(min(lengths[left], lengths[right]))
                let compared = memcmp(stored.baseAddress! + starts[left], stored.baseAddress! + starts[right], common)
                return compared != 0 ? compared < 0 : lengths[left] < lengths[right]
            }
        }
        var changes = TermChanges()
        changes.terms.reserveCapacity(order.count)
        changes.changes.reserveCapacity(order.count)
        for term in order {
            changes.terms.append(String(decoding: bytes[starts[term]..<starts[term] + Int(lengths[term])], as: UTF8.self))
            changes.changes.append(counts[term])
        }
        return changes
    }
}
