import ShopCommerce
import ShopIntents
import ShopText

/// The address book (PROTOCOL.md §9): add, list, choose the default, delete, and say where one
/// order goes. Every purchase ships to an address; the first one asks for it.
extension Conversation {
    /// `address.add`: "office address: 上海市…", "添加地址 北京市朝阳区…". A label the book
    /// has already is that address, updated.
    func addAddress(_ turn: inout Turn) throws -> Answer {
        guard let text = turn.string(.address) else {
            return ask(AddressText.whatAddress(label: turn.string(.label)), for: .address, &turn)
        }
        let saved = try turn.commerce.saveAddress(
            user: turn.user, label: turn.string(.label), text: text, phone: turn.string(.phone), makeDefault: turn.int(.`default`) == 1)
        let book = try turn.commerce.addresses(of: turn.user)
        let position = Self.position(of: saved.address, in: book)
        var said = turn.say(AddressText.saved(saved.address, position: position, replaced: saved.replaced))
        // "deliver to 12 Baker St instead", "这次寄到…": the new address is for the next order.
        if !saved.address.isDefault, Self.meansThisOrder(turn.text) {
            turn.session.shipTo = saved.address.id
            said += " " + turn.say(AddressText.nextOrder(saved.address, position: position))
        }
        return Answer(said, data: .object(["address": .address(saved.address, position: position)]))
    }

    func listAddresses(_ turn: Turn) throws -> Answer {
        let book = try turn.commerce.addresses(of: turn.user)
        guard !book.isEmpty else { return Answer(turn.say(AddressText.empty), data: .object(["addresses": .array([])])) }
        return Answer(
            turn.say(AddressText.list(book)),
            data: .object(["addresses": .array(book.enumerated().map { .address($1, position: $0 + 1) })]))
    }

    /// `address.default`: "默认地址改成公司", "make the second one my default".
    func makeDefaultAddress(_ turn: inout Turn) throws -> Answer {
        // "我的默认地址是哪个", "what's my default address": a question, answered by the book.
        if turn.slots[.label] == nil, turn.slots[.position] == nil, Self.asks(turn.text) { return try listAddresses(turn) }
        let book = try turn.commerce.addresses(of: turn.user)
        let chosen: Address
        // "and make that my default from now on", said after "…now ships to address 2": the one
        // the order goes to (asking which replaced the checkout waiting for a yes).
        if turn.slots[.label] == nil, turn.slots[.position] == nil, let shipTo = turn.session.shipTo, Self.pointsAtOne(turn.text),
            let going = book.first(where: { $0.id == shipTo })
        {
            chosen = going
        } else {
            switch try namedAddress(&turn, in: book) {
            case .address(let found): chosen = found
            case .reply(let answer): return answer
            }
        }
        let address = try turn.commerce.setDefaultAddress(user: turn.user, id: chosen.id)
        // A one-off "send it to my home instead" gives way to the default just chosen.
        turn.session.shipTo = nil
        let position = Self.position(of: address, in: book)
        return Answer(
            turn.say(AddressText.madeDefault(address, position: position)),
            data: .object(["address": .address(address, position: position)]))
    }

    /// Whether `text` points at one thing already in view: "make that my default", "设这个为默认".
    static func pointsAtOne(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { ["that", "it", "this"].contains($0) } || ["这个", "它", "这地址", "这一个"].contains(where: text.contains)
    }

    /// `address.remove`: "delete my office address", "删除第二个地址".
    func removeAddress(_ turn: inout Turn) throws -> Answer {
        let book = try turn.commerce.addresses(of: turn.user)
        let chosen: Address
        switch try namedAddress(&turn, in: book) {
        case .address(let found): chosen = found
        case .reply(let answer): return answer
        }
        let (removed, newDefault) = try turn.commerce.removeAddress(user: turn.user, id: chosen.id)
        if turn.session.shipTo == removed.id { turn.session.shipTo = nil }
        let rest = book.filter { $0.id != removed.id }
        let newPosition = newDefault.map { Self.position(of: $0, in: rest) } ?? 0
        return Answer(
            turn.say(
                AddressText.removed(
                    removed, position: Self.position(of: removed, in: book), newDefault: newDefault, newPosition: newPosition)),
            data: .object([
                "removed": .address(removed, position: Self.position(of: removed, in: book)),
                "default": newDefault.map { .address($0, position: newPosition) } ?? .null,
            ]))
    }

    /// `address.use`: "send it to my office instead", "寄到家里". The order waiting for a yes, or
    /// else the next one, goes there; the default stays.
    func useAddress(_ turn: inout Turn) throws -> Answer {
        let book = try turn.commerce.addresses(of: turn.user)
        let chosen: Address
        switch try namedAddress(&turn, in: book) {
        case .address(let found): chosen = found
        case .reply(let answer): return answer
        }
        turn.session.shipTo = chosen.isDefault ? nil : chosen.id
        let position = Self.position(of: chosen, in: book)
        return Answer(
            turn.say(AddressText.nextOrder(chosen, position: position)), data: .object(["ship_to": .address(chosen, position: position)]))
    }

    enum ChosenAddress {
        case address(Address)
        case reply(Answer)
    }

    /// The address a request names by label or position; the only one if it names none; else
    /// asks which.
    func namedAddress(_ turn: inout Turn, in book: [Address]) throws -> ChosenAddress {
        guard !book.isEmpty else { throw CommerceError.addressRefused(.noAddress) }
        // "不要寄到儿子那里 寄到宁波我自己家里": a place only one address has says more than a
        // label's word (家 read as home, the son's).
        if book.count > 1, let index = AddressWords.named(in: turn.text, among: book.map(\.text)) { return .address(book[index]) }
        if let label = turn.string(.label) {
            if let found = book.first(where: { $0.label == label }) { return .address(found) }
            // "send it to my home": the first address may be home without being called so.
            return .reply(
                Answer(
                    turn.say(AddressText.noSuchLabel(label, book: book)),
                    data: .object([
                        "error": "unknown_address", "addresses": .array(book.enumerated().map { .address($1, position: $0 + 1) }),
                    ])))
        }
        if let position = turn.int(.position) {
            guard position >= 1, position <= book.count else { throw CommerceError.addressRefused(.unknown(String(position))) }
            return .address(book[Int(position) - 1])
        }
        if book.count == 1 { return .address(book[0]) }
        return .reply(ask(AddressText.which(book), for: .position, &turn))
    }

    static func meansThisOrder(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["instead", "this time", "this order", "这次", "这单", "这一单", "改寄"].contains(where: lowered.contains)
    }

    /// "delete the springfield one" with nothing in the cart: the words name an address, not a
    /// product, so the request is to delete that address.
    func meansAnAddressNotTheCart(_ turn: Turn) throws -> Bool {
        guard [.cartRemove, .cartClear].contains(turn.parse.intent), turn.session.pending == nil,
            try turn.commerce.cart(of: turn.user).isEmpty
        else { return false }
        let book = try turn.commerce.addresses(of: turn.user)
        return !book.isEmpty && AddressWords.named(in: turn.text, among: book.map(\.text)) != nil
    }

    static func asks(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["哪个", "哪里", "是啥", "什么", "吗", "？", "?", "what", "which", "where"].contains(where: lowered.contains)
    }

    static func position(of address: Address, in book: [Address]) -> Int {
        (book.firstIndex { $0.id == address.id } ?? book.count) + 1
    }

    /// Where this user's next order goes: the one they chose for it, else their default.
    func shipTo(_ turn: Turn) throws -> Address? {
        Self.shipTo(turn.session, in: try turn.commerce.addresses(of: turn.user))
    }

    /// The same, from a book already read: one read of the store, however many questions.
    static func shipTo(_ session: Session, in book: [Address]) -> Address? {
        session.shipTo.flatMap { chosen in book.first { $0.id == chosen } } ?? book.first(where: \.isDefault)
    }

    /// Before a purchase: an address given in answer to "where to?" is saved; with none in the
    /// book, asks for one (nil: there is one, go on).
    func requireAddress(_ turn: inout Turn) throws -> Answer? {
        if let text = turn.string(.address) {
            let saved = try turn.commerce.saveAddress(user: turn.user, label: turn.string(.label), text: text, phone: turn.string(.phone))
            if !saved.address.isDefault { turn.session.shipTo = saved.address.id }
            turn.parse.slots[.address] = nil
            return nil
        }
        guard try shipTo(turn) == nil else { return nil }
        return ask(AddressText.whereTo, for: .address, &turn)
    }

    /// The line a purchase preview ends with, and its data.
    func shipsToLine(_ turn: Turn) throws -> (text: String, data: JSONValue)? {
        let book = try turn.commerce.addresses(of: turn.user)
        guard let address = Self.shipTo(turn.session, in: book) else { return nil }
        let position = Self.position(of: address, in: book)
        return (turn.say(AddressText.shipsTo(address, position: position, others: book.count > 1)), .address(address, position: position))
    }

    /// A one-unit preview (flash, bargain) ends with where it ships.
    func addShipsTo(_ answer: inout Answer, _ turn: Turn) throws {
        guard let shipsTo = try shipsToLine(turn) else { return }
        answer.text += "\n" + shipsTo.text
        answer.data.set("ship_to", shipsTo.data)
    }

    /// The address a yes ships to; none (deleted since the preview) refuses the purchase.
    func addressForPurchase(_ turn: Turn) throws -> Address {
        guard let address = try shipTo(turn) else { throw CommerceError.addressRefused(.noAddress) }
        return address
    }

    /// An address request while a purchase waits for its yes: done, and the purchase keeps
    /// waiting, now to ship where it was told.
    func changeAddressKeeping(_ turn: inout Turn, _ pending: Session.Pending) throws -> Answer {
        var answer = try dispatch(&turn, previewCoupons: nil, previewPoints: 0)
        guard turn.session.pending == nil else { return answer }
        if answer.data["error"] != nil {
            // No such address: said so, and the purchase still waits, going where it was going.
            turn.session.pending = pending
            answer.text += "\n" + turn.say(Self.stillWaiting(pending))
            return answer
        }
        if turn.parse.intent == .addressAdd, let id = answer.data.value(at: "address.id").flatMap({ Int64($0.plainText) }) {
            // An address given during a checkout is where that checkout goes.
            turn.session.shipTo = id
        }
        turn.session.pending = pending
        if let address = try shipTo(turn) {
            let position = Self.position(of: address, in: try turn.commerce.addresses(of: turn.user))
            let now = turn.say(AddressText.nowShipsTo(address, position: position))
            // "send it to my office instead" is about this order: that is the whole answer.
            answer.text = turn.parse.intent == .addressUse ? now : answer.text + "\n" + now
            answer.data.set("ship_to", .address(address, position: position))
        }
        answer.text += "\n" + turn.say(Self.stillWaiting(pending))
        return answer
    }
}

// MARK: Declarations

extension IntentSpec {
    static let addressAdd = IntentSpec(
        .addressAdd, .changesAddress, described: ("add a delivery address", "添加收货地址"),
        answer: { conversation, turn, _ in try conversation.addAddress(&turn) })

    static let addressList = IntentSpec(
        .addressList, .looks, described: ("see your addresses", "看收货地址"),
        answer: { conversation, turn, _ in try conversation.listAddresses(turn) })

    static let addressDefault = IntentSpec(
        .addressDefault, .changesAddress, described: ("change your default address", "改默认地址"),
        answer: { conversation, turn, _ in try conversation.makeDefaultAddress(&turn) })

    static let addressRemove = IntentSpec(
        .addressRemove, .changesAddress, described: ("delete an address", "删除地址"),
        answer: { conversation, turn, _ in try conversation.removeAddress(&turn) })

    static let addressUse = IntentSpec(
        .addressUse, .changesAddress, described: ("send this order somewhere else", "换个地址寄"),
        answer: { conversation, turn, _ in try conversation.useAddress(&turn) })
}
