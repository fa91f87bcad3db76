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
        for byte in bytes {
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
            }
        }
        return records
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
        guard let text = String(validating: field, as: UTF8.self) else { throw .notUTF8(line: line) }
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
