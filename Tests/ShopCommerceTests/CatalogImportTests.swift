import ShopChat
import Testing

@Suite struct CatalogImportTests {
    let header = "sku,name,name_zh,brand,category,store,price,stock,rating,tags,description\n"

    @Test func readsQuotedCSV() throws {
        let products = try CatalogImport.parse(
            header + "P9001,\"Pot, large\",大锅,Supor,kitchen,supor,59.9,10,4.5,deal|new,\"Says \"\"hi\"\"\nover two lines\"\n")
        #expect(products.count == 1)
        #expect(products[0].name == "Pot, large")
        #expect(products[0].price == 5_990)
        #expect(products[0].tags == ["deal", "new"])
        #expect(products[0].description == "Says \"hi\"\nover two lines")
    }

    @Test func badRowsAreReportedByLineAndNothingIsReturned() {
        let text = header + "P1,A,,,food,s,1.00,1,4,,\nP2,B,,,food,s,-1,1,4,,\nP3,C,,,food,s,1.00,1,7,,\n"
        #expect(
            throws: CatalogImport.Failure.invalid([
                .init(line: 3, message: "price is not yuan with at most two decimals, up to ¥1,000,000"),
                .init(line: 4, message: "rating is not between 0 and 5"),
            ])
        ) { try CatalogImport.parse(text) }
    }

    /// A file that isn't a catalog (say /etc/passwd) must not be shown back through the errors,
    /// and numbers past the store's limits are refused.
    @Test func errorsDoNotEchoTheFileAndLimitsHold() {
        let text =
            header + "P1,A,,,food,s,1000000.01,1,4,,\nP2,B,,,food,s,1.00,1000000000001,4,,\nroot:x:0:0:secret,B,,,food,s,1.00,1,4,,\n"
        #expect(
            throws: CatalogImport.Failure.invalid([
                .init(line: 2, message: "price is not yuan with at most two decimals, up to ¥1,000,000"),
                .init(line: 3, message: "stock is not a whole number from 0 to 10^12"),
                .init(line: 4, message: "sku must be up to 32 letters, digits, - or _"),
            ])
        ) { try CatalogImport.parse(text) }
    }

    @Test func readsJSONAndNamesTheLineOfABadItem() throws {
        let good = #"[{"sku":"P9","name":"N","category":"food","store":"s","price":"1.50","stock":3,"tags":["a","b"]}]"#
        #expect(try CatalogImport.parse(good).first?.price == 150)
        let bad =
            "[\n  {\"sku\":\"P9\",\"name\":\"N\",\"category\":\"food\",\"store\":\"s\",\"price\":1.5,\"stock\":3},\n  {\"sku\":\"P10\",\"name\":\"N\",\"category\":\"food\",\"store\":\"s\",\"price\":1,\"stock\":-3}\n]"
        #expect(throws: CatalogImport.Failure.invalid([.init(line: 3, message: "stock is not a whole number from 0 to 10^12")])) {
            try CatalogImport.parse(bad)
        }
    }

    @Test func repeatedSKUsAndMissingColumnsAreRefused() {
        #expect(throws: CatalogImport.Failure.self) { try CatalogImport.parse(header + "P1,A,,,f,s,1,1,,,\nP1,B,,,f,s,1,1,,,\n") }
        #expect(throws: CatalogImport.Failure.self) { try CatalogImport.parse("sku,name\nP1,A\n") }
    }

    @Test func theDemoCatalogIsBigAndValid() throws {
        let products = try DemoCatalog.products()
        #expect(products.count >= 300)
        #expect(Set(products.map(\.category)).count >= 10)
        #expect(Set(products.map(\.store)).count >= 20)
        #expect(try DemoCatalog.stores().count >= 20)
    }
}
