import ShopCommerce
import ShopIntents

/// What the shop says about the address book and where an order goes. A phone is always shown
/// masked: a reply may pass through a gateway's logs.
enum AddressText: Phrasebook {
    /// A purchase by someone without an address, or "add an address" with none given.
    case whereTo
    /// `address.add` naming a label but giving no address ("add my office address").
    case whatAddress(label: String?)
    /// The answer did not read as an address ("yes" to "where to?").
    case notAnAddress
    case saved(Address, position: Int, replaced: Bool)
    case list([Address])
    case empty
    case madeDefault(Address, position: Int)
    case removed(Address, position: Int, newDefault: Address?, newPosition: Int)
    /// `address.use` with nothing waiting: the next order goes there.
    case nextOrder(Address, position: Int)
    /// The line a purchase preview ends with.
    case shipsTo(Address, position: Int, others: Bool)
    /// `address.use` during a preview: the preview now ships there.
    case nowShipsTo(Address, position: Int)
    case which([Address])
    /// A label the book doesn't have, with what it has instead.
    case noSuchLabel(String, book: [Address])

    func text(_ lang: Language) -> String {
        switch self {
        case .whereTo:
            return lang.pick(
                "Where should it go? Send the address, e.g. \"12 Baker Street, Chaoyang, Beijing 13800138000\" or \"office: 88 Jianguo Road…\".",
                "寄到哪里？请发收货地址，例如“北京市朝阳区建国路88号 张三 13800138000”，或“公司：上海市浦东新区世纪大道100号”。")
        case .whatAddress(let label):
            let name = label.map { Self.name($0, lang) }
            return lang.pick(
                "What's the \(name.map { "\($0.lowercased()) " } ?? "")address? Street and number, and a phone if you like.",
                "\(name.map { "\($0)的" } ?? "")地址是什么？写上街道门牌号，也可以加上收件人电话。")
        case .notAnAddress:
            return lang.pick(
                "That doesn't look like an address. Send the street and number (and a phone if you like), or say \"cancel\".",
                "这看起来不像地址。请发街道门牌号（可以加上电话），或者说“取消”。")
        case .saved(let address, let position, let replaced):
            let title = Self.title(address, position: position, lang)
            let defaultNote = address.isDefault ? lang.pick(" It's your default.", "已设为默认地址。") : ""
            return lang.pick(
                "\(replaced ? "Updated" : "Saved") \(title): \(Self.line(address)).\(defaultNote)",
                "已\(replaced ? "更新" : "保存")\(title)：\(Self.line(address))。\(defaultNote)")
        case .list(let book):
            return lang.pick("Your addresses:\n", "你的收货地址：\n") + Self.lines(book, lang)
        case .empty:
            return lang.pick(
                "You have no address yet. Say \"add address: \" and the address, e.g. \"home: 12 Baker Street, Beijing 13800138000\".",
                "你还没有收货地址。说“添加地址”加上地址就行，例如“添加地址 北京市朝阳区建国路88号 张三 13800138000”。")
        case .madeDefault(let address, let position):
            return lang.pick(
                "Orders now go to \(Self.title(address, position: position, lang)) by default: \(Self.line(address)).",
                "默认地址已改为\(Self.title(address, position: position, lang))：\(Self.line(address))。")
        case .removed(let address, let position, let newDefault, let newPosition):
            let next = newDefault.map {
                lang.pick(
                    " Your default is now \(Self.title($0, position: newPosition, lang)).",
                    "默认地址改为\(Self.title($0, position: newPosition, lang))。")
            }
            return lang.pick(
                "Deleted \(Self.title(address, position: position, lang)). Orders already placed still go where they were sent.\(next ?? "")",
                "已删除\(Self.title(address, position: position, lang))，已下的订单不受影响。\(next ?? "")")
        case .nextOrder(let address, let position):
            return lang.pick(
                "Your next order goes to \(Self.title(address, position: position, lang)): \(Self.line(address)). Your default stays as it is.",
                "下一单寄到\(Self.title(address, position: position, lang))：\(Self.line(address))。默认地址不变。")
        case .shipsTo(let address, let position, let others):
            let change = others ? lang.pick(" (\"send it to my office instead\" changes it)", "（说“改寄到公司”可以换地址）") : ""
            return lang.pick(
                "Ships to \(Self.title(address, position: position, lang)): \(Self.line(address))\(change).",
                "寄到\(Self.title(address, position: position, lang))：\(Self.line(address))\(change)。")
        case .nowShipsTo(let address, let position):
            return lang.pick(
                "This order now ships to \(Self.title(address, position: position, lang)): \(Self.line(address)).",
                "这一单改寄到\(Self.title(address, position: position, lang))：\(Self.line(address))。")
        case .which(let book):
            return lang.pick("Which address?\n", "哪个地址？\n") + Self.lines(book, lang)
        case .noSuchLabel(let label, let book):
            let name = Self.name(label, lang)
            return lang.pick(
                "You have no address called \(name.lowercased()) yet. Say \"use address 1\", or add it (\"\(label) address: \" and the address).\n",
                "你还没有叫“\(name)”的地址。可以说“用地址1”，或者添加（“\(name)地址：”加上地址）。\n") + Self.lines(book, lang)
        }
    }

    static func refusal(_ refusal: AddressRefusal, _ lang: Language) -> String {
        switch refusal {
        case .noAddress: return AddressText.empty.text(lang)
        case .unknown(let named) where Int(named) != nil:
            return lang.pick("You have no address \(named); \"my addresses\" lists them.", "你没有第\(named)个地址，说“我的地址”可以查看。")
        case .unknown(let label):
            return lang.pick(
                "You have no \(name(label, lang).lowercased()) address yet. Add it: \"\(label) address: \" and the address.",
                "你还没有\(name(label, lang))的地址。说“\(name(label, lang))地址：”加上地址就能添加。")
        case .notAnAddress: return AddressText.notAnAddress.text(lang)
        case .tooMany:
            return lang.pick(
                "Your address book is full (\(Address.maximumCount) addresses). Delete one first (\"delete address 3\").",
                "地址簿满了（最多\(Address.maximumCount)个），先删掉一个（比如“删除地址3”）。")
        }
    }

    /// "1. Home: 北京市… 138****8000 (default)", one line each; a numbered line needs no "address 2".
    static func lines(_ book: [Address], _ lang: Language) -> String {
        book.enumerated().map { index, address in
            let name = address.label.map { Self.name($0, lang) + lang.pick(": ", "：") } ?? ""
            let mark = address.isDefault ? lang.pick(" (default)", "（默认）") : ""
            return "\(index + 1). \(name)\(Self.line(address))\(mark)"
        }.joined(separator: "\n")
    }

    /// "Office" / "公司", or "address 2" / "地址2" for one without a label.
    static func title(_ address: Address, position: Int, _ lang: Language) -> String {
        address.label.map { name($0, lang) } ?? lang.pick("address \(position)", "地址\(position)")
    }

    static func name(_ label: String, _ lang: Language) -> String {
        switch label {
        case "home": lang.pick("Home", "家")
        case "office": lang.pick("Office", "公司")
        case "school": lang.pick("School", "学校")
        case "parents": lang.pick("Parents' home", "父母家")
        default: label
        }
    }

    /// The address and its masked phone.
    static func line(_ address: Address) -> String {
        address.text + (address.maskedPhone.map { " \($0)" } ?? "")
    }

    static var samples: [AddressText] {
        let home = Address(id: 1, user: "alice", label: "home", text: "北京市朝阳区建国路88号 张三", phone: "13800138000", isDefault: true)
        let other = Address(id: 2, user: "alice", label: nil, text: "上海市浦东新区世纪大道100号", phone: nil, isDefault: false)
        return [
            .whereTo, .whatAddress(label: "office"), .whatAddress(label: nil), .notAnAddress, .saved(home, position: 1, replaced: false),
            .saved(other, position: 2, replaced: true), .list([home, other]), .empty, .madeDefault(home, position: 1),
            .removed(home, position: 1, newDefault: other, newPosition: 1), .removed(other, position: 2, newDefault: nil, newPosition: 0),
            .nextOrder(other, position: 2), .shipsTo(home, position: 1, others: true), .shipsTo(other, position: 2, others: false),
            .nowShipsTo(other, position: 2), .which([home, other]), .noSuchLabel("office", book: [home, other]),
        ]
    }
}
