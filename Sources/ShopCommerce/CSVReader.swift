/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and newlines.
/// Each record carries the line number it starts on, for error messages.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case strayQuote(line: Int)
    }

    public static func records(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteOpenedOn = 1
        var fieldWasQuoted = false
        var iterator = Array(text.unicodeScalars.map(Character.init)).makeIterator()
        var pending: Character? = nil

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let char = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if char == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if char == "\n" { line += 1 }
                    field.append(char)
                }
                continue
            }
            switch char {
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r":
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw .strayQuote(line: line) }
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOn = line
            default:
                if fieldWasQuoted { throw .strayQuote(line: line) }
                field.append(char)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteOpenedOn) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
