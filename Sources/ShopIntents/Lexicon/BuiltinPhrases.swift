/// Phrases every engine knows, whatever the catalog: sort orders, recipients, references, split
/// modes, and the default categories with their English and Chinese names.
enum BuiltinPhrases {
    static let entries: [(Entity.Kind, String, [String])] = [
        (
            .sort, "price_asc",
            [
                "cheapest", "cheap", "cheaper", "cheapest first", "cheapest one", "cheap first", "cheapest ones", "lowest price",
                "lowest prices",
                "lowest price first", "price low to high", "price from low to high", "prices low to high", "low to high",
                "sort by price", "sorted by price", "order by price", "by price", "least expensive", "most affordable",
                "cheaper first", "price ascending", "from cheap to expensive", "最便宜", "最便宜的", "价格最低", "价格从低到高", "从低到高",
                "便宜的", "便宜点的", "价格升序", "按价格排序", "按价格", "低价", "价格低的", "便宜", "最实惠", "性价比最高",
            ]
        ),
        (
            .sort, "price_desc",
            [
                "most expensive", "most expensive first", "priciest", "highest price", "highest prices", "price high to low",
                "price from high to low", "prices high to low", "high to low", "expensive first", "pricier first",
                "price descending", "最贵", "最贵的", "价格最高", "价格从高到低", "从高到低", "价格降序", "贵的", "高端",
            ]
        ),
        (
            .sort, "rating",
            [
                "best rated", "top rated", "highest rated", "best reviewed", "best reviews", "highest rating",
                "highest ratings", "by rating", "sort by rating", "sorted by rating", "best ratings", "most stars",
                "top-rated", "best-rated", "rated best", "well rated", "highly rated", "best review", "good reviews",
                "好评最多", "评分最高", "好评", "口碑最好", "口碑好", "评价最好", "评分最好", "好评率最高", "按评分", "评价最高",
                "评分高", "评价高", "分数高", "higher rated", "better rated", "rated higher", "better reviewed", "评分更高", "评分高的",
            ]
        ),
        (
            .sort, "sales",
            [
                "best selling", "bestselling", "best sellers", "bestsellers", "best seller", "bestseller", "top selling",
                "top sellers", "most popular", "popular", "by sales", "sort by sales", "most sold", "best-selling",
                "selling best", "trending", "hottest", "销量最高", "销量最好", "最畅销", "畅销", "卖得最好", "热销",
                "销量", "最火", "热门", "爆款", "按销量", "卖得最多", "最受欢迎",
            ]
        ),
        (
            .mode, "lucky",
            [
                "lucky", "random", "randomly", "random amounts", "random split", "lucky draw", "luck", "at random",
                "拼手气", "手气", "随机", "运气", "手气红包",
            ]
        ),
        (
            .mode, "equal",
            [
                "evenly", "equally", "equal", "even", "same amount", "same amounts", "fixed amount", "equal amounts",
                "equal shares", "split evenly", "split equally", "divide evenly", "divided equally", "even split",
                "平分", "平均", "均分", "普通红包", "一样多", "每人一样", "平均分",
            ]
        ),
        (
            .this, "this",
            [
                "this", "it", "that", "this one", "that one", "this item", "this product", "that item", "that product",
                "this thing", "that thing", "the same one", "the same", "this one here", "the one i just saw",
                "这个", "它", "这款", "这件", "那个", "那款", "那件", "这个商品", "该商品", "这一个", "这个东西", "刚才那个", "这",
                "这一款", "这个宝贝", "这宝贝",
            ]
        ),
        (
            .those, "those",
            [
                "those", "them", "em", "these", "these two", "those two", "both", "both of them", "all of them",
                "these items", "those items", "those ones", "these ones", "the two", "them both", "all those",
                "这些", "那些", "它们", "这两个", "这俩", "那两个", "两个都", "这几个", "那几个", "这两款", "这两件",
            ]
        ),
        (
            .thisStore, "this",
            [
                "this store", "this shop", "that store", "that shop", "the store", "this seller", "this brand store",
                "这家店", "这个店", "这家店铺", "这个店铺", "本店", "该店", "这家", "此店", "这个商家", "这家商家",
            ]
        ),
        (
            .friends, "friends",
            [
                "friends", "my friends", "all my friends", "all friends", "all of my friends", "my buddies", "everyone",
                "everybody", "my contacts", "buddies", "pals", "my pals", "my mates", "mates",
                "好友", "朋友", "朋友们", "我的好友", "所有好友", "所有朋友", "我的朋友", "大家", "好友们", "各位好友",
            ]
        ),
        (
            .moments, "moments",
            [
                "moments", "my moments", "wechat moments", "moment", "my moment", "timeline", "my timeline",
                "the moments", "weixin moments", "朋友圈", "我的朋友圈", "微信朋友圈",
            ]
        ),
    ]

    /// Category ids with the names people use for them; merged with the catalog's own.
    static let categories: [(String, [String])] = [
        (
            "daily",
            [
                "daily necessities", "daily goods", "daily essentials", "household essentials", "household items",
                "toiletries", "necessities", "日用", "日用品", "日用百货", "生活用品", "个护",
            ]
        ),
        (
            "food",
            [
                "food", "foods", "snacks", "snack", "groceries", "grocery", "fresh food", "drinks", "beverages",
                "食品", "零食", "生鲜", "食物", "饮料", "吃的",
            ]
        ),
        (
            "kitchen",
            [
                "kitchen", "kitchenware", "kitchen appliances", "cookware", "kitchen stuff", "厨房", "厨具", "厨房用品", "厨房电器",
            ]
        ),
        (
            "electronics",
            [
                "electronics", "electronic", "gadgets", "digital", "appliances", "electronic products", "数码",
                "电子", "电子产品", "数码产品", "家电", "电器",
            ]
        ),
        (
            "phones",
            [
                "phones", "phone", "mobile phones", "mobile phone", "smartphones", "smartphone", "cell phones",
                "cellphones", "cellphone", "mobiles", "手机", "智能手机", "手机通讯",
            ]
        ),
        (
            "clothing",
            [
                "clothing", "clothes", "apparel", "fashion", "garments", "服装", "衣服", "服饰", "穿的", "男装", "女装",
            ]
        ),
        (
            "beauty",
            [
                "beauty", "makeup", "cosmetics", "skincare", "skin care", "beauty products", "美妆", "护肤", "化妆品", "彩妆", "护肤品",
            ]
        ),
        (
            "baby",
            [
                "baby", "baby products", "baby stuff", "babies", "kids", "maternity", "母婴", "婴儿", "宝宝", "儿童", "婴儿用品", "母婴用品",
            ]
        ),
        (
            "home",
            [
                "home", "home goods", "furniture", "home decor", "homeware", "household", "home and living", "家居",
                "家具", "家居用品", "家纺",
            ]
        ),
        (
            "sports",
            [
                "sports", "sport", "fitness", "outdoor", "outdoors", "sportswear", "exercise", "运动", "户外", "健身", "运动户外",
            ]
        ),
        ("books", ["books", "book", "novels", "reading", "图书", "书", "书籍", "小说"]),
        // Not 猫粮 or 狗粮: "搜猫粮" asks for cat food, not for everything a pet store has.
        ("pets", ["pets", "pet", "pet supplies", "pet food", "宠物", "宠物用品"]),
    ]
}
