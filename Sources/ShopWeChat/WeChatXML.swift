import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// WeChat's XML: one `<xml>` element whose children are named fields holding text or CDATA.
/// Deeper elements (some events' `ScanCodeInfo`) are skipped; only the fields are kept.
public enum WeChatXML {
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    /// The fields of an `<xml>` document, by element name. External entities are never
    /// resolved (XMLParser's default), so a document cannot make the server read files.
    public static func fields(of data: Data) throws -> [String: String] {
        let collector = FieldCollector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // Linux's XMLParser (libxml2) recovers from some broken documents: the collector checks
        // that every element closes in order and the root closes last.
        guard parser.parse(), collector.sawRoot, collector.closedRoot else {
            throw Malformed(description: collector.problem ?? parser.parserError.map { "\($0)" } ?? "not an XML document")
        }
        if let problem = collector.problem { throw Malformed(description: problem) }
        return collector.fields
    }

    /// An `<xml>` document of `fields` in this order, each value in CDATA (numbers as given by
    /// the caller in `bare`, without CDATA, as WeChat writes CreateTime).
    public static func document(_ fields: [(name: String, value: String)], bare: Set<String> = []) -> String {
        var xml = "<xml>"
        for (name, value) in fields {
            xml += bare.contains(name) ? "<\(name)>\(escaped(value))</\(name)>" : "<\(name)>\(cdata(value))</\(name)>"
        }
        return xml + "</xml>"
    }

    /// `text` in CDATA; a "]]>" inside is split across two sections so it cannot end it early.
    static func cdata(_ text: String) -> String {
        // Foundation's replacing is slow (7 % of a request under perf) and "]]>" is rare.
        guard text.contains("]]>") else { return "<![CDATA[" + text + "]]>" }
        return "<![CDATA[" + text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;")
    }
}

/// XMLParser's delegate: the text of each child of the root. Used by one parse on one thread.
private final class FieldCollector: NSObject, XMLParserDelegate {
    var fields: [String: String] = [:]
    var sawRoot = false
    var closedRoot = false
    var problem: String?
    private var open: [String] = []
    private var depth: Int { open.count }
    private var current: String?
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard !closedRoot else {
            problem = "content after </xml>"
            return parser.abortParsing()
        }
        open.append(name)
        if depth == 1 {
            guard name == "xml" else {
                problem = "the root element is <\(name)>, not <xml>"
                return parser.abortParsing()
            }
            sawRoot = true
        } else if depth == 2 {
            current = name
            text = ""
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard open.last == name else {
            problem = "</\(name)> does not close <\(open.last ?? "")>"
            return parser.abortParsing()
        }
        if depth == 2, let current {
            guard fields[current] == nil else {
                problem = "the field <\(current)> appears twice"
                return parser.abortParsing()
            }
            fields[current] = text
            self.current = nil
        }
        open.removeLast()
        if open.isEmpty { closedRoot = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth == 2 { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if depth == 2 { text += String(decoding: block, as: UTF8.self) }
    }
}
