import Foundation
import ShopCommerce
import ShopIntents

extension Conversation {
    /// Operator commands (PROTOCOL.md §6): deterministic set-up and operation.
    func handleCommand(_ line: String, user: String, lang: Language) -> Reply {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let command = words[0].lowercased()
        let arguments = Array(words.dropFirst())
        func reply(_ text: String, data: JSONValue = .object([])) -> Reply {
            Reply(user: command == "/as" ? currentUser : user, text: text, data: data, lang: lang)
        }
        let now = clock.now()
        do {
            switch command {
            case "/help":
                return reply(Self.commandHelp)
            case "/quit", "/exit":
                return Reply(user: user, text: lang.pick("Bye!", "再见！"), quit: true, lang: lang)
            case "/as":
                guard arguments.count == 1, let name = Self.normalizedUser(arguments[0]) else {
                    return reply("Usage: /as USER (letters, digits, - and _).")
                }
                try database.write { tx in try Commerce(tx, now: now).ensureUser(name) }
                switchUser(to: name)
                return reply("You are now \(name).", data: .object(["user": .string(name)]))
            case "/clock":
                guard arguments.count == 1, let value = ClockArgument.parse(arguments[0]) else {
                    return reply("Usage: /clock 2026-01-01T09:00:00+08:00 or /clock +2h (s, m, h, d). Now: \(ClockArgument.format(now)).")
                }
                guard let target = ClockArgument.apply(value, to: now) else {
                    return reply("The clock moves at most 10 years at a time; it still reads \(ClockArgument.format(now)).")
                }
                switch value {
                case .at: clock.set(target)
                case .forward(let seconds): clock.advance(by: seconds)
                }
                return reply("The clock reads \(ClockArgument.format(clock.now())).", data: .object(["clock": .string(ClockArgument.format(clock.now()))]))
            case "/seed":
                guard arguments.count == 1, let seed = UInt64(arguments[0]) else { return reply("Usage: /seed N (a whole number ≥ 0).") }
                reseed(seed)
                return reply("Randomness reseeded with \(seed).")
            case "/import":
                guard arguments.count == 1 else { return reply("Usage: /import FILE (CSV or JSON, PROTOCOL.md §8).") }
                return reply(try importCatalog(path: arguments[0]))
            case "/stock":
                guard arguments.count == 2, let stock = Int64(arguments[1]), stock >= 0 else { return reply("Usage: /stock SKU N (N ≥ 0).") }
                let product = try database.write { tx in try Commerce(tx, now: now).setStock(sku: arguments[0], to: stock) }
                return reply("\(product.name) [\(product.sku)] now has \(product.stock) in stock.", data: .object(["product": .product(product)]))
            case "/wallet":
                guard arguments.count == 2, let name = Self.normalizedUser(arguments[0]), let amount = Int64(arguments[1]), amount >= 0 else {
                    return reply("Usage: /wallet USER AMOUNT_FEN (AMOUNT_FEN ≥ 0).")
                }
                try database.write { tx in try Commerce(tx, now: now).setWallet(of: name, to: amount) }
                return reply("\(name)'s wallet holds \(Money.format(amount)).", data: .object(["wallet": .object(["user": .string(name), "balance": .int(amount)])]))
            case "/coupon":
                switch CouponCommand.parse(arguments) {
                case .failure(let error): return reply("Coupon refused: \(error.message)")
                case .success(let coupon):
                    if let store = coupon.store {
                        guard try database.read({ tx in try Commerce(tx, now: now).store(id: store) }) != nil else {
                            return reply("Coupon refused: there's no store \(store).")
                        }
                    }
                    try database.write { tx in try Commerce(tx, now: now).createCoupon(coupon) }
                    return reply(
                        "Coupon \(coupon.code) is live: \(coupon.summary).",
                        data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
                }
            case "/give":
                guard arguments.count == 2, let name = Self.normalizedUser(arguments[0]) else { return reply("Usage: /give USER COUPON") }
                let coupon = try database.write { tx in try Commerce(tx, now: now).giveCoupon(arguments[1], to: name) }
                return reply("Gave \(coupon.code) (\(coupon.summary)) to \(name).", data: .object(["coupon": Self.couponData(coupon, used: false, now: now)]))
            case "/befriend":
                guard arguments.count == 2, let a = Self.normalizedUser(arguments[0]), let b = Self.normalizedUser(arguments[1]), a != b else {
                    return reply("Usage: /befriend A B (two different users).")
                }
                try database.write { tx in _ = try Commerce(tx, now: now).befriend(a, b) }
                return reply("\(a) and \(b) are friends.")
            case "/group":
                let members = arguments.dropFirst().compactMap(Self.normalizedUser)
                guard arguments.count >= 2, let name = Self.normalizedUser(arguments[0].hasPrefix("#") ? String(arguments[0].dropFirst()) : arguments[0]),
                    members.count == arguments.count - 1
                else { return reply("Usage: /group NAME A B C (a chat group and its members).") }
                try database.write { tx in try Commerce(tx, now: now).setGroup(name, members: members) }
                return reply("Group #\(name): \(members.joined(separator: ", ")).", data: .object(["group": .object(["name": .string(name), "members": .array(members.map(JSONValue.string))])]))
            case "/stats":
                let stats = try database.write { tx in
                    let commerce = Commerce(tx, now: now)
                    try commerce.refundExpiredPackets()
                    return try commerce.funnelStats()
                }
                return reply(StatsReport.text(stats), data: .object(["stats": StatsReport.data(stats)]))
            case "/reset":
                try database.write { tx in try Commerce(tx, now: now).resetToDemo() }
                try refreshLexicon()
                return reply("The store is reset to the demo catalog.")
            default:
                return reply("Unknown command \(command). Type /help for the list.")
            }
        } catch let error as CommerceError {
            return reply(RefusalText(error).text(lang), data: .object(["error": .string(error.code)]))
        } catch {
            let failure = FailureReport.make(error, user: user, during: command)
            return Reply(user: user, text: failure.message, error: failure)
        }
    }

    /// Imports a catalog file, all or nothing; relative paths are read from `baseDirectory`.
    public func importCatalog(path: String) throws -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: baseDirectory).appendingPathComponent(path)
        // One import at a time in a process: each holds the whole file and its rows in memory.
        Self.importLock.lock()
        defer { Self.importLock.unlock() }
        // One answer for a missing file, a directory, an unreadable or oversized one: the reply
        // must not tell whether a path exists.
        let refused = "Import refused: I can't read that file as a catalog (CSV or JSON, UTF-8, at most 256 MB)."
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber,
            size.int64Value <= Self.largestCatalog,
            let data = FileManager.default.contents(atPath: url.path), data.count <= Self.largestCatalog,
            let text = String(validatingUTF8: data)
        else { return refused }
        let products: [Product]
        do {
            products = try CatalogImport.parse(text)
        } catch .unreadable {
            // Not a catalog at all (no header, not JSON): answered as a missing file is, so the
            // reply tells nothing about what is at that path.
            return refused
        } catch {
            throw CommerceError.catalog(error)
        }
        let now = clock.now()
        let counts = try database.write { tx in try Commerce(tx, now: now).importProducts(products) }
        try refreshLexicon()
        return "Imported \(products.count) product\(products.count == 1 ? "" : "s") from \(path): \(counts.added) new, \(counts.updated) updated."
    }

    /// Catalog files above this are refused before they are read (PROTOCOL.md §1).
    static let largestCatalog = 256 * 1024 * 1024
    private static let importLock = NSLock()

    static let commandHelp = """
        Operator commands:
          /help                 this list
          /quit                 leave
          /as USER              speak as USER (created if new)
          /clock ISO8601|+2h    set or move the clock (+30m, +1d)
          /seed N               reseed the random source
          /import FILE          import a catalog (CSV or JSON), all or nothing
          /stock SKU N          set a product's stock
          /wallet USER FEN      set a user's wallet, in fen
          /coupon CODE kind=threshold min=30000 off=5000 [store=S] [expires=ISO8601] [limit=N]
                                create a coupon campaign (kinds: threshold, percent pct=85, fixed off=, shipping)
          /give USER COUPON     grant a coupon
          /befriend A B         make A and B friends
          /group NAME A B C     a chat group and its members
          /stats                the entrance's funnel: opening, conversion, retention, sharing
          /reset                empty the store and refill the demo catalog
        Anything else is chat: say "help" to see what I understand.
        """
}

extension String {
    init?(validatingUTF8 data: Data) {
        guard let text = String(bytes: data, encoding: .utf8) else { return nil }
        self = text
    }
}
