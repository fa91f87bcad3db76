import GRDB

/// The SQLite schema as named migrations; a migration is never edited once shipped, only added.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 catalog, users, carts, orders") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE stores (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_zh TEXT NOT NULL DEFAULT '',
                    description TEXT NOT NULL DEFAULT '');
                CREATE TABLE products (
                    sku TEXT PRIMARY KEY, name TEXT NOT NULL, name_zh TEXT NOT NULL DEFAULT '',
                    brand TEXT NOT NULL DEFAULT '', category TEXT NOT NULL, store TEXT NOT NULL,
                    price INTEGER NOT NULL CHECK (price >= 0), stock INTEGER NOT NULL CHECK (stock >= 0),
                    rating REAL NOT NULL DEFAULT 0, tags TEXT NOT NULL DEFAULT '',
                    description TEXT NOT NULL DEFAULT '', sales INTEGER NOT NULL DEFAULT 0,
                    position INTEGER NOT NULL DEFAULT 0, search_text TEXT NOT NULL DEFAULT '');
                CREATE INDEX products_category ON products(category);
                CREATE INDEX products_store ON products(store);
                CREATE VIRTUAL TABLE product_search USING fts5(sku UNINDEXED, body, tokenize = 'trigram');
                CREATE TABLE users (
                    name TEXT PRIMARY KEY, created_at INTEGER NOT NULL,
                    wallet INTEGER NOT NULL DEFAULT 50000 CHECK (wallet >= 0),
                    points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
                    lifetime_points INTEGER NOT NULL DEFAULT 0,
                    first_login_at INTEGER, muted INTEGER NOT NULL DEFAULT 0,
                    share_purchases INTEGER NOT NULL DEFAULT 1);
                CREATE TABLE cart_items (
                    user TEXT NOT NULL, sku TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),
                    position INTEGER NOT NULL, PRIMARY KEY (user, sku));
                CREATE TABLE orders (
                    id INTEGER PRIMARY KEY, user TEXT NOT NULL, status TEXT NOT NULL,
                    subtotal INTEGER NOT NULL, discount INTEGER NOT NULL, shipping INTEGER NOT NULL,
                    points_used INTEGER NOT NULL, total INTEGER NOT NULL, points_earned INTEGER NOT NULL,
                    coupons TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, cancelled_at INTEGER);
                CREATE INDEX orders_user ON orders(user, id);
                CREATE TABLE order_items (
                    order_id INTEGER NOT NULL REFERENCES orders(id), sku TEXT NOT NULL, name TEXT NOT NULL,
                    store TEXT NOT NULL, quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL,
                    PRIMARY KEY (order_id, sku));
                CREATE TABLE sessions (user TEXT PRIMARY KEY, state TEXT NOT NULL);
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY, user TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL,
                    detail TEXT NOT NULL DEFAULT '');
                CREATE INDEX events_kind ON events(kind, user);
                """)
        }
        migrator.registerMigration("v2 coupons") { db in
            try db.execute(sql: """
                CREATE TABLE coupons (
                    code TEXT PRIMARY KEY, kind TEXT NOT NULL, min_spend INTEGER NOT NULL DEFAULT 0,
                    off INTEGER NOT NULL DEFAULT 0, pct INTEGER NOT NULL DEFAULT 100, store TEXT,
                    expires_at INTEGER, per_user_limit INTEGER NOT NULL DEFAULT 1,
                    claimable INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL);
                CREATE TABLE user_coupons (
                    id INTEGER PRIMARY KEY, user TEXT NOT NULL, code TEXT NOT NULL REFERENCES coupons(code),
                    claimed_at INTEGER NOT NULL, used_order INTEGER);
                CREATE INDEX user_coupons_user ON user_coupons(user, code);
                """)
        }
        return migrator
    }
}
