import ShopCommerce

/// The engine's statements, not GRDB's type of the same name (this module reads both).
typealias SQL = ShopCommerce.SQL
