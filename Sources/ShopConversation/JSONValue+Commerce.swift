import Foundation
import ShopCommerce

/// The `data` shapes of PROTOCOL.md §5.
extension JSONValue {
    init(_ value: SQLValue) {
        switch value {
        case .null: self = .null
        case .int(let int): self = .int(int)
        case .double(let double): self = .double(double)
        case .text(let text): self = .string(text)
        }
    }

    static func result(_ product: Product) -> JSONValue {
        .object([
            "sku": .string(product.sku), "name": .string(product.name), "price": .int(product.price),
            "store": .string(product.store), "rating": .double(product.rating),
        ])
    }

    static func results(_ products: [Product]) -> JSONValue {
        .object(["results": .array(products.map(result))])
    }

    static func product(_ product: Product) -> JSONValue {
        .object([
            "sku": .string(product.sku), "name": .string(product.name), "name_zh": .string(product.nameZh),
            "brand": .string(product.brand), "category": .string(product.category), "store": .string(product.store),
            "price": .int(product.price), "group_price": .int(product.groupPrice), "stock": .int(product.stock),
            "rating": .double(product.rating), "tags": .array(product.tags.map(JSONValue.string)),
        ])
    }

    static func cart(_ cart: Cart) -> JSONValue {
        .object([
            "items": .array(
                cart.lines.map {
                    .object([
                        "sku": .string($0.product.sku), "name": .string($0.product.name), "quantity": .int($0.quantity),
                        "unit_price": .int($0.product.price), "line_total": .int($0.lineTotal),
                    ])
                }),
            "subtotal": .int(cart.subtotal),
        ])
    }

    static func checkout(_ quote: Quote) -> JSONValue {
        .object([
            "subtotal": .int(quote.subtotal), "discount": .int(quote.discount), "shipping": .int(quote.shipping),
            "points_used": .int(quote.pointsUsed), "total": .int(quote.total),
            "coupons": .array(quote.coupons.map { .string($0.code) }),
            "savings": .array(quote.coupons.map { .object(["code": .string($0.code), "saving": .int($0.saving)]) }),
            "points_earned": .int(quote.pointsEarned),
        ])
    }

    static func order(_ order: Order, at now: Date) -> JSONValue {
        var data = JSONValue.object([
            "id": .int(order.id), "status": .string(order.status(at: now).rawValue), "subtotal": .int(order.subtotal),
            "discount": .int(order.discount), "shipping": .int(order.shipping), "points_used": .int(order.pointsUsed),
            "total": .int(order.total), "coupons": .array(order.coupons.map(JSONValue.string)),
            "points_earned": .int(order.pointsEarned),
            "items": .array(
                order.items.map {
                    .object([
                        "sku": .string($0.sku), "name": .string($0.name), "quantity": .int($0.quantity), "unit_price": .int($0.unitPrice),
                    ])
                }),
        ])
        if let shipTo = order.shipTo {
            data.set("ship_to", .object(["text": .string(shipTo), "phone": order.shipPhone.map { .string(Address.mask($0)) } ?? .null]))
        }
        return data
    }

    /// An address as its owner sees it: the phone masked, as everywhere.
    static func address(_ address: Address, position: Int) -> JSONValue {
        .object([
            "id": .int(address.id), "position": .int(Int64(position)), "label": address.label.map(JSONValue.string) ?? .null,
            "text": .string(address.text), "phone": address.maskedPhone.map(JSONValue.string) ?? .null, "default": .bool(address.isDefault),
        ])
    }
}
