import ShopChat
import Testing

/// A catalog's Chinese names of its brands: the first word of a product's Chinese name when the
/// English name starts with the brand, and the brand's flagship store's name.
@Suite struct ChineseBrandNameTests {
    @Test func theDemoCatalogNamesItsBrandsInChinese() throws {
        let names = try CatalogLexicon.demo().brandNames
        #expect(names["安克"] == "Anker" && names["美的"] == "Midea" && names["三只松鼠"] == "Three Squirrels")
        #expect(names["小米"] == "Xiaomi" && names["米家"] == "Xiaomi" && names["小熊"] == "Bear")
        // A first word with a product word glued on, a longer form of a name, a fruit, a title.
        for word in ["美的电饭煲", "九阳电饭煲", "小熊电器", "苹果", "三体"] { #expect(names[word] == nil, "\(word)") }
    }

    @Test func aNameTwoBrandsShareIsNeithers() {
        let products = [
            Product(sku: "A1", name: "Acme Kettle", nameZh: "顶好 电水壶", brand: "Acme", price: 100, stock: 1),
            Product(sku: "B1", name: "Best Kettle", nameZh: "顶好 电热壶", brand: "Best", price: 100, stock: 1),
            Product(sku: "C1", name: "Cozy Lamp", nameZh: "暖光 台灯", brand: "Cozy", price: 100, stock: 1),
            // The product glued on, in every name: no name is said apart…
            Product(sku: "D1", name: "Dandy Air Fryer", nameZh: "丹迪空气炸锅 5L", brand: "Dandy", price: 100, stock: 1),
            Product(sku: "D2", name: "Dandy Air Fryer XL", nameZh: "丹迪空气炸锅 8L", brand: "Dandy", price: 100, stock: 1),
            // …unless two products start alike: 恒星 of 恒星电视 and 恒星冰箱.
            Product(sku: "E1", name: "Estar TV 55", nameZh: "恒星电视 55英寸", brand: "Estar", price: 100, stock: 1),
            Product(sku: "E2", name: "Estar Fridge", nameZh: "恒星冰箱 200L", brand: "Estar", price: 100, stock: 1),
        ]
        let names = CatalogLexicon.make(products: products, brands: [], categories: [], stores: []).brandNames
        #expect(names == ["暖光": "Cozy", "恒星": "Estar"])
    }

    @Test func aBrandsChineseNameFiltersASearch() throws {
        let engine = IntentEngine(lexicon: try CatalogLexicon.demo())
        let parse = engine.parse("有美的的电饭煲吗")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.brand] == .string("Midea") && parse.slots[.query] == .string("电饭煲"))
        #expect(engine.parse("烟台苹果").slots[.brand] == nil)
        // "还有吗" of a product is its stock; of money, the wallet.
        let stock = engine.parse("好孩子安全座椅还有吗")
        #expect(stock.intent == .productShow && stock.slots[.product] == .string("好孩子安全座椅"), "\(stock)")
        #expect(engine.parse("钱包还有钱吗").intent == .walletShow)
        // Of a reason and a question, the question names the brand; the reason, what of it.
        #expect(engine.parse("我妈想要个电饭煲，有美的的吗").slots == [.brand: .string("Midea"), .query: .string("电饭煲")])
        // What a brand has, asked after a reason: its products, the reason's words no query.
        let brand = engine.parse("公司下午茶想囤点零食，三只松鼠的都有啥")
        #expect(brand.intent == .catalogSearch && brand.slots == [.brand: .string("Three Squirrels")], "\(brand)")
    }
}
