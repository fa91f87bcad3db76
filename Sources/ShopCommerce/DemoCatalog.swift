import Foundation

/// The demo store every fresh database is filled with: the catalog and its micro-stores,
/// shipped as resource files in the §8 format.
public enum DemoCatalog {
    public static func products() throws -> [Product] {
        try CatalogImport.parse(resource("demo-catalog"))
    }

    public static func stores() throws -> [StoreInfo] {
        let records = try CSVReader.records(resource("demo-stores"))
        return records.dropFirst().compactMap { record in
            guard record.fields.count >= 4 else { return nil }
            return StoreInfo(id: record.fields[0], name: record.fields[1], nameZh: record.fields[2], description: record.fields[3])
        }
    }

    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv") else {
            throw CommerceError.catalog(.unreadable("the demo catalog resource \(name).csv is missing"))
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
