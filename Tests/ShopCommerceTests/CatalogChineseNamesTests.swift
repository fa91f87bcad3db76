import ShopChat
import Testing

/// The optional Chinese columns of a catalog (PROTOCOL.md §8): `description_zh`, `category_zh`,
/// `store_name`, `store_name_zh` — stored, read back, updated, and absent without harm.
@Suite struct CatalogChineseNamesTests {
    static let oldHeader = "sku,name,name_zh,brand,category,store,price,stock,rating,tags,description\n"
    static let newHeader =
        "sku,name,name_zh,brand,category,category_zh,store,store_name,store_name_zh,price,stock,rating,tags,description,description_zh\n"

    /// Two products of a new category in a new store, with every Chinese column filled; a third
    /// row names nothing (its store and category already have names from the rows above).
    static let newCSV =
        newHeader
        + "G1,Desk Fan,桌面风扇,Acme,gadgets,小玩意,acme,Acme Gadget Store,艾克美小店,49.90,10,4.5,,A small fan.,小巧桌面风扇。\n"
        + "G2,Cable Box,理线盒,Acme,gadgets,小玩意,acme,Acme Gadget Store,艾克美小店,19.90,5,4.0,,\"Hides cables, neatly.\",\"收纳线缆，整洁有序。\"\n"
        + "G3,Teapot,茶壶,Acme,kitchen,,acme,,,59.00,3,,,A glass teapot.,\n"

    static func importing(_ text: String, into store: StoreFixture) throws -> (added: Int, updated: Int) {
        let products = try CatalogImport.parse(text)
        return try store.write { try $0.importProducts(products) }
    }

    // MARK: - Parsing

    @Test func anOldFormatFileParsesExactlyAsBefore() throws {
        let products = try CatalogImport.parse(Self.oldHeader + "P1,Pot,锅,Supor,Kitchen,Supor,59.90,10,4.5,deal,A pot.\n")
        #expect(
            products == [
                Product(
                    sku: "P1", name: "Pot", nameZh: "锅", brand: "Supor", category: "kitchen", store: "supor", price: 5_990,
                    stock: 10, rating: 4.5, tags: ["deal"], description: "A pot.")
            ])
    }

    @Test func theNewColumnsAreRead() throws {
        let products = try CatalogImport.parse(Self.newCSV)
        #expect(products.map(\.descriptionZh) == ["小巧桌面风扇。", "收纳线缆，整洁有序。", ""])
        #expect(products.map(\.categoryZh) == ["小玩意", "小玩意", ""])
        #expect(products.map(\.storeName) == ["Acme Gadget Store", "Acme Gadget Store", ""])
        #expect(products.map(\.storeNameZh) == ["艾克美小店", "艾克美小店", ""])
    }

    @Test func theNewColumnsAreReadFromJSON() throws {
        let json = """
            [
              {"sku": "J1", "name": "Kettle", "category": "kitchen", "category_zh": "厨房小电", "store": "acme",
               "store_name": "Acme", "store_name_zh": "艾克美", "price": 99.5, "stock": 2,
               "description": "Boils fast.", "description_zh": "快速烧水。"}
            ]
            """
        let product = try #require(try CatalogImport.parse(json).first)
        #expect(product.price == 9_950)
        #expect(product.descriptionZh == "快速烧水。")
        #expect(product.categoryZh == "厨房小电")
        #expect(product.storeName == "Acme")
        #expect(product.storeNameZh == "艾克美")
    }

    /// Two rows naming one category (or store) differently are refused by line: which to keep
    /// would be a guess. Rows that leave the name empty agree with any.
    @Test func conflictingNamesInOneFileAreRefusedByLine() {
        let text =
            Self.newHeader
            + "A1,A,甲,,gadgets,小玩意,acme,,,1.00,1,,,,\n"
            + "A2,B,乙,,gadgets,,acme,,,1.00,1,,,,\n"
            + "A3,C,丙,,Gadgets,配件,acme,,,1.00,1,,,,\n"
            + "A4,D,丁,,other,,acme,Acme,艾克美,1.00,1,,,,\n"
            + "A5,E,戊,,other,,ACME,Acme Two,艾克美,1.00,1,,,,\n"
            + "A6,F,己,,other,,acme,Acme,艾克美二,1.00,1,,,,\n"
        #expect(
            throws: CatalogImport.Failure.invalid([
                .init(line: 4, message: "category_zh differs from line 2's for the same category"),
                .init(line: 6, message: "store_name differs from line 5's for the same store"),
                .init(line: 7, message: "store_name_zh differs from line 5's for the same store"),
            ])
        ) { try CatalogImport.parse(text) }
    }

    @Test func everyDemoProductHasChineseNamesAndADescription() throws {
        let products = try DemoCatalog.products()
        #expect(products.count == 332)
        #expect(products.allSatisfy { !$0.nameZh.isEmpty && !$0.descriptionZh.isEmpty && !$0.categoryZh.isEmpty })
        // Each category has one Chinese name, the built-in one, so older stores show the same.
        for product in products {
            #expect(Commerce.builtinCategoryNameZh(product.category) == product.categoryZh, "\(product.sku)")
        }
        #expect(try DemoCatalog.stores().allSatisfy { !$0.nameZh.isEmpty })
    }

    @Test func builtInCategoryNames() {
        #expect(Commerce.builtinCategoryNameZh("kitchen") == "厨具厨电")
        #expect(Commerce.builtinCategoryNameZh("Pets") == "宠物生活")
        #expect(Commerce.builtinCategoryNameZh("no-such-category") == nil)
    }

    // MARK: - Storing, on every backend

    @Test(arguments: Backend.all)
    func anOldFormatImportStoresWhatItDidBefore(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try Self.importing(Self.oldHeader + "P1,Pot,锅,Supor,kitchen,acme-home,59.90,10,4.5,,A pot.\n", into: store)
        let product = try #require(try store.write { try $0.product(sku: "P1") })
        #expect(
            product
                == Product(
                    sku: "P1", name: "Pot", nameZh: "锅", brand: "Supor", category: "kitchen", store: "acme-home", price: 5_990, stock: 10,
                    rating: 4.5, description: "A pot."))
        #expect(try store.write { try $0.store(id: "acme-home") } == StoreInfo(id: "acme-home", name: "Acme Home Store"))
        // No category was named: common keys fall back to the built-in names, others are left out.
        #expect(try store.write { try $0.categoryNamesZh() } == ["kitchen": "厨具厨电", "clothing": "服饰鞋帽", "phones": "手机通讯"])
    }

    @Test(arguments: Backend.all)
    func theNewColumnsAreStoredAndReadBack(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        #expect(try Self.importing(Self.newCSV, into: store) == (added: 3, updated: 0))
        let check = { (commerce: Commerce) throws in
            #expect(try commerce.product(sku: "G2")?.descriptionZh == "收纳线缆，整洁有序。")
            #expect(try commerce.product(sku: "G3")?.descriptionZh == "")
            #expect(try commerce.categoryNamesZh()["gadgets"] == "小玩意")
            #expect(try commerce.categoryNamesZh()["kitchen"] == "厨具厨电")
            #expect(try commerce.store(id: "acme") == StoreInfo(id: "acme", name: "Acme Gadget Store", nameZh: "艾克美小店"))
            // Categories still count products by key.
            #expect(try commerce.categories().first { $0.category == "gadgets" }?.count == 2)
        }
        try store.write(check)
        // It is in the database, not in this connection: another one reads the same.
        let other = try store.reopen()
        let now = store.now
        try other.write { tx in try check(Commerce(tx, now: now)) }
    }

    @Test(arguments: Backend.all)
    func theNewColumnsAreStoredFromJSON(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let json = """
            [{"sku": "J1", "name": "Kettle", "category": "kitchen", "category_zh": "厨房小电", "store": "midea",
              "store_name_zh": "美的小店", "price": "99.50", "stock": 2, "description_zh": "快速烧水。"}]
            """
        _ = try Self.importing(json, into: store)
        #expect(try store.write { try $0.product(sku: "J1")?.descriptionZh } == "快速烧水。")
        #expect(try store.write { try $0.categoryNamesZh()["kitchen"] } == "厨房小电")
        // Only the Chinese name was given: the store's English name is the one it had.
        #expect(try store.write { try $0.store(id: "midea") } == StoreInfo(id: "midea", name: "Midea Store", nameZh: "美的小店"))
    }

    @Test(arguments: Backend.all)
    func aReimportUpdatesTheNames(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try Self.importing(Self.newCSV, into: store)
        let again =
            Self.newHeader
            + "G1,Desk Fan,桌面风扇,Acme,gadgets,数码小物,acme,,艾克美数码,49.90,10,4.5,,A small fan.,静音桌面风扇。\n"
        #expect(try Self.importing(again, into: store) == (added: 0, updated: 1))
        #expect(try store.write { try $0.product(sku: "G1")?.descriptionZh } == "静音桌面风扇。")
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == "数码小物")
        #expect(try store.write { try $0.store(id: "acme") } == StoreInfo(id: "acme", name: "Acme Gadget Store", nameZh: "艾克美数码"))
        // A file in the old format updates the product wholly, as before (its description_zh
        // is now empty) but names no category or store, so their names stay.
        _ = try Self.importing(Self.oldHeader + "G1,Desk Fan,桌面风扇,Acme,gadgets,acme,45.00,10,4.5,,A small fan.\n", into: store)
        #expect(try store.write { try $0.product(sku: "G1")?.descriptionZh } == "")
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == "数码小物")
        #expect(try store.write { try $0.store(id: "acme") } == StoreInfo(id: "acme", name: "Acme Gadget Store", nameZh: "艾克美数码"))
    }

    @Test(arguments: Backend.all)
    func aBadRowStillChangesNothing(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try Self.importing(Self.newCSV, into: store)
        let bad =
            Self.newHeader
            + "G1,Desk Fan,桌面风扇,Acme,gadgets,新名字,acme,New Name,新店名,49.90,10,4.5,,A small fan.,新描述。\n"
            + "G9,Broken,坏的,Acme,gadgets,新名字,acme,New Name,新店名,-1,10,4.5,,,\n"
        #expect(
            throws: CatalogImport.Failure.invalid([.init(line: 3, message: "price is not yuan with at most two decimals, up to ¥1,000,000")]
            )
        ) {
            try Self.importing(bad, into: store)
        }
        #expect(try store.write { try $0.product(sku: "G1")?.descriptionZh } == "小巧桌面风扇。")
        #expect(try store.write { try $0.product(sku: "G9") } == nil)
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == "小玩意")
        #expect(try store.write { try $0.store(id: "acme") } == StoreInfo(id: "acme", name: "Acme Gadget Store", nameZh: "艾克美小店"))
    }

    /// A write that fails after importing rolls the names back with the products.
    @Test(arguments: Backend.all)
    func aFailedTransactionRollsTheNamesBack(_ backend: Backend) throws {
        struct Abort: Error {}
        let store = try StoreFixture(backend)
        let products = try CatalogImport.parse(Self.newCSV)
        #expect(throws: Abort.self) {
            try store.write { commerce in
                _ = try commerce.importProducts(products)
                throw Abort()
            }
        }
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == nil)
        #expect(try store.write { try $0.store(id: "acme") } == nil)
    }

    @Test(arguments: Backend.all)
    func theDemoSeedNamesEveryCategoryAndResetForgetsImportedNames(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { try $0.resetToDemo() }
        let (categories, names) = try store.write { (try $0.categories().map(\.category), try $0.categoryNamesZh()) }
        #expect(categories.count == 12)
        for category in categories {
            #expect(names[category] != nil, "\(category)")
        }
        #expect(try store.write { try $0.product(sku: "P1001")?.descriptionZh } == "4L大容量，12种烹饪模式，不粘内胆易清洗。")
        #expect(try store.write { try $0.stores() }.allSatisfy { !$0.nameZh.isEmpty })

        _ = try Self.importing(Self.newCSV, into: store)
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == "小玩意")
        try store.write { try $0.resetToDemo() }
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == nil)
    }
}
