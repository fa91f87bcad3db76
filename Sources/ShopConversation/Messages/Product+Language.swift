import ShopCommerce
import ShopIntents
import ShopText

extension Product {
    /// The name shoppers of `lang` know it by (the English name where no Chinese one was given).
    func name(_ lang: Language) -> String {
        lang == .zh && !nameZh.isEmpty ? nameZh : name
    }

    /// What the catalog says of it in `lang` (the English description where no Chinese one was given).
    func description(_ lang: Language) -> String {
        lang == .zh && !descriptionZh.isEmpty ? descriptionZh : description
    }

    /// The Chinese measure word for it: pairs of socks and shoes are 双, the rest 件.
    var measureWord: String {
        let pairs = ["袜", "鞋", "筷", "手套", "拖"]
        return pairs.contains(where: { nameZh.contains($0) }) ? "双" : "件"
    }

    /// "2 × Midea Rice Cooker 4L" / "美的电饭煲 4L ×2".
    func counted(_ quantity: Int64, _ lang: Language) -> String {
        lang.pick("\(quantity) × \(name)", "\(name(.zh)) ×\(quantity)")
    }
}

extension StoreInfo {
    func name(_ lang: Language) -> String {
        lang == .zh && !nameZh.isEmpty ? nameZh : name
    }
}
