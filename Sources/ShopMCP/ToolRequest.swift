import ShopChat

extension ShopTool {
    /// The structured turn a call with `arguments` asks for, or why it can't be asked.
    func turn(_ arguments: ToolArguments) throws(ArgumentError) -> StructuredTurn {
        var slots: Slots = [:]
        // The tool's argument named as the slot, unless another name is given.
        func copy(_ slot: SlotName, from argument: String? = nil) {
            let name = argument ?? slot.rawValue
            if let text = arguments.text(name) { slots[slot] = .string(text) }
            if let number = arguments.integer(name) { slots[slot] = .int(number) }
        }
        switch self {
        case .searchCatalog:
            guard arguments.text("query") != nil || arguments.text("category") != nil || arguments.text("brand") != nil else {
                throw ArgumentError(problem: .searchNeedsWords)
            }
            if let low = arguments.integer("min_price"), let high = arguments.integer("max_price"), low > high {
                throw ArgumentError(problem: .minAboveMax(low, high))
            }
            for slot in [SlotName.query, .category, .brand, .minPrice, .maxPrice, .sort, .limit] { copy(slot) }
            // The words decide the reply's language, as a typed search's would.
            let words = [arguments.text("query"), arguments.text("category"), arguments.text("brand")].compactMap { $0 }
            return StructuredTurn(.catalogSearch, slots: slots, text: words.joined(separator: " "))
        case .getProduct:
            copy(.product, from: "sku")
            return StructuredTurn(.productShow, slots: slots)
        case .viewCart: return StructuredTurn(.cartShow)
        case .updateCart:
            copy(.product, from: "sku")
            copy(.quantity)
            return StructuredTurn(.cartUpdate, slots: slots)
        case .quote:
            copy(.coupon)
            return StructuredTurn(.cartQuote, slots: slots)
        case .checkout:
            copy(.coupon)
            copy(.points)
            // "北京市朝阳区建国路88号 张三 13800138000": the phone apart, as in chat.
            if let given = arguments.text("address") {
                let reading = AddressWords.read(given)
                slots[.address] = .string(reading.text ?? given)
                if let phone = reading.phone { slots[.phone] = .string(phone) }
                if let label = reading.label { slots[.label] = .string(label) }
            }
            return StructuredTurn(.checkout, slots: slots)
        case .completeCheckout:
            copy(.previewID)
            copy(.idempotencyKey)
            return StructuredTurn(.confirm, slots: slots)
        case .listOrders: return StructuredTurn(.orderList)
        case .trackOrder:
            copy(.order)
            return StructuredTurn(.orderTrack, slots: slots)
        case .cancelOrder:
            copy(.order)
            return StructuredTurn(.orderCancel, slots: slots)
        case .listCoupons: return StructuredTurn(.couponList)
        case .claimCoupon:
            copy(.coupon)
            copy(.store)
            return StructuredTurn(.couponClaim, slots: slots)
        case .shareProduct:
            copy(.product, from: "sku")
            slots[.recipient] = .string(arguments.text("recipient") ?? "friends")
            return StructuredTurn(.shareProduct, slots: slots)
        }
    }
}
