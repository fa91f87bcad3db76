import Foundation

// Built outside SwiftPM, ShopIntents has no generated `Bundle.module`; point it at the resource
// folder in the source tree (the script passes its path).
extension Bundle {
    static let module: Bundle = {
        let path = ProcessInfo.processInfo.environment["SHOPINTENTS_RESOURCES"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Sources/ShopIntents/Resources").path
        guard let bundle = Bundle(path: path) else { fatalError("no ShopIntents resources at \(path)") }
        return bundle
    }()
}
