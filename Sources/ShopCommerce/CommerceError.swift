/// What can go wrong in a use case, in the shopper's terms. Throwing one rolls the turn back.
public enum CommerceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownProduct(String)
    case outOfStock(name: String, nameZh: String = "")
    case notEnoughStock(name: String, available: Int64, nameZh: String = "")
    case notInCart(name: String, nameZh: String = "")
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
    case unknownRecipient(String)
    case nobodyToReach(String)
    case shareLimitReached(Int64)
    case unknownShare(String)
    case notYourShare(String)
    case notEnoughMoney(wallet: Int64)
    case invalidAmount(AmountProblem)
    case unknownPacket(String)
    case notARecipient(Int64)
    case alreadyGrabbed(Int64)
    case packetEmpty(Int64)
    case packetExpired(Int64)
    case unknownGroupBuy(String)
    case groupBuyClosed(String)
    case alreadyJoined(String)
    case unknownStore(String)
    case notBought(String, nameZh: String = "")
    /// A number outside what the store takes (PROTOCOL.md §1): `what` is stock, wallet, …
    case outOfRange(what: String, range: ClosedRange<Int64>)
    /// A return the rules of PROTOCOL.md §9 don't allow.
    case returnRefused(ReturnRefusal)
    /// A flash purchase or `/flash` the rules of PROTOCOL.md §9 don't allow.
    case flashRefused(FlashRefusal)
    /// A bargain step or `/bargain` the rules of PROTOCOL.md §9 don't allow.
    case bargainRefused(BargainRefusal)
    /// An address-book request or a purchase without an address (PROTOCOL.md §9).
    case addressRefused(AddressRefusal)

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
        case .unknownRecipient: "unknown_recipient"
        case .nobodyToReach: "no_recipients"
        case .shareLimitReached: "share_limit"
        case .unknownShare: "unknown_share"
        case .notYourShare: "not_your_share"
        case .notEnoughMoney: "not_enough_money"
        case .invalidAmount: "invalid_amount"
        case .unknownPacket: "unknown_packet"
        case .notARecipient: "not_a_recipient"
        case .alreadyGrabbed: "already_grabbed"
        case .packetEmpty: "packet_empty"
        case .packetExpired: "packet_expired"
        case .unknownGroupBuy: "unknown_groupbuy"
        case .groupBuyClosed: "groupbuy_closed"
        case .alreadyJoined: "already_joined"
        case .unknownStore: "unknown_store"
        case .notBought: "not_bought"
        case .outOfRange: "out_of_range"
        case .returnRefused(let refusal): refusal.code
        case .flashRefused(let refusal): refusal.code
        case .bargainRefused(let refusal): refusal.code
        case .addressRefused(let refusal): refusal.code
        }
    }

    public var description: String {
        switch self {
        case .unknownProduct(let what): "I couldn't find a product called \"\(what)\"."
        case .outOfStock(let name, _): "Sorry, \(name) is out of stock."
        case .notEnoughStock(let name, let available, _):
            "Sorry, only \(available) × \(name) left in stock."
        case .notInCart(let name, _): "\(name) isn't in your cart."
        case .emptyCart: "Your cart is empty, so there's nothing to check out."
        case .unknownOrder(let id): "You have no order \(id)."
        case .orderAlreadyCancelled(let id): "Order \(id) is already cancelled."
        case .orderAlreadyShipped(let id): "Order \(id) has already shipped and can't be cancelled."
        case .invalidQuantity(let quantity):
            quantity > Commerce.maximumQuantity
                ? "That's more than I can handle at once: say 1 to 999." : "\(quantity) isn't a quantity I can use: say 1 to 999."
        case .notEnoughPoints(let balance): "You only have \(balance) points."
        case .catalog(let failure): "Import refused: \(failure.description)"
        case .unknownCoupon(let code): "There's no coupon \(code)."
        case .couponExpired(let code): "Coupon \(code) has expired."
        case .couponAlreadyUsed(let code): "You've already used coupon \(code)."
        case .couponLimitReached(let code): "You've already claimed coupon \(code) as many times as allowed."
        case .couponNotClaimable(let code): "Coupon \(code) can't be claimed; it's given out by the shop."
        case .couponDoesNotApply(let refusal): refusal.description
        case .unknownRecipient(let who): "I don't know who \(who) is. Name a user (@bob), a group (#family), your friends or your moments."
        case .nobodyToReach(let who): "\(who) reaches nobody yet — add some friends first."
        case .shareLimitReached(let limit): "You've shared \(limit) times today, the daily limit. Friends are friends, not an audience!"
        case .unknownShare(let code): "There's no share \(code) for you."
        case .notYourShare(let code): "Share \(code) wasn't sent to you."
        case .notEnoughMoney(let wallet): "Your wallet only holds \(Money.format(wallet))."
        case .invalidAmount(let problem):
            switch problem {
            case .packetAmount(let maximum): "A red envelope holds ¥0.01 to \(Money.format(maximum))."
            case .packetCount(let maximum): "A red envelope splits 1 to \(maximum) ways."
            case .packetTooThin(let amount, let count): "\(Money.format(amount)) can't split \(count) ways: everyone gets at least ¥0.01."
            case .rating: "A rating is 1 to 5 stars."
            }
        case .unknownPacket(let what): "There's no red envelope \(what) for you."
        case .notARecipient(let id): "Red envelope R\(id) isn't for you."
        case .alreadyGrabbed(let id): "You've already grabbed red envelope R\(id)."
        case .packetEmpty(let id): "Red envelope R\(id) is all gone — too slow!"
        case .packetExpired(let id): "Red envelope R\(id) has expired."
        case .unknownGroupBuy(let what): "There's no group buy \(what)."
        case .groupBuyClosed(let what): "Group buy \(what) is closed."
        case .alreadyJoined(let what): "You're already in group buy \(what)."
        case .unknownStore(let what): "I don't know a store called \(what)."
        case .notBought(let name, _): "You can review \(name) once you've bought it."
        case .outOfRange(let what, let range):
            "That \(what) is out of range: it must be \(range.lowerBound) to \(range.upperBound). Nothing was changed."
        case .returnRefused(let refusal): "The return was refused (\(refusal.code))."
        case .flashRefused(let refusal): "The flash sale refused it (\(refusal.code))."
        case .bargainRefused(let refusal): "The bargain refused it (\(refusal.code))."
        case .addressRefused(let refusal): "The address book refused it (\(refusal.code))."
        }
    }
}

/// Why an amount or count was refused (`invalid_amount`).
public enum AmountProblem: Equatable, Sendable {
    /// A red envelope outside ¥0.01…`maximum`.
    case packetAmount(maximum: Int64)
    /// A red envelope split into more than `maximum` shares (or none).
    case packetCount(maximum: Int64)
    /// Less than ¥0.01 a share.
    case packetTooThin(amount: Int64, count: Int64)
    /// Stars outside 1…5.
    case rating
}

extension CommerceError {
    /// Sold out or too few left: the product was right, only the count or the time was not.
    public var isAboutStock: Bool {
        switch self {
        case .outOfStock, .notEnoughStock: true
        default: false
        }
    }
}
