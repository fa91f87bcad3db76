import Foundation
import ShopCommerce
import ShopIntents

/// What the shop says about placed orders: the list, where one is, cancelling.
enum OrderText: Phrasebook {
    case noOrders
    /// The most recent orders, and how many older ones the list leaves out.
    case list([Line], older: Int64)
    case status(order: Int64, Order.Status, total: Int64)
    case nothingToCancel
    case whichToCancel(open: [Int64])
    case cancelled(order: Int64, pointsTakenBack: Int64)

    func text(_ lang: Language) -> String {
        switch self {
        case .noOrders: lang.pick("You have no orders yet.", "你还没有订单。")
        case .list(let orders, let older):
            lang.pick(
                "Your orders:\n"
                    + (orders.map {
                        "  • Order \($0.id) — \($0.status.rawValue), \(Money.format($0.total)), \($0.items) item\($0.items == 1 ? "" : "s")"
                    }
                    + (older > 0 ? ["  … and \(older) older orders."] : [])).joined(separator: "\n"),
                "你的订单：\n"
                    + (orders.map { "  • 订单\($0.id) — \(Self.word($0.status, lang))，\(Money.format($0.total))，共\($0.pieces)件" }
                    + (older > 0 ? ["  ……还有\(older)个更早的订单。"] : [])).joined(separator: "\n"))
        case .status(let id, let status, let total):
            switch status {
            case .placed:
                lang.pick(
                    "Order \(id) is placed and being packed; it ships within a day. Total \(Money.format(total)).",
                    "订单\(id)已下单，正在打包，一天内发货。实付\(Money.format(total))。")
            case .shipped:
                lang.pick(
                    "Order \(id) has shipped and is on its way. Total \(Money.format(total)).",
                    "订单\(id)已发货，正在路上。实付\(Money.format(total))。")
            case .delivered:
                lang.pick("Order \(id) was delivered. Total \(Money.format(total)).", "订单\(id)已送达。实付\(Money.format(total))。")
            case .cancelled:
                lang.pick("Order \(id) was cancelled. Total \(Money.format(total)).", "订单\(id)已取消。订单金额\(Money.format(total))。")
            }
        case .nothingToCancel: lang.pick("You have no order that can still be cancelled.", "你没有还能取消的订单。")
        case .whichToCancel(let open):
            lang.pick(
                "Which order? You can cancel \(open.map(String.init).joined(separator: ", ")).",
                "取消哪个订单？还能取消的有\(open.map(String.init).joined(separator: "、"))。")
        case .cancelled(let id, let points):
            lang.pick(
                "Order \(id) is cancelled. Its items are back in stock\(points > 0 ? " and its \(points) points are taken back" : "").",
                "订单\(id)已取消，商品已退回库存\(points > 0 ? "，这单送的\(points)积分也收回了" : "")。")
        }
    }

    /// The status in words: the English code itself, or 已下单/已发货/已送达/已取消.
    static func word(_ status: Order.Status, _ lang: Language) -> String {
        switch status {
        case .placed: lang.pick(status.rawValue, "已下单")
        case .shipped: lang.pick(status.rawValue, "已发货")
        case .delivered: lang.pick(status.rawValue, "已送达")
        case .cancelled: lang.pick(status.rawValue, "已取消")
        }
    }

    static let samples: [OrderText] = [
        .noOrders,
        .list(
            [
                .init(id: 1004, status: .placed, total: 51800, items: 1, pieces: 2),
                .init(id: 1003, status: .shipped, total: 3380, items: 2, pieces: 3),
                .init(id: 1002, status: .delivered, total: 25900, items: 1, pieces: 1),
                .init(id: 1001, status: .cancelled, total: 1290, items: 1, pieces: 1),
            ], older: 0),
        .list([.init(id: 1021, status: .placed, total: 25900, items: 1, pieces: 1)], older: 3),
        .status(order: 1001, .placed, total: 51800), .status(order: 1001, .shipped, total: 51800),
        .status(order: 1001, .delivered, total: 51800), .status(order: 1001, .cancelled, total: 51800),
        .nothingToCancel, .whichToCancel(open: [1003, 1002]), .cancelled(order: 1001, pointsTakenBack: 518),
        .cancelled(order: 1002, pointsTakenBack: 0),
    ]
}

extension OrderText {
    /// One order as a list shows it.
    struct Line: Sendable {
        var id: Int64
        var status: Order.Status
        var total: Int64
        /// Lines of the order (English counts these: "2 items").
        var items: Int
        /// Pieces over all lines (Chinese counts these: 共3件).
        var pieces: Int64

        init(id: Int64, status: Order.Status, total: Int64, items: Int, pieces: Int64) {
            self.id = id
            self.status = status
            self.total = total
            self.items = items
            self.pieces = pieces
        }

        init(_ order: Order, at now: Date) {
            self.init(
                id: order.id, status: order.status(at: now), total: order.total, items: order.items.count,
                pieces: order.items.reduce(0) { $0 + $1.quantity })
        }
    }
}
