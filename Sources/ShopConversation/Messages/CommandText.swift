import ShopCommerce
import ShopIntents

/// What the shop says to its operator: `/command` replies, usage lines, the command list and
/// catalog imports. Command names, option keys (`kind=`, `min=`) and their values stay as they
/// are typed in both languages; the words around them are translated.
enum CommandText: Phrasebook {
    case help
    case bye
    case unknownCommand(String)
    case usageAs
    case nowUser(String)
    case usageClock(now: String)
    case clockTooFar(now: String)
    case clockReads(String)
    case usageSeed
    case reseeded(UInt64)
    case usageImport
    case imported(count: Int, path: String, added: Int, updated: Int)
    case importRefused
    case usageStock
    case stockSet(Product)
    case usagePrice
    case priceSet(Product)
    case usageFlash
    case flashLive(FlashSale)
    case usageWallet
    case walletSet(user: String, balance: Int64)
    case usageAddress
    case addressSaved(user: String, Address)
    case couponRefused(CouponCommandError)
    case noSuchStore(String)
    case couponLive(Coupon, storeName: String?)
    case usageGive
    case gave(Coupon, storeName: String?, to: String)
    case usageBefriend
    case befriended(String, String)
    case usageGroup
    case group(String, members: [String])
    case reset

    func text(_ lang: Language) -> String {
        switch self {
        case .help: lang.pick(Self.helpEnglish, Self.helpChinese)
        case .bye: lang.pick("Bye!", "再见！")
        case .unknownCommand(let command):
            lang.pick("Unknown command \(command). Type /help for the list.", "没有 \(command) 这个命令，输入 /help 查看命令列表。")
        case .usageAs: lang.pick("Usage: /as USER (letters, digits, - and _).", "用法：/as 用户名（字母、数字、- 和 _）。")
        case .nowUser(let name): lang.pick("You are now \(name).", "你现在是\(name)。")
        case .usageClock(let now):
            lang.pick(
                "Usage: /clock 2026-01-01T09:00:00+08:00 or /clock +2h (s, m, h, d). Now: \(now).",
                "用法：/clock 2026-01-01T09:00:00+08:00，或 /clock +2h 往后拨（单位 s秒、m分、h时、d天）。现在是\(now)。")
        case .clockTooFar(let now):
            lang.pick("The clock moves at most 10 years at a time; it still reads \(now).", "时钟一次最多拨10年，现在还是\(now)。")
        case .clockReads(let now): lang.pick("The clock reads \(now).", "现在时间：\(now)。")
        case .usageSeed: lang.pick("Usage: /seed N (a whole number ≥ 0).", "用法：/seed N（N 是 ≥ 0 的整数）。")
        case .reseeded(let seed): lang.pick("Randomness reseeded with \(seed).", "随机数种子已设为\(seed)。")
        case .usageImport:
            lang.pick("Usage: /import FILE (CSV or JSON, PROTOCOL.md §8).", "用法：/import 文件（CSV或JSON，格式见 PROTOCOL.md §8）。")
        case .imported(let count, let path, let added, let updated):
            lang.pick(
                "Imported \(count) product\(count == 1 ? "" : "s") from \(path): \(added) new, \(updated) updated.",
                "已从 \(path) 导入\(count)件商品：新增\(added)件，更新\(updated)件。")
        case .importRefused:
            lang.pick(
                "Import refused: I can't read that file as a catalog (CSV up to 16 GB or JSON up to 256 MB, UTF-8).",
                "导入失败：这个文件读不成商品目录（要求CSV（不超过16 GB）或JSON（不超过256 MB），UTF-8编码）。")
        case .usageStock: lang.pick("Usage: /stock SKU N (N ≥ 0).", "用法：/stock SKU 数量（数量 ≥ 0）。")
        case .usagePrice:
            lang.pick("Usage: /price SKU FEN (1 to 100000000).", "用法：/price SKU 价格（单位是分，1 到 100000000）。")
        case .usageFlash:
            lang.pick(
                "Usage: /flash SKU PRICE STOCK START END (price in fen below the list price; START and END as ISO 8601 or +1h; at most a week).",
                "用法：/flash SKU 秒杀价 数量 开始 结束（秒杀价单位是分，低于标价；开始、结束用 ISO 8601 时间或 +1h；最长一周）。")
        case .flashLive(let sale):
            lang.pick(
                "Flash sale \(sale.id) is set: \(sale.stock) × \(sale.name) [\(sale.sku)] at \(Money.format(sale.price)) (list \(Money.format(sale.listPrice))), \(FlashText.window(sale, .en)).",
                "秒杀\(sale.id)已设置：\(sale.nameZh.isEmpty ? sale.name : sale.nameZh) [\(sale.sku)] \(sale.stock)件，秒杀价\(Money.format(sale.price))（原价\(Money.format(sale.listPrice))），\(FlashText.window(sale, .zh))。"
            )
        case .priceSet(let product):
            lang.pick(
                "\(product.name) [\(product.sku)] now costs \(Money.format(product.price)).",
                "\(product.name(lang)) [\(product.sku)] 价格已设为\(Money.format(product.price))。")
        case .stockSet(let product):
            lang.pick(
                "\(product.name) [\(product.sku)] now has \(product.stock) in stock.",
                "\(product.name(lang)) [\(product.sku)] 库存已设为\(product.stock)\(product.measureWord)。")
        case .usageWallet:
            lang.pick("Usage: /wallet USER AMOUNT_FEN (AMOUNT_FEN ≥ 0).", "用法：/wallet 用户名 金额（单位是分，≥ 0）。")
        case .usageAddress:
            lang.pick(
                "Usage: /address USER [home|office|school|parents:] ADDRESS [PHONE]", "用法：/address 用户名 [家|公司|学校|父母家：] 地址 [电话]")
        case .addressSaved(let user, let address):
            lang.pick(
                "Saved an address for \(user)\(address.isDefault ? " (their default)" : ""): \(AddressText.line(address)).",
                "已为\(user)保存地址\(address.isDefault ? "（默认）" : "")：\(AddressText.line(address))。")
        case .walletSet(let user, let balance):
            lang.pick("\(user)'s wallet holds \(Money.format(balance)).", "\(user)的钱包余额已设为\(Money.format(balance))。")
        case .couponRefused(let problem): lang.pick("Coupon refused: ", "建券失败：") + Self.couponProblem(problem, lang)
        case .noSuchStore(let store): lang.pick("Coupon refused: there's no store \(store).", "建券失败：没有 \(store) 这家店铺。")
        case .couponLive(let coupon, let storeName):
            lang.pick(
                "Coupon \(coupon.code) is live: \(coupon.summary).",
                "优惠券\(coupon.code)已上线：\(coupon.summary(lang, storeName: storeName))。")
        case .usageGive: lang.pick("Usage: /give USER COUPON", "用法：/give 用户名 券码")
        case .gave(let coupon, let storeName, let user):
            lang.pick(
                "Gave \(coupon.code) (\(coupon.summary)) to \(user).",
                "已把券\(coupon.code)发给\(user)：\(coupon.summary(lang, storeName: storeName))。")
        case .usageBefriend: lang.pick("Usage: /befriend A B (two different users).", "用法：/befriend A B（两个不同的用户）。")
        case .befriended(let a, let b): lang.pick("\(a) and \(b) are friends.", "\(a)和\(b)成为好友了。")
        case .usageGroup: lang.pick("Usage: /group NAME A B C (a chat group and its members).", "用法：/group 群名 A B C（群名后面跟群成员）。")
        case .group(let name, let members):
            lang.pick("Group #\(name): \(members.joined(separator: ", ")).", "群 #\(name)：\(members.joined(separator: "、"))。")
        case .reset: lang.pick("The store is reset to the demo catalog.", "店铺已重置，商品目录恢复成演示数据。")
        }
    }

    /// What is wrong with a `/coupon` line (after "Coupon refused: ").
    static func couponProblem(_ problem: CouponCommandError, _ lang: Language) -> String {
        switch problem {
        case .needsCode:
            lang.pick(
                "a coupon needs a CODE of letters and digits first. \(couponUsage(lang))",
                "开头要先写券码（字母、数字组成）。\(couponUsage(lang))")
        case .notKeyValue(let argument):
            lang.pick("\"\(argument)\" is not key=value. \(couponUsage(lang))", "“\(argument)”格式不对，要写成“选项=值”。\(couponUsage(lang))")
        case .unknownOption(let key): lang.pick("unknown option \"\(key)\". \(couponUsage(lang))", "没有“\(key)”这个选项。\(couponUsage(lang))")
        case .badKind:
            lang.pick(
                "kind= must be threshold, percent, fixed or shipping. \(couponUsage(lang))",
                "kind= 只能是 threshold（满减）、percent（折扣）、fixed（立减）或 shipping（免运费）。\(couponUsage(lang))")
        case .badAmount(let key):
            lang.pick(
                "\(key)= must be a whole number of fen from 0 to 100000000 (¥1,000,000)",
                "\(key)= 要写以分为单位的整数，0到100000000（即¥1,000,000）")
        case .thresholdNeedsMinAndOff: lang.pick("a threshold coupon needs min= and off= > 0", "满减券要写 min=，并且 off= 要大于0")
        case .fixedNeedsOff: lang.pick("a fixed coupon needs off= > 0", "立减券的 off= 要大于0")
        case .percentNeedsPct: lang.pick("a percent coupon needs pct= from 1 to 99 (85 means 15% off)", "折扣券要写 pct=，1到99（85就是打8.5折）")
        case .badExpiry(let text): lang.pick("expires=\(text) is not an ISO 8601 time", "expires=\(text) 不是 ISO 8601 格式的时间")
        case .badLimit(let text): lang.pick("limit=\(text) must be 1 to 1000", "limit=\(text) 不行，要在1到1000之间")
        }
    }

    static func couponUsage(_ lang: Language) -> String {
        lang.pick(
            "Usage: /coupon CODE kind=threshold|percent|fixed|shipping [min=FEN] [off=FEN] [pct=1-99] [store=S] [expires=ISO8601] [limit=N]",
            "用法：/coupon 券码 kind=threshold|percent|fixed|shipping [min=分] [off=分] [pct=1-99] [store=店铺] [expires=ISO8601] [limit=N]")
    }

    static let helpEnglish = """
        Operator commands:
          /help                 this list
          /quit                 leave
          /as USER              speak as USER (created if new)
          /clock ISO8601|+2h    set or move the clock (+30m, +1d)
          /seed N               reseed the random source
          /import FILE          import a catalog (CSV or JSON), all or nothing
          /stock SKU N          set a product's stock
          /price SKU FEN        set a product's list price
          /flash SKU FEN N START END
                                a flash sale: N units at FEN from START to END (ISO8601 or +1h)
          /bargain SKU FEN      friends may cut SKU's price down to FEN (0: no bargains)
          /wallet USER FEN      set a user's wallet, in fen
          /address USER TEXT    save a delivery address for USER ("home: 12 Baker St 13800138000")
          /coupon CODE kind=threshold min=30000 off=5000 [store=S] [expires=ISO8601] [limit=N]
                                create a coupon campaign (kinds: threshold, percent pct=85, fixed off=, shipping)
          /give USER COUPON     grant a coupon
          /befriend A B         make A and B friends
          /group NAME A B C     a chat group and its members
          /stats                the entrance's funnel: opening, conversion, retention, sharing
          /reset                empty the store and refill the demo catalog
        Anything else is chat: say "help" to see what I understand.
        """

    /// The same list in Chinese, its second column lined up on a terminal (a Chinese character
    /// takes two columns there).
    static let helpChinese: String = {
        let rows: [(String, String)] = [
            ("/help", "显示这份命令列表"),
            ("/quit", "退出"),
            ("/as 用户名", "以这个用户的身份说话（没有就新建）"),
            ("/clock 时间|+2h", "设置或拨快时钟（ISO 8601 时间，或 +30m、+1d）"),
            ("/seed N", "重设随机数种子"),
            ("/import 文件", "导入商品目录（CSV或JSON），要么全部导入，要么一条都不导入"),
            ("/stock SKU 数量", "设置商品库存"),
            ("/price SKU 分", "设置商品标价"),
            ("/flash SKU 分 数量 开始 结束", "设置秒杀：开始到结束之间（ISO 8601 或 +1h），这么多件按这个价卖"),
            ("/bargain SKU 分", "设置砍价底价，好友最低能砍到这个价（0 表示不参加砍价）"),
            ("/wallet 用户名 分", "设置用户的钱包余额，单位是分"),
            ("/address 用户名 地址", "为用户保存收货地址（如“家：北京市朝阳区建国路88号 13800138000”）"),
            (
                "/coupon 券码 kind=threshold min=30000 off=5000 [store=店铺] [expires=ISO8601] [limit=N]",
                "创建优惠券活动（kind：threshold 满减，percent 折扣 pct=85，fixed 立减 off=，shipping 免运费）"
            ),
            ("/give 用户名 券码", "给用户发一张券"),
            ("/befriend A B", "让 A 和 B 成为好友"),
            ("/group 群名 A B C", "建群并设置群成员"),
            ("/stats", "入口漏斗：打开率、转化率、留存率、分享率"),
            ("/reset", "清空店铺，重新装入演示商品目录"),
        ]
        var lines = ["管理员命令："]
        for (command, meaning) in rows {
            if command.terminalWidth < 22 {
                lines.append("  " + command.padded(toWidth: 22) + meaning)
            } else {
                lines.append("  " + command)
                lines.append(String(repeating: " ", count: 24) + meaning)
            }
        }
        lines.append("其他内容都算聊天：说“帮助”看看我能听懂哪些话。")
        return lines.joined(separator: "\n")
    }()

    static var samples: [CommandText] {
        let cooker = Product.sample
        let save = Coupon(
            code: "SAVE50", kind: .threshold, minSpend: 30000, off: 5000, pct: 100, store: nil, expiresAt: nil, perUserLimit: 1)
        let midea = Coupon(
            code: "MIDEA30", kind: .threshold, minSpend: 19900, off: 3000, pct: 100, store: "midea", expiresAt: nil, perUserLimit: 1)
        let problems: [CouponCommandError] = [
            .needsCode, .notKeyValue("满300减50"), .unknownOption("颜色"), .badKind, .badAmount(key: "off"), .thresholdNeedsMinAndOff,
            .fixedNeedsOff, .percentNeedsPct, .badExpiry("明天"), .badLimit("0"),
        ]
        return [
            .help, .bye, .unknownCommand("/优惠券"), .usageAs, .nowUser("bob"), .usageClock(now: "2026-01-01T09:00:00+08:00"),
            .clockTooFar(now: "2026-01-01T09:00:00+08:00"), .clockReads("2026-01-02T09:00:00+08:00"), .usageSeed, .reseeded(42),
            .usageImport, .imported(count: 3, path: "双十一新品.csv", added: 2, updated: 1),
            .imported(count: 1, path: "新品.json", added: 1, updated: 0),
            .importRefused, .usageStock, .stockSet(cooker), .usagePrice, .priceSet(cooker), .usageFlash, .flashLive(FlashText.sampleSale),
            .usageWallet,
            .walletSet(user: "bob", balance: 100000), .usageAddress,
            .addressSaved(
                user: "bob", Address(id: 1, user: "bob", label: "home", text: "北京市朝阳区建国路88号", phone: "13800138000", isDefault: true)),
        ] + problems.map(CommandText.couponRefused) + [
            .noSuchStore("huawei"), .couponLive(save, storeName: nil), .couponLive(midea, storeName: "美的官方旗舰店"), .usageGive,
            .gave(save, storeName: nil, to: "bob"), .gave(midea, storeName: "美的官方旗舰店", to: "alice"), .usageBefriend,
            .befriended("alice", "bob"),
            .usageGroup, .group("family", members: ["alice", "bob", "carol"]), .reset,
        ]
    }
}

extension String {
    /// The columns a terminal gives the text: Chinese characters and full-width forms take two.
    var terminalWidth: Int {
        unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD:
                width + 2
            default: width + 1
            }
        }
    }

    /// The text followed by spaces up to `width` terminal columns.
    func padded(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - terminalWidth))
    }
}
