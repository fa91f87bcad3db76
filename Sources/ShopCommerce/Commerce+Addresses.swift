import Foundation

extension Commerce {
    /// `user`'s address book, oldest first (the order "the second address" counts in).
    public func addresses(of user: String) throws -> [Address] {
        try tx.query("SELECT * FROM addresses WHERE user = ? ORDER BY id", .text(user)).map(Self.address)
    }

    /// Where `user`'s orders go unless they say otherwise.
    public func defaultAddress(of user: String) throws -> Address? {
        try tx.first("SELECT * FROM addresses WHERE user = ? AND is_default = 1 ORDER BY id LIMIT 1", .text(user)).map(Self.address)
    }

    /// `user`'s address `id`; someone else's is as unknown as one that never was.
    public func address(id: Int64, user: String) throws -> Address? {
        try tx.first("SELECT * FROM addresses WHERE id = ? AND user = ?", .int(id), .text(user)).map(Self.address)
    }

    /// Saves an address. A label the book already has is that address, moved; the first address,
    /// or one said to be the default, becomes the default. Returns it and whether it replaced one.
    public func saveAddress(user: String, label: String?, text: String, phone: String?, makeDefault: Bool = false) throws -> (
        address: Address, replaced: Bool
    ) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (Address.minimumLength...Address.maximumLength).contains(text.count), label.map({ $0.count <= 20 }) ?? true,
            phone.map({ $0.count <= 20 }) ?? true
        else { throw CommerceError.addressRefused(.notAnAddress) }
        let book = try addresses(of: user)
        // A label the book has is that address; so is the same address said again without one.
        let existing = label.flatMap { label in book.first { $0.label == label } } ?? book.first { $0.text == text && label == nil }
        let isDefault = makeDefault || book.isEmpty || existing?.isDefault == true
        if isDefault { try tx.execute("UPDATE addresses SET is_default = 0 WHERE user = ? AND is_default = 1", .text(user)) }
        if let existing {
            try tx.execute(
                "UPDATE addresses SET text = ?, phone = ?, is_default = ? WHERE id = ?", .text(text), phone.map(SQLValue.text) ?? .null,
                .int(isDefault ? 1 : 0), .int(existing.id))
            return (
                Address(id: existing.id, user: user, label: label ?? existing.label, text: text, phone: phone, isDefault: isDefault), true
            )
        }
        guard book.count < Address.maximumCount else { throw CommerceError.addressRefused(.tooMany) }
        try ensureUser(user)
        let id = try tx.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM addresses")
        try tx.execute(
            "INSERT INTO addresses (id, user, label, text, phone, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", .int(id),
            .text(user), label.map(SQLValue.text) ?? .null, .text(text), phone.map(SQLValue.text) ?? .null, .int(isDefault ? 1 : 0),
            .int(timestamp))
        return (Address(id: id, user: user, label: label, text: text, phone: phone, isDefault: isDefault), false)
    }

    /// Makes address `id` the default.
    public func setDefaultAddress(user: String, id: Int64) throws -> Address {
        guard var address = try address(id: id, user: user) else { throw CommerceError.addressRefused(.unknown(String(id))) }
        try tx.execute("UPDATE addresses SET is_default = 0 WHERE user = ? AND is_default = 1", .text(user))
        try tx.execute("UPDATE addresses SET is_default = 1 WHERE id = ?", .int(id))
        address.isDefault = true
        return address
    }

    /// Deletes address `id`. If it was the default, the newest of the rest becomes the default
    /// (returned), so a book with addresses always has one. Orders keep their own copy.
    public func removeAddress(user: String, id: Int64) throws -> (removed: Address, newDefault: Address?) {
        guard let address = try address(id: id, user: user) else { throw CommerceError.addressRefused(.unknown(String(id))) }
        try tx.execute("DELETE FROM addresses WHERE id = ?", .int(id))
        guard address.isDefault, let next = try addresses(of: user).last else { return (address, nil) }
        return (address, try setDefaultAddress(user: user, id: next.id))
    }

    static func address(_ row: SQLRow) -> Address {
        Address(
            id: row.int("id"), user: row.string("user"), label: row.optionalString("label"), text: row.string("text"),
            phone: row.optionalString("phone"), isDefault: row.int("is_default") == 1)
    }
}
