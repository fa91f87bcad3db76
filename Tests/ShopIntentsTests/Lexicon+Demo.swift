import ShopIntents

extension Lexicon {
    /// A lexicon shaped like the demo catalog's: brands, stores, a few products, users, groups.
    static let demo = Lexicon(
        brands: ["Midea", "Supor", "Darlie", "Uniqlo", "Xiaomi", "Panda", "Huawei"],
        stores: [
            "midea": ["midea", "midea official store", "美的官方旗舰店"], "xiaomi": ["xiaomi", "xiaomi store", "小米旗舰店"],
            "supor": ["supor", "supor store"], "uniqlo": ["uniqlo", "uniqlo store", "优衣库"],
            "jd-supermarket": ["jd-supermarket", "jd supermarket", "京东超市"],
        ],
        categories: ["kitchen": ["kitchen"], "daily": ["daily"], "phones": ["phones"], "clothing": ["clothing"]],
        products: [
            "midea rice cooker 4l": "P1001", "美的电饭煲 4L": "P1001", "supor rice cooker 5l": "P1002",
            "苏泊尔电饭煲 5L": "P1002", "bamboo toothbrush 4-pack": "P1003", "竹炭牙刷 4支装": "P1003",
            "cotton socks 5 pairs": "P1004", "纯棉袜子 5双": "P1004", "xiaomi redmi note 13 pro": "P1005",
            "小米红米 Note 13 Pro": "P1005",
        ],
        users: ["alice", "bob", "carol"], groups: ["family"])
}
