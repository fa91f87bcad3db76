/// One entry of a shopper's address book (收货地址). Personal data: only its owner sees it, and
/// it never goes into a log, an event or another user's reply (PROTOCOL.md §9).
public struct Address: Sendable, Equatable {
    public var id: Int64
    public var user: String
    /// "home", "office", "school", "parents", or nil for an address without a name.
    public var label: String?
    /// The address as the shopper wrote it, less the phone number.
    public var text: String
    /// The recipient's phone, if one was given; shown masked.
    public var phone: String?
    public var isDefault: Bool

    public init(id: Int64, user: String, label: String?, text: String, phone: String?, isDefault: Bool) {
        self.id = id
        self.user = user
        self.label = label
        self.text = text
        self.phone = phone
        self.isDefault = isDefault
    }

    /// "138****8000": enough for the shopper to know which number, not enough to call it.
    public var maskedPhone: String? { phone.map(Self.mask) }

    public static func mask(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count >= 7 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Longest address text the book takes, in characters, and how many addresses one user keeps.
    public static let maximumLength = 200
    public static let minimumLength = 5
    public static let maximumCount = 20
}

/// An address-book request the rules of PROTOCOL.md §9 don't allow.
public enum AddressRefusal: Error, Equatable, Sendable {
    /// A purchase, or "use my office address", with nothing in the book.
    case noAddress
    /// No address of that name or number.
    case unknown(String)
    /// Too short, too long, or not an address at all ("yes").
    case notAnAddress
    /// The book is full.
    case tooMany

    public var code: String {
        switch self {
        case .noAddress: "no_address"
        case .unknown: "unknown_address"
        case .notAnAddress: "bad_address"
        case .tooMany: "address_limit"
        }
    }
}
