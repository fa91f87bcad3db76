/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and newlines.
/// Each record carries the line number it starts on, for error messages.
///
/// Bytes are fed in chunks of any size (a record may span two), so a catalog file is read in
/// bounded memory; the marks that matter (`,` `"` CR LF) are ASCII, never inside a UTF-8
/// sequence, so fields are cut as bytes and decoded once each.
public struct CSVReader {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case strayQuote(line: Int)
        case notUTF8(line: Int)
    }

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    private var quoteOpenedOn = 1
    private var fieldWasQuoted = false
    /// A quote inside quotes: the field's end, or the first of a doubled quote.
    private var quotePending = false

    public init() {}

    /// Every record of `text`.
    public static func records(_ text: String) throws(Failure) -> [Record] {
        var reader = CSVReader()
        return try reader.feed(text.utf8) + reader.finish()
    }

    /// Reads `bytes`; returns the records they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(Failure) -> [Record] {
        var records: [Record] = []
        var failure: Failure?
        func read(_ buffer: UnsafeBufferPointer<UInt8>) {
            do throws(Failure) { try feed(buffer, into: &records) } catch { failure = error }
        }
        if bytes.withContiguousStorageIfAvailable(read) == nil {
            let copy = [UInt8](bytes)
            copy.withUnsafeBufferPointer(read)
        }
        if let failure { throw failure }
        return records
    }

    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into records: inout [Record]) throws(Failure) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            index += 1
            if quotePending {
                quotePending = false
                if byte == Self.quote {
                    field.append(Self.quote)
                    continue
                }
                inQuotes = false
            }
            if inQuotes {
                if byte == Self.quote {
                    quotePending = true
                } else {
                    if byte == Self.newline { line += 1 }
                    field.append(byte)
                    // The rest of the quoted run at once: a byte at a time was most of an import's reading.
                    let end = Self.next(in: bytes, from: index) { $0 == Self.quote || $0 == Self.newline }
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                }
                continue
            }
            switch byte {
            case Self.comma:
                try endField()
            case Self.carriageReturn:
                continue
            case Self.newline:
                if let record = try endRecord() { records.append(record) }
                line += 1
                recordLine = line
            case Self.quote:
                guard field.isEmpty, !fieldWasQuoted else { throw .strayQuote(line: line) }
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOn = line
            default:
                if fieldWasQuoted { throw .strayQuote(line: line) }
                field.append(byte)
                let end = Self.next(in: bytes, from: index) {
                    $0 == Self.comma || $0 == Self.newline || $0 == Self.quote || $0 == Self.carriageReturn
                }
                field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
        }
    }

    /// The index of the first byte from `start` that `isMark`, else the end.
    @inline(__always)
    private static func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ isMark: (UInt8) -> Bool) -> Int {
        var end = start
        while end < bytes.count, !isMark(bytes[end]) { end += 1 }
        return end
    }

    /// Ends the input: the last record may lack its newline.
    public mutating func finish() throws(Failure) -> [Record] {
        if quotePending {
            quotePending = false
            inQuotes = false
        }
        if inQuotes { throw .unterminatedQuote(line: quoteOpenedOn) }
        guard !field.isEmpty || !fields.isEmpty || fieldWasQuoted else { return [] }
        return try endRecord().map { [$0] } ?? []
    }

    private mutating func endField() throws(Failure) {
        // Decoded, then compared with the bytes: a repair means they were not UTF-8. (Swift's
        // validating initializer is generic, and its lookups were a tenth of an import's reading.)
        let text = String(decoding: field, as: UTF8.self)
        guard text.utf8.count == field.count, text.utf8.elementsEqual(field) else { throw .notUTF8(line: line) }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    /// The record just ended, or nil for a blank line.
    private mutating func endRecord() throws(Failure) -> Record? {
        let blank = fields.isEmpty && field.isEmpty && !fieldWasQuoted
        try endField()
        defer { fields.removeAll(keepingCapacity: true) }
        return blank ? nil : Record(line: recordLine, fields: fields)
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
