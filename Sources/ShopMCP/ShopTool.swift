import MCP
import ShopChat

/// The tools a shopper's assistant may call (docs/channels-mcp.md). Each is one engine intent
/// run as a structured turn (``StructuredTurn``): the shop's own rules, one transaction.
enum ShopTool: String, CaseIterable, Sendable {
    case searchCatalog = "search_catalog"
    case getProduct = "get_product"
    case viewCart = "view_cart"
    case updateCart = "update_cart"
    case quote
    case checkout
    case completeCheckout = "complete_checkout"
    case listOrders = "list_orders"
    case trackOrder = "track_order"
    case cancelOrder = "cancel_order"
    case listCoupons = "list_coupons"
    case claimCoupon = "claim_coupon"
    case shareProduct = "share_product"

    /// Money a user names: at most ¥1,000,000 in fen, as everywhere in the shop (PROTOCOL.md §1).
    static let price: ClosedRange<Int64> = 0...Limits.money.upperBound
    /// Order ids: positive, and exact in a JSON double.
    static let orderID: ClosedRange<Int64> = 1...9_007_199_254_740_991
    /// The longest list a search returns.
    static let listLength: ClosedRange<Int64> = 1...10

    var summary: String {
        switch self {
        case .searchCatalog:
            "Search the catalog (English or Chinese). Needs at least one of query, category or brand. Prices are integer fen (100 fen = ¥1)."
        case .getProduct: "A product's details by SKU: price, stock, rating, store."
        case .viewCart: "The shopper's cart: lines, quantities, subtotal."
        case .updateCart: "Set the quantity of a SKU in the cart: 0 removes it, a SKU not in the cart is added. Stock is checked."
        case .quote: "What the cart would cost now: the best coupons (or the one named), shipping and totals. Leaves nothing waiting."
        case .checkout:
            "Preview the order: totals with the best coupons (or the one named) and points. Returns a preview_id; nothing is charged until complete_checkout."
        case .completeCheckout:
            "Place the order a checkout preview showed. Refused if the cart, prices or coupons changed since (check out again). Calling again with the same idempotency_key returns the same order, never a second one."
        case .listOrders: "The shopper's most recent orders, newest first."
        case .trackOrder: "Where an order is (placed, shipped, delivered, cancelled); the latest order when none is named."
        case .cancelOrder: "Cancel an order that has not shipped yet: stock, coupons and points go back."
        case .listCoupons: "The shopper's coupons, and the ones they can still claim."
        case .claimCoupon: "Claim a coupon by code; without a code, the only one on offer (at a store, if named)."
        case .shareProduct: "Share a product with friends (default), to moments, with a user (@name) or a group (#name)."
        }
    }

    /// The tool's arguments; `categories` are the store's, named to the model as examples
    /// (not enforced: another process may import more while this one runs).
    func parameters(categories: [String] = []) -> [ToolParameter] {
        switch self {
        case .searchCatalog:
            [
                .text("query", "What to look for, in English or Chinese (\"rice cooker\", \"电饭煲\").", maxLength: 200),
                .text(
                    "category",
                    categories.isEmpty
                        ? "A category of the catalog." : "A category of the catalog: \(categories.prefix(40).joined(separator: ", "))."),
                .text("brand", "A brand."),
                .integer("min_price", "Lowest price, in fen.", Self.price),
                .integer("max_price", "Highest price, in fen (30000 = ¥300).", Self.price),
                .text("sort", "The order of results; relevance when not given.", choices: ["price_asc", "price_desc", "rating", "sales"]),
                .integer("limit", "At most this many results (10 when not given).", Self.listLength),
            ]
        case .getProduct: [Self.sku("The product's SKU, e.g. P1001.")]
        case .viewCart, .listOrders, .listCoupons: []
        case .updateCart:
            [
                Self.sku("The product's SKU."),
                .integer("quantity", "The quantity wanted: 0 removes the line.", 0...Limits.quantity.upperBound, required: true),
            ]
        case .quote: [Self.coupon]
        case .checkout:
            [
                Self.coupon, .integer("points", "Points to pay with (100 points = ¥1, at most half the order).", Limits.points),
                .text(
                    "address",
                    "Where the order goes, saved to the shopper's address book: street and number, city, and a phone if any. Needed when the shopper has no address yet; otherwise their default is used.",
                    maxLength: 200),
            ]
        case .completeCheckout:
            [
                .text("preview_id", "The preview_id checkout returned.", maxLength: 64, required: true),
                .text(
                    "idempotency_key",
                    "A key of your choosing (1 to 128 visible ASCII characters) that names this purchase: retrying with it never buys twice.",
                    maxLength: 128, required: true),
            ]
        case .trackOrder: [.integer("order", "The order id; the latest order when not given.", Self.orderID)]
        case .cancelOrder: [.integer("order", "The order id.", Self.orderID, required: true)]
        case .claimCoupon:
            [.text("coupon", "The coupon code, e.g. SAVE50.", maxLength: 40), .text("store", "Claim the one coupon a store offers.")]
        case .shareProduct:
            [Self.sku("The product's SKU."), .text("recipient", "friends (default), moments, @user or #group.", maxLength: 40)]
        }
    }

    static func sku(_ summary: String) -> ToolParameter { .text("sku", summary, maxLength: 64, required: true) }
    static let coupon = ToolParameter.text("coupon", "A coupon code to use instead of the best combination.", maxLength: 40)
    /// Who the tool acts for; only a server started with `--operator` takes it.
    static let user = ToolParameter.text("user", "The shopper to act for (operator hosts only).", maxLength: 32)

    var annotations: Tool.Annotations {
        switch self {
        case .searchCatalog, .getProduct, .viewCart, .quote, .listOrders, .trackOrder, .listCoupons:
            Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)
        case .updateCart, .checkout:
            Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false)
        case .completeCheckout: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false)
        case .cancelOrder: Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false)
        case .claimCoupon, .shareProduct:
            Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true)
        }
    }

    /// The tool as `tools/list` describes it; with `operatorHost`, every tool also takes `user`.
    func definition(operatorHost: Bool, categories: [String]) -> Tool {
        Tool(
            name: rawValue, description: summary,
            inputSchema: inputSchema(parameters(categories: categories) + (operatorHost ? [Self.user] : [])), annotations: annotations)
    }
}
