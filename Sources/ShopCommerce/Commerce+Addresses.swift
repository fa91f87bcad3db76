import Foundation
import ShopText

/// The address book lives in its owner's `sessions` row, as JSON, beside the session every turn
/// reads anyway. Under PostgreSQL's serializable isolation a read of a missing key, or of a range,
/// locks a whole index page: with a table of addresses (or a column of `users`, which turns don't
/// otherwise read), 200 first-time buyers at once conflicted with each other's new rows and a few
/// ran out of retries. Reading the row the turn has already read adds no such conflict. The book is
/// small and bounded (20), only its owner reads it, and "one default" is one row's invariant.
extension Commerce {
    /// The stored form: the entries and the next id, so a deleted address's id is never reused.
    struct StoredBook: Codable {
        struct Entry: Codable {
            var id: Int64
            var label: String?
            var text: String
            var phone: String?
            var isDefault: Bool
        }
        var next: Int64 = 1
        var entries: [Entry] = []
    }

    func storedBook(of user: String) throws -> StoredBook {
        guard let json = try tx.first("SELECT addresses FROM sessions WHERE \"user\" = \(.text(user))")?.optionalString("addresses") else {
            return StoredBook()
        }
        // Written only by this file: unreadable means a damaged row, which must not pass as empty.
        do { return try JSONDecoder().decode(StoredBook.self, from: Data(json.utf8)) } catch { throw StoredValueError(column: "addresses") }
    }

    func store(_ book: StoredBook, of user: String) throws {
        try ensureUser(user)
        let json = String(decoding: try JSONEncoder().encode(book), as: UTF8.self)
        // An operator's `/address` may come before the user's first turn: then the row is new.
        try tx.execute(
            """
            INSERT INTO sessions ("user", state, addresses) VALUES (\(.text(user)), '', \(.text(json))) ON CONFLICT ("user") \
            DO UPDATE SET addresses = excluded.addresses
            """)
    }

    /// `user`'s address book, oldest first (the order "the second address" counts in).
    public func addresses(of user: String) throws -> [Address] {
        try storedBook(of: user).entries.map {
            Address(id: $0.id, user: user, label: $0.label, text: $0.text, phone: $0.phone, isDefault: $0.isDefault)
        }
    }

    /// Where `user`'s orders go unless they say otherwise.
    public func defaultAddress(of user: String) throws -> Address? {
        try addresses(of: user).first(where: \.isDefault)
    }

    /// `user`'s address `id`; someone else's is as unknown as one that never was.
    public func address(id: Int64, user: String) throws -> Address? {
        try addresses(of: user).first { $0.id == id }
    }

    /// Saves an address. A label the book already has is that address, moved; so is the same text
    /// again without a label. The first address, or one said to be the default, becomes the
    /// default. Returns it and whether it replaced one.
    public func saveAddress(user: String, label: String?, text: String, phone: String?, makeDefault: Bool = false) throws -> (
        address: Address, replaced: Bool
    ) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (Address.minimumLength...Address.maximumLength).contains(text.count), label.map({ $0.count <= 20 }) ?? true,
            phone.map({ $0.count <= 20 }) ?? true
        else { throw CommerceError.addressRefused(.notAnAddress) }
        var book = try storedBook(of: user)
        let index =
            label.flatMap { label in book.entries.firstIndex { $0.label == label } }
            ?? (label == nil ? book.entries.firstIndex { $0.text == text } : nil)
        let isDefault = makeDefault || book.entries.isEmpty || index.map { book.entries[$0].isDefault } == true
        if isDefault { for k in book.entries.indices { book.entries[k].isDefault = false } }
        let entry: StoredBook.Entry
        if let index {
            book.entries[index].label = label ?? book.entries[index].label
            book.entries[index].text = text
            book.entries[index].phone = phone
            book.entries[index].isDefault = isDefault
            entry = book.entries[index]
        } else {
            guard book.entries.count < Address.maximumCount else { throw CommerceError.addressRefused(.tooMany) }
            entry = StoredBook.Entry(id: book.next, label: label, text: text, phone: phone, isDefault: isDefault)
            book.entries.append(entry)
            book.next += 1
        }
        try store(book, of: user)
        return (Address(id: entry.id, user: user, label: entry.label, text: text, phone: phone, isDefault: isDefault), index != nil)
    }

    /// Makes address `id` the default.
    public func setDefaultAddress(user: String, id: Int64) throws -> Address {
        var book = try storedBook(of: user)
        guard let chosen = book.entries.first(where: { $0.id == id }) else { throw CommerceError.addressRefused(.unknown(String(id))) }
        for k in book.entries.indices { book.entries[k].isDefault = book.entries[k].id == id }
        try store(book, of: user)
        return Address(id: id, user: user, label: chosen.label, text: chosen.text, phone: chosen.phone, isDefault: true)
    }

    /// Deletes address `id`. If it was the default, the newest of the rest becomes the default
    /// (returned), so a book with addresses always has one. Orders keep their own copy.
    public func removeAddress(user: String, id: Int64) throws -> (removed: Address, newDefault: Address?) {
        var book = try storedBook(of: user)
        guard let index = book.entries.firstIndex(where: { $0.id == id }) else { throw CommerceError.addressRefused(.unknown(String(id))) }
        let gone = book.entries.remove(at: index)
        var newDefault: Address?
        if gone.isDefault, !book.entries.isEmpty {
            book.entries[book.entries.count - 1].isDefault = true
            let next = book.entries[book.entries.count - 1]
            newDefault = Address(id: next.id, user: user, label: next.label, text: next.text, phone: next.phone, isDefault: true)
        }
        try store(book, of: user)
        return (
            Address(id: gone.id, user: user, label: gone.label, text: gone.text, phone: gone.phone, isDefault: gone.isDefault), newDefault
        )
    }
}
