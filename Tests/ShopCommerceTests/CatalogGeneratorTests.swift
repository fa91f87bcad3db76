import Foundation
import ShopChat
import Testing

@Suite struct CatalogGeneratorTests {
    func written(_ generator: CatalogGenerator) throws -> Data {
        let path = TestFiles.path("generated", suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try generator.write(to: path)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.count == bytes)
        return data
    }

    /// The same count and seed give the same bytes; a smaller count is a prefix; another seed
    /// gives another catalog.
    @Test func isDeterministic() throws {
        let catalog = try written(CatalogGenerator(count: 3_000, seed: 7))
        #expect(try written(CatalogGenerator(count: 3_000, seed: 7)) == catalog)
        #expect(catalog.starts(with: try written(CatalogGenerator(count: 1_000, seed: 7))))
        #expect(try written(CatalogGenerator(count: 3_000, seed: 8)) != catalog)
        #expect(
            CatalogGenerator(count: 3_000, seed: 7).judgedQueries(count: 50)
                == CatalogGenerator(count: 3_000, seed: 7).judgedQueries(count: 50))
    }

    /// The file imports whole (unique SKUs, one name per store and category), and every row can
    /// be recomputed from its index alone.
    @Test func importsAndRowsAreRecomputable() throws {
        let generator = CatalogGenerator(count: 3_000)
        let products = try CatalogImport.parse(String(decoding: try written(generator), as: UTF8.self))
        #expect(products.count == 3_000)
        #expect(Set(products.map(\.name)).count == 3_000)
        #expect(Set(products.map(\.nameZh)).count == 3_000)
        for (index, product) in products.enumerated() {
            let row = generator.row(index)
            #expect(product.sku == row.sku && product.name == row.name && product.nameZh == row.nameZh && product.brand == row.brand)
            #expect(product.category == row.category && product.categoryZh == row.categoryZh && product.store == row.store)
            #expect(product.storeName == row.storeName && product.storeNameZh == row.storeNameZh && product.tags == row.tags)
            #expect(product.price == row.price && product.stock == row.stock && Int((product.rating * 10).rounded()) == row.ratingTenths)
            #expect(product.description == row.description && product.descriptionZh == row.descriptionZh)
            #expect(row.name.hasPrefix(row.brand + " ") && row.name.hasSuffix(" " + row.model))
            #expect(row.nameZh.hasPrefix(row.brandZh + row.typeZh))
        }
        #expect(generator.csvLine(41).hasPrefix("G0000042,\(generator.row(41).name),"))
        #expect(products[0].sku == "G0000001")
        #expect(products.allSatisfy { (35...50).contains(Int(($0.rating * 10).rounded())) && $0.price > 0 })
        #expect(Set(products.map(\.store)).count > 1_000)
    }

    /// Each judged query names its product's brand and model code; half are Chinese.
    @Test func judgedQueriesNameTheirProduct() throws {
        let generator = CatalogGenerator(count: 10_000, seed: 3)
        let judgements = try SearchEval.parse(generator.judgedQueries(count: 40).joined(separator: "\n"))
        #expect(judgements.count == 40)
        #expect(judgements.filter(\.isChinese).count == 20)
        for judgement in judgements {
            let row = generator.row(Int(judgement.first[0].dropFirst())! - 1)
            #expect(judgement.first == [row.sku])
            #expect(judgement.query.lowercased().contains(row.model.lowercased()))
            #expect(judgement.query.contains(judgement.isChinese ? row.brandZh : row.brand.lowercased()))
        }
    }
}
