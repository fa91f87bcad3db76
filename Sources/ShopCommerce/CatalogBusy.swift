/// A write to the catalog's products met another instance's catalog import (PostgreSQL): the
/// turn changed nothing and may be tried again once the import has committed.
public struct CatalogBusy: Error, Sendable, CustomStringConvertible {
    public init() {}

    public var description: String { "the catalog is being imported; nothing was changed" }
}
