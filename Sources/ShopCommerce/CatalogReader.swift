import ShopText

/// Reads a CSV catalog (PROTOCOL.md §8) as its bytes arrive: each good row becomes a product at
/// once, so a file of any size needs memory for one chunk, not for the file. Problems are
/// collected with their line numbers and thrown at the end (or once there are too many); after
/// the first, no more products are handed out, since the import will not happen.
public struct CatalogReader {
    /// The problems reported before the reader stops looking.
    public static let mostProblems = 1_000

    private var csv = CSVReader()
    private var header: [String]?
    /// Each field's column in the header (a name given twice: the first counts), by `Field.rawValue`.
    private var column: [Int?] = Array(repeating: nil, count: CatalogImport.Field.allCases.count)
    private var problems: [CatalogImport.Problem] = []
    private var seen: [String: Int] = [:]
    private var names = CatalogImport.NamesSaid()
    private var started = false
    /// Good rows read so far.
    public private(set) var rows = 0

    public init() {}

    /// Reads the next bytes of the file; returns the good products they complete.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws(CatalogImport.Failure) -> [Product] {
        var bytes = bytes[...]
        if !started, !bytes.isEmpty {
            started = true
            // A byte-order mark some spreadsheet programs write first.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        }
        return try products(from: Self.records(&csv, bytes))
    }

    /// Ends the file: throws its problems, if any.
    public mutating func finish() throws(CatalogImport.Failure) -> [Product] {
        let last: [CSVReader.Record]
        do {
            last = try csv.finish()
        } catch {
            throw CatalogImport.Failure.invalid(problems + [Self.problem(error)])
        }
        let products = try products(from: last)
        guard header != nil else { throw .unreadable("the file is empty") }
        if !problems.isEmpty { throw .invalid(problems) }
        if rows == 0 { throw .unreadable("the file holds no products") }
        return products
    }

    private static func records(_ csv: inout CSVReader, _ bytes: some Sequence<UInt8>) throws(CatalogImport.Failure) -> [CSVReader.Record] {
        do {
            return try csv.feed(bytes)
        } catch {
            // The rest of the file can't be cut into rows reliably: stop here.
            throw .invalid([problem(error)])
        }
    }

    private static func problem(_ error: CSVReader.Failure) -> CatalogImport.Problem {
        switch error {
        case .unterminatedQuote(let line): CatalogImport.Problem(line: line, message: "a quoted field is never closed", zh: "引号没有闭合")
        case .strayQuote(let line): CatalogImport.Problem(line: line, message: "a quote inside an unquoted field", zh: "没加引号的字段里出现了引号")
        case .notUTF8(let line): CatalogImport.Problem(line: line, message: "the text is not UTF-8", zh: "文字不是UTF-8编码")
        }
    }

    private mutating func products(from records: [CSVReader.Record]) throws(CatalogImport.Failure) -> [Product] {
        var products: [Product] = []
        for record in records {
            guard let header else {
                let names = record.fields.map { CatalogImport.trimmed($0).lowercased() }
                let missing = CatalogImport.required.map(\.name).filter { !names.contains($0) }
                // A file without a catalog's header is not a catalog with bad rows: its lines say nothing.
                guard missing.isEmpty else { throw .unreadable("the header lacks \(missing.joined(separator: ", "))") }
                header = names
                for field in CatalogImport.Field.allCases { column[field.rawValue] = names.firstIndex(of: field.name) }
                continue
            }
            guard record.fields.count == header.count else {
                try add(
                    CatalogImport.Problem(
                        line: record.line, message: "\(record.fields.count) fields, the header has \(header.count)",
                        zh: "有\(record.fields.count)个字段，表头有\(header.count)个"))
                continue
            }
            switch CatalogImport.product({ field in column[field.rawValue].map { record.fields[$0] } }) {
            case .success(let product):
                if let first = seen[product.sku] {
                    try add(
                        CatalogImport.Problem(
                            line: record.line, message: "SKU \(product.sku) repeats line \(first)", zh: "SKU \(product.sku)和第\(first)行重复"))
                } else if let conflict = names.check(product, line: record.line) {
                    try add(CatalogImport.Problem(line: record.line, message: conflict.text, zh: conflict.zh))
                } else {
                    seen[product.sku] = record.line
                    rows += 1
                    if problems.isEmpty { products.append(product) }
                }
            case .failure(let message):
                try add(CatalogImport.Problem(line: record.line, message: message.text, zh: message.zh))
            }
        }
        return problems.isEmpty ? products : []
    }

    private mutating func add(_ problem: CatalogImport.Problem) throws(CatalogImport.Failure) {
        problems.append(problem)
        if problems.count >= Self.mostProblems { throw .invalid(problems) }
    }
}
