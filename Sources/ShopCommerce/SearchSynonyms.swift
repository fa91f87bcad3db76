import Foundation
import ShopText

/// Words shoppers use for what catalogs call otherwise: "尿不湿" for 纸尿裤, "烧水壶" for a kettle
/// (its English name: 九阳 writes 电热水壶, 米家 电水壶), "headphones" for earbuds (耳机). A search that finds fewer than it wants is tried again with
/// the catalog's word, and what that finds follows. Kept small and general: a word belongs here
/// when shoppers and catalogs commonly disagree on it, not to fix one product's name.
public enum SearchSynonyms {
    /// Said → written, lower-cased; longest first, so a longer phrase wins over a word in it.
    static let table: [(said: String, written: String)] = [
        ("扫地机器人", "扫拖机器人"), ("笔记本电脑", "笔记本"), ("电风扇", "扇"), ("跑步鞋", "跑鞋"), ("烧水壶", "kettle"),
        ("热水壶", "kettle"), ("空军一号", "air force 1"), ("尿不湿", "纸尿裤"), ("袜子", "袜"), ("被子", "被"), ("扫地机", "扫拖机器人"), ("电饭锅", "电饭煲"), ("风扇", "扇"),
        ("手表", "watch"),
        ("headphones", "耳机"), ("headphone", "耳机"), ("earphones", "耳机"), ("earbuds", "耳机"), ("sneakers", "跑鞋"),
        ("thermos", "保温杯"), ("flask", "保温杯"), ("notebook", "laptop"), ("cellphone", "phone"), ("mobile phone", "phone"),
        ("diapers", "diaper"), ("nappies", "diaper"),
    ].sorted { $0.0.count > $1.0.count }

    /// `text` in the catalog's words, or nil when it has none of the table's.
    public static func rewritten(_ text: String) -> String? {
        var result = text.lowercased()
        var changed = false
        for (said, written) in table where result.contains(said) {
            result = result.replacingOccurrences(of: said, with: written)
            changed = true
        }
        return changed ? result : nil
    }
}
