import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// Operator commands (PROTOCOL.md §6): deterministic set-up and operation.
    func handleCommand(_ line: String, user: String, lang: Language) -> Reply {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let command = words[0].lowercased()
        let arguments = Array(words.dropFirst())
        func reply(_ message: CommandText, data: JSONValue = .object([])) -> Reply {
            reply(message.text(lang), data: data)
        }
        func reply(_ text: String, data: JSONValue = .object([])) -> Reply {
            Reply(user: command == "/as" ? currentUser : user, text: text, data: data, lang: lang)
        }
        let now = clock.now()
        do {
            switch command {
            case "/help":
                return reply(CommandText.help)
            case "/quit", "/exit":
                return Reply(user: user, text: CommandText.bye.text(lang), quit: true, lang: lang)
            case "/as":
                guard arguments.count == 1, let name = Self.normalizedUser(arguments[0]) else {
                    return reply(CommandText.usageAs)
                }
                try database.write { tx in try Commerce(tx, now: now).ensureUser(name) }
                switchUser(to: name)
                return reply(CommandText.nowUser(name), data: .object(["user": .string(name)]))
            case "/clock":
                guard arguments.count == 1, let value = ClockArgument.parse(arguments[0]) else {
                    return reply(CommandText.usageClock(now: ClockArgument.format(now)))
                }
                guard let target = ClockArgument.apply(value, to: now) else {
                    return reply(CommandText.clockTooFar(now: ClockArgument.format(now)))
                }
                switch value {
                case .at: clock.set(target)
                case .forward(let seconds): clock.advance(by: seconds)
                }
                return reply(
                    CommandText.clockReads(ClockArgument.format(clock.now())),
                    data: .object(["clock": .string(ClockArgument.format(clock.now()))]))
            case "/seed":
                guard arguments.count == 1, let seed = UInt64(arguments[0]) else { return reply(CommandText.usageSeed) }
                reseed(seed)
                return reply(CommandText.reseeded(seed))
            case "/import":
                guard arguments.count == 1 else { return reply(CommandText.usageImport) }
                return reply(try importCatalog(path: arguments[0], lang: lang))
            case "/stock":
                guard arguments.count == 2, let stock = Int64(arguments[1]), stock >= 0 else { return reply(CommandText.usageStock) }
                let product = try database.write { tx in try Commerce(tx, now: now).setStock(sku: arguments[0], to: stock) }
                return reply(CommandText.stockSet(product), data: .object(["product": .product(product)]))
            case "/price":
                guard arguments.count == 2, let price = Int64(arguments[1]), Limits.money.contains(price) else {
                    return reply(CommandText.usagePrice)
                }
                let product = try database.write { tx in try Commerce(tx, now: now).setPrice(sku: arguments[0], to: price) }
                return reply(CommandText.priceSet(product), data: .object(["product": .product(product)]))
            case "/flash":
                guard arguments.count == 5, let price = Int64(arguments[1]), let stock = Int64(arguments[2]),
                    let start = ClockArgument.parse(arguments[3]).flatMap({ ClockArgument.apply($0, to: now) }),
                    let end = ClockArgument.parse(arguments[4]).flatMap({ ClockArgument.apply($0, to: now) })
                else { return reply(CommandText.usageFlash) }
                let sale = try database.write { tx in
                    try Commerce(tx, now: now).createFlashSale(
                        sku: arguments[0], price: price, stock: stock, start: Int64(start.timeIntervalSince1970),
                        end: Int64(end.timeIntervalSince1970))
                }
                return reply(CommandText.flashLive(sale), data: .object(["flash": Self.flashData(sale)]))
            case "/bargain":
                guard arguments.count == 2, let floor = Int64(arguments[1]) else { return reply(BargainText.usage.text(lang)) }
                let product = try database.write { tx in try Commerce(tx, now: now).setBargainFloor(sku: arguments[0], to: floor) }
                return reply(
                    BargainText.floorSet(product, floor: floor).text(lang),
                    data: .object(["bargain_floor": .object(["sku": .string(product.sku), "floor": .int(floor)])]))
            case "/wallet":
                guard arguments.count == 2, let name = Self.normalizedUser(arguments[0]), let amount = Int64(arguments[1]), amount >= 0
                else {
                    return reply(CommandText.usageWallet)
                }
                try database.write { tx in try Commerce(tx, now: now).setWallet(of: name, to: amount) }
                return reply(
                    CommandText.walletSet(user: name, balance: amount),
                    data: .object(["wallet": .object(["user": .string(name), "balance": .int(amount)])]))
            case "/address":
                // The rest of the line is the address, spaces and all: "/address bob home: 12 Baker St".
                guard arguments.count >= 2, let name = Self.normalizedUser(arguments[0]) else { return reply(CommandText.usageAddress) }
                var rest = Substring(line)
                for _ in 0..<2 { rest = rest.drop(while: { $0.isWhitespace }).drop(while: { !$0.isWhitespace }) }
                let reading = AddressWords.read(String(rest))
                guard let text = reading.text else { return reply(AddressText.notAnAddress.text(lang)) }
                // Its place in the book, as `address.add` reports it (PROTOCOL §6; it said 0).
                let (saved, position) = try database.write { tx in
                    let commerce = Commerce(tx, now: now)
                    let saved = try commerce.saveAddress(
                        user: name, label: reading.label, text: text, phone: reading.phone, makeDefault: reading.makeDefault)
                    return (saved, Self.position(of: saved.address, in: try commerce.addresses(of: name)))
                }
                return reply(
                    CommandText.addressSaved(user: name, saved.address),
                    data: .object(["address": .address(saved.address, position: position)]))
            case "/coupon":
                switch CouponCommand.parse(arguments) {
                case .failure(let problem): return reply(CommandText.couponRefused(problem))
                case .success(let coupon):
                    var storeName: String?
                    if let store = coupon.store {
                        guard let info = try database.read({ tx in try Commerce(tx, now: now).store(id: store) }) else {
                            return reply(CommandText.noSuchStore(store))
                        }
                        storeName = info.name(lang)
                    }
                    try database.write { tx in try Commerce(tx, now: now).createCoupon(coupon) }
                    return reply(
                        CommandText.couponLive(coupon, storeName: storeName),
                        data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
                }
            case "/give":
                guard arguments.count == 2, let name = Self.normalizedUser(arguments[0]) else { return reply(CommandText.usageGive) }
                let (coupon, store) = try database.write { tx in
                    let commerce = Commerce(tx, now: now)
                    let coupon = try commerce.giveCoupon(arguments[1], to: name)
                    return (coupon, try coupon.store.flatMap { try commerce.store(id: $0) })
                }
                return reply(
                    CommandText.gave(coupon, storeName: store?.name(lang), to: name),
                    data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
            case "/befriend":
                guard arguments.count == 2, let a = Self.normalizedUser(arguments[0]), let b = Self.normalizedUser(arguments[1]), a != b
                else {
                    return reply(CommandText.usageBefriend)
                }
                try database.write { tx in _ = try Commerce(tx, now: now).befriend(a, b) }
                return reply(CommandText.befriended(a, b))
            case "/group":
                let members = arguments.dropFirst().compactMap(Self.normalizedUser)
                guard arguments.count >= 2,
                    let name = Self.normalizedUser(arguments[0].hasPrefix("#") ? String(arguments[0].dropFirst()) : arguments[0]),
                    members.count == arguments.count - 1
                else { return reply(CommandText.usageGroup) }
                try database.write { tx in try Commerce(tx, now: now).setGroup(name, members: members) }
                return reply(
                    CommandText.group(name, members: members),
                    data: .object(["group": .object(["name": .string(name), "members": .array(members.map(JSONValue.string))])]))
            case "/stats":
                let stats = try database.write { tx in
                    let commerce = Commerce(tx, now: now)
                    try commerce.refundExpiredPackets()
                    return try commerce.funnelStats()
                }
                return reply(StatsReport.text(stats, lang: lang), data: .object(["stats": StatsReport.data(stats)]))
            case "/reset":
                try database.write { tx in try Commerce(tx, now: now).resetToDemo() }
                try refreshLexicon()
                return reply(CommandText.reset)
            default:
                return reply(CommandText.unknownCommand(command))
            }
        } catch let error as CommerceError {
            return reply(RefusalText(error).text(lang), data: .object(["error": .string(error.code)]))
        } catch {
            let failure = FailureReport.make(error, user: user, during: command, lang: lang)
            return Reply(user: user, text: failure.message, error: failure, lang: lang)
        }
    }
}

extension String {
    init?(validatingUTF8 data: Data) {
        guard let text = String(bytes: data, encoding: .utf8) else { return nil }
        self = text
    }
}
