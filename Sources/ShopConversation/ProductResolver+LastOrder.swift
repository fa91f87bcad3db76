import ShopCommerce

extension ProductResolver {
    /// Of several products that fit, the one the user's last order held: "just the mouse then"
    /// after cancelling an order of a mouse and a dock; "防晒分享给小鹿" after buying one of two
    /// sunscreens listed. An add (`adding`) looks only at a cancelled order: buying a kind again
    /// after a delivered order may mean another of its kind.
    static func heldByLastOrder(_ resolution: Resolution, of user: String, adding: Bool, _ commerce: Commerce) throws -> Resolution {
        guard case .ambiguous(let products) = resolution, let last = try commerce.orders(of: user, limit: 1).first,
            !adding || last.cancelled
        else { return resolution }
        let held = products.filter { product in last.items.contains { $0.sku == product.sku } }
        return held.count == 1 ? .found(held) : resolution
    }
}
