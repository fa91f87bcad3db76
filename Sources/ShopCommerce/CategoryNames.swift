extension Commerce {
    /// The Chinese name of a common category key, as JD's category tree words it, or nil.
    /// Covers every category of the demo catalog, so a store that never imported `category_zh`
    /// (one made before it existed) still shows Chinese names.
    public static func builtinCategoryNameZh(_ key: String) -> String? {
        builtinCategoryNamesZh[key.lowercased()]
    }

    static let builtinCategoryNamesZh: [String: String] = [
        // The demo catalog's categories (its `category_zh` column says the same).
        "daily": "日用百货",
        "food": "食品饮料",
        "kitchen": "厨具厨电",
        "electronics": "数码电子",
        "phones": "手机通讯",
        "clothing": "服饰鞋帽",
        "beauty": "美妆个护",
        "baby": "母婴",
        "home": "家居家电",
        "sports": "运动户外",
        "books": "图书",
        "pets": "宠物生活",
        // Other common keys an imported catalog may use.
        "appliances": "家用电器",
        "auto": "汽车用品",
        "bags": "箱包",
        "car": "汽车用品",
        "cleaning": "家庭清洁",
        "computers": "电脑办公",
        "digital": "数码",
        "drinks": "酒水饮料",
        "fresh": "生鲜",
        "fruit": "水果",
        "furniture": "家具",
        "garden": "园艺",
        "groceries": "超市百货",
        "health": "医药保健",
        "jewelry": "珠宝首饰",
        "kids": "童装童鞋",
        "music": "乐器",
        "office": "办公用品",
        "outdoor": "户外装备",
        "personal-care": "个人护理",
        "phone": "手机通讯",
        "shoes": "鞋靴",
        "snacks": "休闲零食",
        "stationery": "文具",
        "tea": "茶叶",
        "tools": "五金工具",
        "toys": "玩具乐器",
        "travel": "旅行出游",
        "watches": "钟表",
        "wine": "酒类",
    ]
}
