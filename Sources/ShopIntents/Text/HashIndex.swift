import ShopText

/// An open-addressing map from 64-bit hashes to small integers.
///
/// The engine's keys are already good hashes (of words, phrases, features), so hashing them
/// again with `Hasher`, as `Dictionary` does, is wasted work on the hot path; this table only
/// mixes the bits and probes linearly.
struct HashIndex: Sendable, Equatable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    var isEmpty: Bool { count == 0 }

    /// Key 0 marks an empty slot, so a real 0 is stored as this.
    private static let zeroKey: UInt64 = 0x8000_0000_0000_0001

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var x = key
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 29
        return Int(truncatingIfNeeded: x) & mask
    }

    subscript(key: UInt64) -> Int32? {
        let key = key == 0 ? Self.zeroKey : key
        var index = Self.slot(key, mask)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[index]
                if found == key { return values[index] }
                if found == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Sets the value of `key`, growing the table when it is half full.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = key == 0 ? Self.zeroKey : key
        var index = Self.slot(key, mask)
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == 0 { count += 1 }
        keys[index] = key
        values[index] = value
    }

    mutating func insert(_ key: UInt64) {
        if !contains(key) { set(key, 1) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var index = Self.slot(key, mask)
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = key
            values[index] = value
            count += 1
        }
    }
}
