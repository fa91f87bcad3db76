/// Why a JSON Lines request could not be taken (PROTOCOL.md §3). The connection stays usable.
public enum ProtocolError: String, Error, Sendable, CaseIterable {
    case badJSON = "bad_json"
    case lineTooLong = "line_too_long"
    case badUTF8 = "bad_utf8"
    case missingText = "missing_text"
    case unauthorized
    case forbidden
    case badUser = "bad_user"
    case unknownUser = "unknown_user"
    case rateLimited = "rate_limited"
    case `internal`

    public var message: String {
        switch self {
        case .badJSON: "The line is not a request object (PROTOCOL.md §3: text, and optionally user, id, lang en|zh)."
        case .lineTooLong: "The line is longer than the limit."
        case .badUTF8: "The line is not valid UTF-8."
        case .missingText: "The request has no \"text\" string."
        case .unauthorized: "Say hello with the right token first."
        case .forbidden: "Operator commands are for the operator only; nothing was changed."
        case .badUser: "\"user\" must be a name of 1 to 32 letters, digits, - _ or .; nothing was changed."
        case .unknownUser: "That user is not known here."
        case .rateLimited: "Too many requests; slow down."
        case .internal: "Something went wrong on our side."
        }
    }
}
