/// One annotated training phrase: `cart.add: add [2](quantity) of [the second one](product)`.
///
/// The line format: the intent name, a colon, the phrase; a slot value is written
/// `[as typed](slot)`. Lines starting with `#` and blank lines are ignored.
public struct TrainingPhrase: Sendable, Equatable {
    /// An annotated slot: its name, the text as typed, and where it sits in `text` (in scalars).
    public struct Slot: Sendable, Equatable {
        /// The slot's name (`quantity`, `product`); names starting with `_` only mark words that
        /// are not command words (a name in passing) and are not slots.
        public var name: String
        /// The value as typed.
        public var surface: String
        /// Where the value sits in `text`, in Unicode scalars.
        public var range: Range<Int>
    }

    public var intent: IntentName
    /// The phrase with the annotation brackets removed.
    public var text: String
    public var slots: [Slot]

    /// A problem with one line of a phrase file.
    public struct FormatError: Error, Equatable, CustomStringConvertible {
        /// The line number, from 1.
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses one line; `nil` for comments and blank lines.
    public static func parse(line: Substring, number: Int) throws(FormatError) -> TrainingPhrase? {
        var result: TrainingPhrase?
        var failure: FormatError?
        var line = line
        line.withUTF8 { bytes in
            do throws(FormatError) {
                result = try parse(bytes: bytes, number: number)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return result
    }

    /// Works on UTF-8 bytes: the engine reads two thousand phrases at start-up.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>, number: Int) throws(FormatError) -> TrainingPhrase? {
        var i = 0
        let n = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        while i < n, isSpace(bytes[i]) { i += 1 }
        if i == n || bytes[i] == 0x23 { return nil }
        guard let colon = (i..<n).first(where: { bytes[$0] == 0x3A }) else {
            throw FormatError(line: number, message: "expected `intent: phrase`")
        }
        var nameEnd = colon
        while nameEnd > i, isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<nameEnd]), as: UTF8.self)
        guard let intent = IntentName(rawValue: name) else {
            throw FormatError(line: number, message: "unknown intent `\(name)`")
        }
        var j = colon + 1
        var end = n
        while j < end, isSpace(bytes[j]) { j += 1 }
        while end > j, isSpace(bytes[end - 1]) { end -= 1 }
        var text: [UInt8] = []
        text.reserveCapacity(end - j)
        var slots: [Slot] = []
        var scalars = 0
        func scalarCount(_ range: Range<Int>) -> Int {
            var count = 0
            for k in range where bytes[k] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        while j < end {
            let b = bytes[j]
            if b == 0x5B { // [value](slot)
                guard let close = (j..<end).first(where: { bytes[$0] == 0x5D }), close + 1 < end, bytes[close + 1] == 0x28,
                    let paren = ((close + 1)..<end).first(where: { bytes[$0] == 0x29 })
                else { throw FormatError(line: number, message: "unclosed `[value](slot)`") }
                let value = (j + 1)..<close
                let slot = String(decoding: UnsafeBufferPointer(rebasing: bytes[(close + 2)..<paren]), as: UTF8.self)
                guard !slot.isEmpty, !value.isEmpty else { throw FormatError(line: number, message: "empty slot or value") }
                let length = scalarCount(value)
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self)
                slots.append(Slot(name: slot, surface: surface, range: scalars..<(scalars + length)))
                text.append(contentsOf: bytes[value])
                scalars += length
                j = paren + 1
            } else {
                text.append(b)
                if b & 0xC0 != 0x80 { scalars += 1 }
                j += 1
            }
        }
        guard scalars > 0 else { throw FormatError(line: number, message: "empty phrase") }
        return TrainingPhrase(intent: intent, text: String(decoding: text, as: UTF8.self), slots: slots)
    }

    /// Parses a whole phrase file.
    public static func parse(file: String) throws(FormatError) -> [TrainingPhrase] {
        var file = file
        var phrases: [TrainingPhrase] = []
        var failure: FormatError?
        file.withUTF8 { bytes in
            phrases = parse(utf8: bytes) { failure = failure ?? $0 }
        }
        if let failure { throw failure }
        return phrases
    }

    /// Parses a phrase file's bytes line by line, reporting bad lines to `problem`.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, problem: (FormatError) -> Void) -> [TrainingPhrase] {
        var phrases: [TrainingPhrase] = []
        phrases.reserveCapacity(bytes.count / 30)
        var number = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            number += 1
            do {
                if let phrase = try parse(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), number: number) {
                    phrases.append(phrase)
                }
            } catch {
                problem(error)
            }
            start = end + 1
        }
        return phrases
    }
}
