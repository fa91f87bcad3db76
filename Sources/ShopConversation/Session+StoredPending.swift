import ShopIntents

/// What waits, as the JSON its synthesized `Codable` conformance reads: each case an object
/// holding its labelled values, a `SlotValue` as `{"int":{"_0":2}}`, slots keyed by their names
/// (sorted, so the same wait is stored as the same text).
extension Session.Pending {
    func append(to json: inout String) {
        switch self {
        case .checkout(let coupons, let points):
            json += "{\"checkout\":{"
            if let coupons {
                json += "\"coupons\":"
                Session.append(coupons, to: &json)
                json += ","
            }
            json += "\"points\":\(points)}}"
        case .slot(let intent, let slots, let missing):
            json += "{\"slot\":{\"intent\":"
            Session.append(intent.rawValue, to: &json)
            json += ",\"slots\":"
            Self.append(slots, to: &json)
            json += ",\"missing\":"
            Session.append(missing.rawValue, to: &json)
            json += "}}"
        case .redPacket(let amount, let count, let mode, let recipient, let perShare):
            json += "{\"redPacket\":{\"amount\":\(amount),\"count\":\(count),\"mode\":"
            Session.append(mode, to: &json)
            json += ",\"recipient\":"
            Session.append(recipient, to: &json)
            if let perShare { json += ",\"perShare\":\(perShare)" }
            json += "}}"
        case .choice(let intents, let slots):
            json += "{\"choice\":{\"intents\":"
            Session.append(intents.map(\.rawValue), to: &json)
            json += ",\"slots\":"
            Self.append(slots, to: &json)
            json += "}}"
        case .priceProtection(let order):
            json += order.map { "{\"priceProtection\":{\"order\":\($0)}}" } ?? "{\"priceProtection\":{}}"
        case .orderReturn(let order, let sku, let quantity, let reason, let note):
            json += "{\"orderReturn\":{\"order\":\(order),\"sku\":"
            Session.append(sku, to: &json)
            json += ",\"quantity\":\(quantity),\"reason\":"
            Session.append(reason, to: &json)
            json += ",\"note\":"
            Session.append(note, to: &json)
            json += "}}"
        case .flashBuy(let sale):
            json += "{\"flashBuy\":{\"sale\":\(sale)}}"
        case .bargainBuy(let id):
            json += "{\"bargainBuy\":{\"id\":\(id)}}"
        }
    }

    private static func append(_ slots: Slots, to json: inout String) {
        json += "{"
        for (index, name) in slots.keys.sorted().enumerated() {
            if index > 0 { json += "," }
            Session.append(name.rawValue, to: &json)
            json += ":"
            append(slots[name]!, to: &json)
        }
        json += "}"
    }

    private static func append(_ value: SlotValue, to json: inout String) {
        switch value {
        case .int(let number):
            json += "{\"int\":{\"_0\":\(number)}}"
        case .string(let text):
            json += "{\"string\":{\"_0\":"
            Session.append(text, to: &json)
            json += "}}"
        case .list(let values):
            json += "{\"list\":{\"_0\":["
            for (index, value) in values.enumerated() {
                if index > 0 { json += "," }
                append(value, to: &json)
            }
            json += "]}}"
        }
    }
}
