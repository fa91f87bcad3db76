/// What can go wrong in a use case, in the shopper's terms. Throwing one rolls the turn back.
public enum CommerceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownProduct(String)
    case outOfStock(name: String)
    case notEnoughStock(name: String, available: Int64)
    case notInCart(name: String)
    case emptyCart
    case unknownOrder(Int64)
    case orderAlreadyCancelled(Int64)
    case orderAlreadyShipped(Int64)
    case invalidQuantity(Int64)
    case notEnoughPoints(balance: Int64)
    case catalog(CatalogImport.Failure)
    case unknownCoupon(String)
    case couponExpired(String)
    case couponAlreadyUsed(String)
    case couponLimitReached(String)
    case couponNotClaimable(String)
    case couponDoesNotApply(Pricing.Refusal)

    /// A short stable code for programs (`data.error`).
    public var code: String {
        switch self {
        case .unknownProduct: "unknown_product"
        case .outOfStock: "out_of_stock"
        case .notEnoughStock: "not_enough_stock"
        case .notInCart: "not_in_cart"
        case .emptyCart: "empty_cart"
        case .unknownOrder: "unknown_order"
        case .orderAlreadyCancelled: "already_cancelled"
        case .orderAlreadyShipped: "already_shipped"
        case .invalidQuantity: "invalid_quantity"
        case .notEnoughPoints: "not_enough_points"
        case .catalog: "bad_catalog"
        case .unknownCoupon: "unknown_coupon"
        case .couponExpired: "coupon_expired"
        case .couponAlreadyUsed: "coupon_used"
        case .couponLimitReached: "coupon_limit"
        case .couponNotClaimable: "coupon_not_claimable"
        case .couponDoesNotApply: "coupon_not_applicable"
        }
    }

    public var description: String {
        switch self {
        case .unknownProduct(let what): "I couldn't find a product called \"\(what)\"."
        case .outOfStock(let name): "Sorry, \(name) is out of stock."
        case .notEnoughStock(let name, let available):
            "Sorry, only \(available) × \(name) left in stock."
        case .notInCart(let name): "\(name) isn't in your cart."
        case .emptyCart: "Your cart is empty, so there's nothing to check out."
        case .unknownOrder(let id): "You have no order \(id)."
        case .orderAlreadyCancelled(let id): "Order \(id) is already cancelled."
        case .orderAlreadyShipped(let id): "Order \(id) has already shipped and can't be cancelled."
        case .invalidQuantity(let quantity): "\(quantity) isn't a quantity I can use: say 1 to 999."
        case .notEnoughPoints(let balance): "You only have \(balance) points."
        case .catalog(let failure): "Import refused: \(failure.description)"
        case .unknownCoupon(let code): "There's no coupon \(code)."
        case .couponExpired(let code): "Coupon \(code) has expired."
        case .couponAlreadyUsed(let code): "You've already used coupon \(code)."
        case .couponLimitReached(let code): "You already have coupon \(code) — one per person."
        case .couponNotClaimable(let code): "Coupon \(code) can't be claimed; it's given out by the shop."
        case .couponDoesNotApply(let refusal): refusal.description
        }
    }
}
