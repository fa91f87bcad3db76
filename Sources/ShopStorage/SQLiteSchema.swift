import GRDB
import ShopCommerce

/// The SQLite schema as named migrations; a migration is never edited once shipped, only added.
enum SQLiteSchema {
    /// The products' secondary indexes (set aside during a large import, made again after it:
    /// sorting a million keys once is cheaper than a million random inserts).
    static let productIndexes: [(name: String, create: String)] = [
        ("products_search_key", "CREATE UNIQUE INDEX products_search_key ON products(search_key)"),
        ("products_position", "CREATE INDEX products_position ON products(position)"),
        ("products_category", "CREATE INDEX products_category ON products(category, search_key)"),
        ("products_store", "CREATE INDEX products_store ON products(store, search_key)"),
        ("products_brand", "CREATE INDEX products_brand ON products(LOWER(brand), search_key)"),
    ]

    /// Indexes each product added (set aside during a large import: GRDBSession.beginBulkImport).
    static let indexingTrigger = """
        CREATE TRIGGER products_indexed AFTER INSERT ON products BEGIN
            INSERT INTO product_index (rowid, search_name, search_other, search_more) VALUES (new.search_key, new.search_name, new.search_other, new.search_more);
        END
        """

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 catalog, users, carts, orders") { db in
            try db.execute(
                sql: """
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
            try db.execute(
                sql: """
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
        migrator.registerMigration("v3 social") { db in
            try db.execute(
                sql: """
                    CREATE TABLE friendships (
                        user TEXT NOT NULL, friend TEXT NOT NULL, since INTEGER NOT NULL, PRIMARY KEY (user, friend));
                    CREATE TABLE chat_groups (name TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (name, member));
                    CREATE TABLE shares (
                        code TEXT PRIMARY KEY, sharer TEXT NOT NULL, sku TEXT NOT NULL, recipient TEXT NOT NULL,
                        created_at INTEGER NOT NULL, seq INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX shares_sharer ON shares(sharer, created_at);
                    CREATE TABLE share_deliveries (
                        code TEXT NOT NULL REFERENCES shares(code), user TEXT NOT NULL, silent INTEGER NOT NULL DEFAULT 0,
                        opened_at INTEGER, converted_order INTEGER, reward INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (code, user));
                    CREATE INDEX share_deliveries_user ON share_deliveries(user);
                    CREATE TABLE inbox (
                        id INTEGER PRIMARY KEY, user TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
                        at INTEGER NOT NULL, silent INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX inbox_user ON inbox(user, id);
                    CREATE TABLE red_packets (
                        id INTEGER PRIMARY KEY, sender TEXT NOT NULL, amount INTEGER NOT NULL CHECK (amount > 0),
                        count INTEGER NOT NULL CHECK (count > 0), mode TEXT NOT NULL, recipient TEXT NOT NULL,
                        created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, refunded INTEGER NOT NULL DEFAULT 0,
                        settled INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX red_packets_open ON red_packets(settled, expires_at);
                    CREATE TABLE red_packet_recipients (packet INTEGER NOT NULL, user TEXT NOT NULL, PRIMARY KEY (packet, user));
                    CREATE TABLE red_packet_grabs (
                        packet INTEGER NOT NULL REFERENCES red_packets(id), user TEXT NOT NULL,
                        amount INTEGER NOT NULL CHECK (amount > 0), seq INTEGER NOT NULL, at INTEGER NOT NULL,
                        PRIMARY KEY (packet, user), UNIQUE (packet, seq));
                    CREATE TABLE group_buys (
                        id INTEGER PRIMARY KEY, sku TEXT NOT NULL, starter TEXT NOT NULL, price INTEGER NOT NULL,
                        created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, status TEXT NOT NULL);
                    CREATE TABLE group_buy_members (
                        groupbuy INTEGER NOT NULL REFERENCES group_buys(id), user TEXT NOT NULL, joined_at INTEGER NOT NULL,
                        order_id INTEGER, seq INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (groupbuy, user));
                    CREATE TABLE store_follows (user TEXT NOT NULL, store TEXT NOT NULL, since INTEGER NOT NULL, PRIMARY KEY (user, store));
                    CREATE TABLE reviews (
                        id INTEGER PRIMARY KEY, user TEXT NOT NULL, sku TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                        text TEXT NOT NULL, at INTEGER NOT NULL);
                    CREATE INDEX reviews_sku ON reviews(sku);
                    """)
        }
        migrator.registerMigration("v4 search in memory") { db in
            // Catalog words are matched in memory now (CatalogText); the FTS5 index went unused.
            try db.execute(sql: "DROP TABLE product_search")
        }
        migrator.registerMigration("v5 events without an index") { db in
            // Every turn appends an event; an index on (kind, user) put each in a random page,
            // a third of what a busy server wrote to disk, for statistics that read every event
            // anyway (they count what is NOT a system event).
            try db.execute(sql: "DROP INDEX events_kind")
        }
        migrator.registerMigration("v6 sessions and carts without rowid") { db in
            // Both are looked up and written only by their key: one b-tree instead of a table
            // and its key's index, so a turn that changes them writes one page each, not two.
            try db.execute(
                sql: """
                    CREATE TABLE sessions_by_user (user TEXT PRIMARY KEY, state TEXT NOT NULL) WITHOUT ROWID;
                    INSERT INTO sessions_by_user SELECT user, state FROM sessions;
                    DROP TABLE sessions;
                    ALTER TABLE sessions_by_user RENAME TO sessions;
                    CREATE TABLE cart_items_by_user (
                        user TEXT NOT NULL, sku TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),
                        position INTEGER NOT NULL, PRIMARY KEY (user, sku)) WITHOUT ROWID;
                    INSERT INTO cart_items_by_user SELECT user, sku, quantity, position FROM cart_items;
                    DROP TABLE cart_items;
                    ALTER TABLE cart_items_by_user RENAME TO cart_items;
                    """)
        }
        migrator.registerMigration("v7 chinese names") { db in
            // Replies in Chinese show a product's description and its category in Chinese too
            // (store names already had name_zh). Categories are keys on products; their names
            // live here, one row per named category.
            try db.execute(
                sql: """
                    ALTER TABLE products ADD COLUMN description_zh TEXT NOT NULL DEFAULT '';
                    CREATE TABLE categories (id TEXT PRIMARY KEY, name_zh TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v8 inbox fields") { db in
            // A message's details as JSON, so it is written in the reader's language when read,
            // not in the language of whoever caused it.
            try db.execute(sql: "ALTER TABLE inbox ADD COLUMN fields TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v9 search index") { db in
            // Search runs on an index in the store, so a process need not read the catalog.
            // `search_name`/`search_other` hold a product's SearchTerms; FTS5 indexes them from
            // the products table itself (external content), kept in step by triggers that fire
            // only when those columns change, never on a stock or sales update. The index's
            // rowid is the product's `search_key`, which sorts best first (CatalogIndexing): FTS5
            // reads its matches in rowid order, so the best ten of 50,000 matches cost ten rows.
            try db.execute(
                sql: """
                    ALTER TABLE products ADD COLUMN search_name TEXT NOT NULL DEFAULT '';
                    ALTER TABLE products ADD COLUMN search_other TEXT NOT NULL DEFAULT '';
                    ALTER TABLE products ADD COLUMN search_more TEXT NOT NULL DEFAULT '';
                    ALTER TABLE products ADD COLUMN search_key INTEGER;
                    DROP INDEX products_category;
                    DROP INDEX products_store;
                    \(productIndexes.map(\.create).joined(separator: ";\n"));
                    UPDATE products SET search_text = '';
                    CREATE VIRTUAL TABLE product_index USING fts5(
                        search_name, search_other, search_more, content = 'products', content_rowid = 'search_key', detail = 'column',
                        tokenize = 'unicode61 remove_diacritics 0');
                    CREATE VIRTUAL TABLE product_index_terms USING fts5vocab(product_index, 'row');
                    CREATE TABLE search_terms (term TEXT PRIMARY KEY, products INTEGER NOT NULL) WITHOUT ROWID;
                    CREATE TABLE catalog_facets (
                        kind TEXT NOT NULL, value TEXT NOT NULL, products INTEGER NOT NULL, PRIMARY KEY (kind, value)) WITHOUT ROWID;
                    """)
            // Rows already there get their terms, then the index is built from them all, and
            // only then do triggers follow each change (a trigger's 'delete' of a row the index
            // never held would corrupt it).
            try CatalogIndexing.reindex(GRDBSession(db: db))
            try db.execute(
                sql: """
                    INSERT INTO product_index (rowid, search_name, search_other, search_more)
                        SELECT search_key, search_name, search_other, search_more FROM products ORDER BY search_key;
                    \(indexingTrigger);
                    CREATE TRIGGER products_unindexed AFTER DELETE ON products BEGIN
                        INSERT INTO product_index (product_index, rowid, search_name, search_other, search_more)
                            VALUES ('delete', old.search_key, old.search_name, old.search_other, old.search_more);
                    END;
                    CREATE TRIGGER products_reindexed AFTER UPDATE OF search_name, search_other, search_more, search_key ON products BEGIN
                        INSERT INTO product_index (product_index, rowid, search_name, search_other, search_more)
                            VALUES ('delete', old.search_key, old.search_name, old.search_other, old.search_more);
                        INSERT INTO product_index (rowid, search_name, search_other, search_more) VALUES (new.search_key, new.search_name, new.search_other, new.search_more);
                    END;
                    """)
            try CatalogIndexing.recount(GRDBSession(db: db))
        }
        migrator.registerMigration("v10 decimal terms") { db in
            // "5.5L" became one number term (SearchTerms): only the rows whose terms changed are
            // written again.
            try CatalogIndexing.reindex(GRDBSession(db: db))
        }
        migrator.registerMigration("v11 catalog version") { db in
            // Which catalog this is and how far it changed, for the search cache (SearchCache).
            try db.execute(sql: "CREATE TABLE catalog_version (id TEXT NOT NULL, version INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO catalog_version (id, version) VALUES (?, 0)", arguments: [CatalogIndexing.newCatalogID()])
        }
        migrator.registerMigration("v12 checkout keys") { db in
            // A program's checkout is placed once per idempotency key, across restarts (MCP front).
            try db.execute(
                sql: """
                    CREATE TABLE checkout_keys (
                        user TEXT NOT NULL, idempotency_key TEXT NOT NULL, preview_id TEXT NOT NULL,
                        order_id INTEGER NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (user, idempotency_key)) WITHOUT ROWID
                    """)
        }
        migrator.registerMigration("v13 check-ins") { db in
            // One row per user and day (China Standard Time) checked in (签到, PROTOCOL.md §9).
            try db.execute(
                sql: """
                    CREATE TABLE checkins (
                        user TEXT NOT NULL, day INTEGER NOT NULL, streak INTEGER NOT NULL CHECK (streak >= 1),
                        points INTEGER NOT NULL CHECK (points >= 0), at INTEGER NOT NULL, PRIMARY KEY (user, day)) WITHOUT ROWID
                    """)
            try db.execute(sql: "CREATE INDEX checkins_by_day ON checkins (day)")
        }
        migrator.registerMigration("v14 price protections") { db in
            // One refund per order line whose list price dropped within 7 days (价保, PROTOCOL.md §9).
            try db.execute(
                sql: """
                    CREATE TABLE price_protections (
                        order_id INTEGER NOT NULL, sku TEXT NOT NULL, user TEXT NOT NULL, quantity INTEGER NOT NULL,
                        paid INTEGER NOT NULL, price INTEGER NOT NULL, refund INTEGER NOT NULL CHECK (refund > 0), at INTEGER NOT NULL,
                        PRIMARY KEY (order_id, sku)) WITHOUT ROWID
                    """)
        }
        migrator.registerMigration("v15 returns") { db in
            // Units of an order line sent back, with what they refunded (退货, PROTOCOL.md §9).
            try db.execute(
                sql: """
                    CREATE TABLE returns (
                        id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, sku TEXT NOT NULL, user TEXT NOT NULL,
                        quantity INTEGER NOT NULL CHECK (quantity > 0), refund INTEGER NOT NULL CHECK (refund >= 0),
                        points_back INTEGER NOT NULL, points_taken INTEGER NOT NULL, coupons TEXT NOT NULL DEFAULT '',
                        reason TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', requested_at INTEGER NOT NULL)
                    """)
            try db.execute(sql: "CREATE INDEX returns_by_line ON returns (order_id, sku)")
        }
        migrator.registerMigration("v16 flash sales") { db in
            // Units of a product at a price for a window, one per buyer (秒杀, PROTOCOL.md §9).
            try db.execute(
                sql: """
                    CREATE TABLE flash_sales (
                        id INTEGER PRIMARY KEY, sku TEXT NOT NULL, price INTEGER NOT NULL CHECK (price > 0),
                        stock INTEGER NOT NULL CHECK (stock > 0), sold INTEGER NOT NULL CHECK (sold >= 0 AND sold <= stock),
                        starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL, created_at INTEGER NOT NULL);
                    CREATE TABLE flash_buyers (
                        sale INTEGER NOT NULL, user TEXT NOT NULL, order_id INTEGER NOT NULL, at INTEGER NOT NULL,
                        PRIMARY KEY (sale, user)) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v17 bargains") { db in
            // Friends cut one unit's price down to a floor; the starter buys once (砍价, PROTOCOL.md §9).
            try db.execute(
                sql: """
                    CREATE TABLE bargain_floors (sku TEXT PRIMARY KEY, floor INTEGER NOT NULL CHECK (floor > 0)) WITHOUT ROWID;
                    CREATE TABLE bargains (
                        id INTEGER PRIMARY KEY, sku TEXT NOT NULL, starter TEXT NOT NULL, list_price INTEGER NOT NULL,
                        floor INTEGER NOT NULL, price INTEGER NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
                        day INTEGER NOT NULL, order_id INTEGER, CHECK (price >= floor AND price <= list_price));
                    CREATE INDEX bargains_by_starter ON bargains (starter, day);
                    CREATE TABLE bargain_cuts (
                        bargain INTEGER NOT NULL, user TEXT NOT NULL, amount INTEGER NOT NULL CHECK (amount > 0), at INTEGER NOT NULL,
                        PRIMARY KEY (bargain, user)) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v18 addresses") { db in
            // A shopper's address book, in their session row (see Commerce+Addresses); an order
            // keeps a copy of where it went (PROTOCOL.md §9).
            try db.execute(
                sql: """
                    ALTER TABLE sessions ADD COLUMN addresses TEXT;
                    ALTER TABLE orders ADD COLUMN ship_to TEXT;
                    ALTER TABLE orders ADD COLUMN ship_phone TEXT;
                    """)
        }
        migrator.registerMigration("v22 folded accents") { db in
            // Accented Latin letters became plain ones in the terms (SearchTerms.unaccented):
            // the rows that have them are written again, and remembered searches forgotten.
            try CatalogIndexing.reindex(GRDBSession(db: db))
            try CatalogIndexing.catalogChanged(GRDBSession(db: db))
        }
        return migrator
    }
}
