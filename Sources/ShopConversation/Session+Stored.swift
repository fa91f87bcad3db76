import Foundation
import ShopIntents

extension Session {
    /// The JSON a session is stored as, read back by its `Decodable` conformance.
    ///
    /// Written by hand, in the shape `JSONEncoder` gives (what waits too: Session+StoredPending):
    /// `JSONEncoder` took 8 % of a scripted session's time for these few fields (perf, stop 26),
    /// and 4 % more for a question left waiting over several turns (stop 45). `StoredSessionTests`
    /// checks that every session reads back equal, as `JSONEncoder`'s text does.
    public func storedText() throws -> String {
        var json = "{\"focus\":"
        Self.append(focus, to: &json)
        json += ",\"results\":"
        Self.append(results, to: &json)
        if let store {
            json += ",\"store\":"
            Self.append(store, to: &json)
        }
        if let pending {
            json += ",\"pending\":"
            pending.append(to: &json)
        }
        if let beneath {
            json += ",\"beneath\":"
            beneath.append(to: &json)
        }
        if let language { json += ",\"language\":\"\(language.rawValue)\"" }
        if let lastLanguage { json += ",\"lastLanguage\":\"\(lastLanguage.rawValue)\"" }
        if let justAdded { json += ",\"justAdded\":\(justAdded)" }
        if let justLooked { json += ",\"justLooked\":\(justLooked)" }
        if let justOrdered { json += ",\"justOrdered\":\(justOrdered)" }
        if let justCompared { json += ",\"justCompared\":\(justCompared)" }
        if let shipTo { json += ",\"shipTo\":\(shipTo)" }
        if let offered {
            json += ",\"offered\":"
            Self.append(offered, to: &json)
        }
        if let asked {
            json += ",\"asked\":"
            Self.append(asked, to: &json)
        }
        json += "}"
        return json
    }

    static func append(_ strings: [String], to json: inout String) {
        json += "["
        for (index, string) in strings.enumerated() {
            if index > 0 { json += "," }
            append(string, to: &json)
        }
        json += "]"
    }

    /// `string` as a JSON string: quotes, backslashes and control characters escaped.
    static func append(_ string: String, to json: inout String) {
        json += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "\n": json += "\\n"
            case "\r": json += "\\r"
            case "\t": json += "\\t"
            case _ where scalar.value < 0x20: json += String(format: "\\u%04x", scalar.value)
            default: json.unicodeScalars.append(scalar)
            }
        }
        json += "\""
    }
}
