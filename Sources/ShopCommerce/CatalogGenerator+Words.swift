/// The words a generated catalog is made of: brands, categories and product types in English and
/// Chinese. Each type lists only brands that really make such things, so "Dyson Rice Cooker"
/// never appears; the categories are the demo catalog's, less books (none of these brands
/// publishes any).
extension CatalogGenerator {
    /// One word or phrase in both languages.
    struct Words: Sendable {
        let en: String
        let zh: String
        init(_ en: String, _ zh: String) {
            self.en = en
            self.zh = zh
        }
    }

    struct Brand: Sendable {
        let name: Words
        /// Model code prefixes: a type uses one of them, as a brand's product lines do.
        let codes: [String]
    }

    struct Category: Sendable {
        let key: String
        let zh: String
        /// Selling points for descriptions.
        let features: [Words]
        /// Colours its variants come in.
        let colours: [Words]
    }

    struct ProductType: Sendable {
        let name: Words
        let category: Int
        /// The price range in yuan, cheapest spec at the bottom.
        let yuan: ClosedRange<Int64>
        /// Variants ("4L", "128GB", "L码"); empty when only colours and models differ.
        let specs: [Words]
        let coloured: Bool
        let brands: [Int]
    }

    // Brand indices, in `brands` order.
    static let xm = 0, md = 1, hw = 2, he = 3, sp = 4, gr = 5, ln = 6, at = 7, li = 8, jy = 9, ph = 10, dy = 11, uq = 12, bs = 13, ss = 14

    static let brands: [Brand] = [
        Brand(name: Words("Xiaomi", "小米"), codes: ["XM", "MJ"]),
        Brand(name: Words("Midea", "美的"), codes: ["MB", "MD"]),
        Brand(name: Words("Huawei", "华为"), codes: ["HW", "HN"]),
        Brand(name: Words("Haier", "海尔"), codes: ["HR", "HE"]),
        Brand(name: Words("Supor", "苏泊尔"), codes: ["SP", "SF"]),
        Brand(name: Words("Gree", "格力"), codes: ["GR", "KF"]),
        Brand(name: Words("Lenovo", "联想"), codes: ["LX", "TP"]),
        Brand(name: Words("Anta", "安踏"), codes: ["AT", "KT"]),
        Brand(name: Words("Li-Ning", "李宁"), codes: ["AR", "LY"]),
        Brand(name: Words("Joyoung", "九阳"), codes: ["JY", "DJ"]),
        Brand(name: Words("Philips", "飞利浦"), codes: ["PH", "HD"]),
        Brand(name: Words("Dyson", "戴森"), codes: ["DY", "SV"]),
        Brand(name: Words("Uniqlo", "优衣库"), codes: ["UQ", "UN"]),
        Brand(name: Words("Bosideng", "波司登"), codes: ["BS", "BD"]),
        Brand(name: Words("Three Squirrels", "三只松鼠"), codes: ["SS", "TS"]),
    ]

    // Category indices, in `categories` order.
    static let kitchen = 0, home = 1, electronics = 2, phones = 3, clothing = 4, sports = 5, food = 6, beauty = 7, baby = 8, pets = 9,
        daily = 10

    private static let homeColours = [Words("White", "白色"), Words("Black", "黑色"), Words("Grey", "灰色"), Words("Silver", "银色")]
    private static let gadgetColours = [
        Words("Black", "黑色"), Words("White", "白色"), Words("Blue", "蓝色"), Words("Silver", "银色"), Words("Green", "绿色"), Words("Gold", "金色"),
    ]
    private static let clothesColours = [
        Words("Black", "黑色"), Words("White", "白色"), Words("Navy", "藏青色"), Words("Grey", "灰色"), Words("Beige", "米色"), Words("Red", "红色"),
        Words("Pink", "粉色"), Words("Green", "绿色"),
    ]

    static let categories: [Category] = [
        Category(
            key: "kitchen", zh: "厨具厨电",
            features: [
                Words("non-stick inner pot", "不粘内胆"), Words("one-touch presets", "一键预约"), Words("easy to clean", "易清洗"),
                Words("keeps warm 24 hours", "24小时保温"), Words("quiet motor", "静音电机"),
            ],
            colours: homeColours),
        Category(
            key: "home", zh: "家居家电",
            features: [
                Words("energy class 1", "一级能效"), Words("app control", "手机APP控制"), Words("quiet at night", "夜间静音"),
                Words("three-year warranty", "三年质保"), Words("smart sensors", "智能感应"),
            ],
            colours: homeColours),
        Category(
            key: "electronics", zh: "数码电子",
            features: [
                Words("fast charging", "快速充电"), Words("long battery life", "超长续航"), Words("Bluetooth 5.3", "蓝牙5.3"),
                Words("light and slim", "轻薄便携"), Words("two-year warranty", "两年质保"),
            ],
            colours: gadgetColours),
        Category(
            key: "phones", zh: "手机通讯",
            features: [
                Words("fast charging", "快充"), Words("flagship camera", "旗舰影像"), Words("long battery life", "长续航"), Words("5G", "5G全网通"),
                Words("drop-proof", "防摔"),
            ],
            colours: gadgetColours),
        Category(
            key: "clothing", zh: "服饰鞋帽",
            features: [
                Words("warm and light", "轻薄保暖"), Words("easy care", "易打理"), Words("soft cotton", "柔软纯棉"), Words("water-repellent", "防泼水"),
                Words("regular fit", "版型修身"),
            ],
            colours: clothesColours),
        Category(
            key: "sports", zh: "运动户外",
            features: [
                Words("cushioned sole", "缓震鞋底"), Words("breathable", "透气"), Words("lightweight", "轻量"), Words("non-slip", "防滑"),
                Words("for daily training", "日常训练"),
            ],
            colours: clothesColours),
        Category(
            key: "food", zh: "食品饮料",
            features: [
                Words("no additives", "无添加"), Words("roasted fresh", "新鲜烘焙"), Words("single-serve bags", "独立小包装"), Words("crunchy", "香脆可口"),
                Words("family size", "家庭装"),
            ],
            colours: []),
        Category(
            key: "beauty", zh: "美妆个护",
            features: [
                Words("gentle on skin", "温和不伤肤"), Words("fast drying", "速干"), Words("rechargeable", "充电式"), Words("fully washable", "全身水洗"),
                Words("travel size", "便携旅行"),
            ],
            colours: gadgetColours),
        Category(
            key: "baby", zh: "母婴",
            features: [
                Words("BPA-free", "不含双酚A"), Words("gentle for babies", "宝宝适用"), Words("easy to clean", "易清洗"),
                Words("warm and light", "轻暖"), Words("safe materials", "安全材质"),
            ],
            colours: clothesColours),
        Category(
            key: "pets", zh: "宠物生活",
            features: [
                Words("app control", "APP远程控制"), Words("quiet", "静音"), Words("easy to clean", "易清洗"), Words("large capacity", "大容量"),
                Words("for cats and dogs", "猫狗通用"),
            ],
            colours: homeColours),
        Category(
            key: "daily", zh: "日用百货",
            features: [
                Words("leak-proof", "防漏"), Words("durable", "经久耐用"), Words("light", "轻便"), Words("keeps warm 12 hours", "12小时保温"),
                Words("easy to clean", "易清洗"),
            ],
            colours: homeColours),
    ]

    /// Specs written the same in both languages ("4L", "128GB").
    private static func same(_ values: String...) -> [Words] { values.map { Words($0, $0) } }
    private static let clothingSizes = [
        Words("Size S", "S码"), Words("Size M", "M码"), Words("Size L", "L码"), Words("Size XL", "XL码"), Words("Size XXL", "XXL码"),
    ]
    private static let shoeSizes = (38...45).map { Words("Size \($0)", "\($0)码") }
    private static let kidsSizes = [110, 120, 130, 140, 150].map { Words("\($0)cm", "\($0)cm") }
    private static let kidsShoeSizes = (28...35).map { Words("Size \($0)", "\($0)码") }
    private static let foodWeights = same("250g", "500g", "1kg")
    private static let packs = [Words("2-Pack", "2件装"), Words("3-Pack", "3件装"), Words("5-Pack", "5件装")]
    private static let airConditioners = [Words("1 HP", "1匹"), Words("1.5 HP", "1.5匹"), Words("2 HP", "2匹"), Words("3 HP", "3匹")]
    private static let screens = [43, 55, 65, 75, 85].map { Words("\($0)-inch", "\($0)英寸") }
    private static let monitors = [24, 27, 32].map { Words("\($0)-inch", "\($0)英寸") }
    private static let suitcases = [20, 24, 28].map { Words("\($0)-inch", "\($0)寸") }

    private static func type(
        _ en: String, _ zh: String, _ category: Int, _ yuan: ClosedRange<Int64>, _ specs: [Words] = [], coloured: Bool = false,
        by brands: [Int]
    ) -> ProductType {
        ProductType(name: Words(en, zh), category: category, yuan: yuan, specs: specs, coloured: coloured, brands: brands)
    }

    static let types: [ProductType] =
        kitchenTypes + homeTypes + electronicsTypes + phoneTypes + clothingTypes + sportsTypes + foodTypes
        + beautyTypes + babyTypes + petTypes + dailyTypes

    private static let kitchenTypes: [ProductType] = [
        type("rice cooker", "电饭煲", kitchen, 149...899, same("2L", "3L", "4L", "5L"), by: [md, sp, jy, xm, ph]),
        type("air fryer", "空气炸锅", kitchen, 199...699, same("3.5L", "4.5L", "5.5L", "6L"), by: [md, sp, jy, xm, ph]),
        type("electric kettle", "电水壶", kitchen, 59...299, same("1.5L", "1.7L", "1.8L"), coloured: true, by: [md, sp, jy, xm, ph]),
        type("soymilk maker", "豆浆机", kitchen, 199...899, same("0.8L", "1.2L", "1.5L"), by: [jy, md, sp]),
        type("blender", "破壁机", kitchen, 299...1999, same("1.2L", "1.5L", "1.75L"), by: [jy, md, sp, ph]),
        type("microwave oven", "微波炉", kitchen, 399...1599, same("20L", "23L", "25L"), by: [md, he, gr]),
        type("induction cooker", "电磁炉", kitchen, 199...599, same("2100W", "2200W"), by: [md, sp, jy]),
        type("pressure cooker", "电压力锅", kitchen, 299...999, same("4L", "5L", "6L"), by: [md, sp, jy]),
        type("juicer", "榨汁机", kitchen, 99...599, same("300ml", "400ml", "600ml"), coloured: true, by: [jy, md, sp, ph, xm]),
        type("bread maker", "面包机", kitchen, 199...699, same("500g", "750g"), by: [jy, md, ph]),
        type("steam oven", "蒸烤箱", kitchen, 1999...5999, same("26L", "32L", "40L"), by: [md, he]),
        type("electric oven", "电烤箱", kitchen, 199...999, same("20L", "32L", "40L"), by: [md, sp, jy]),
        type(
            "dishwasher", "洗碗机", kitchen, 2499...6999,
            [Words("8 Place Settings", "8套"), Words("13 Place Settings", "13套"), Words("15 Place Settings", "15套")], by: [md, he]),
        type("range hood", "油烟机", kitchen, 1499...4999, same("17m³/min", "21m³/min", "23m³/min"), by: [md, he]),
        type("gas stove", "燃气灶", kitchen, 599...2499, same("4.5kW", "5.2kW"), by: [md, he]),
        type("water purifier", "净水器", kitchen, 999...3999, same("400G", "600G", "800G", "1000G"), by: [md, xm, he]),
        type("wok", "炒锅", kitchen, 99...599, same("30cm", "32cm", "34cm"), by: [sp]),
        type("frying pan", "煎锅", kitchen, 69...299, same("24cm", "26cm", "28cm"), by: [sp]),
        type("soup pot", "汤锅", kitchen, 99...399, same("20cm", "22cm", "24cm"), by: [sp]),
        type(
            "knife set", "刀具套装", kitchen, 99...699, [Words("3-Piece", "3件套"), Words("5-Piece", "5件套"), Words("7-Piece", "7件套")], by: [sp]),
        type("electric lunch box", "电热饭盒", kitchen, 69...199, same("1L", "1.5L", "2L"), coloured: true, by: [jy, md, sp]),
        type("egg cooker", "煮蛋器", kitchen, 39...129, coloured: true, by: [jy, sp, md]),
        type("hand mixer", "打蛋器", kitchen, 79...299, same("300W", "500W"), by: [jy, ph, md]),
        type("meat grinder", "绞肉机", kitchen, 99...399, same("2L", "3L"), by: [jy, sp, md]),
        type("coffee maker", "咖啡机", kitchen, 399...3999, same("1.2L", "1.5L"), coloured: true, by: [ph, md, xm]),
        type("slow cooker", "电炖锅", kitchen, 129...499, same("1L", "2L", "3L"), by: [jy, sp, md]),
        type("electric hot pot", "电火锅", kitchen, 129...399, same("4L", "5L", "6L"), by: [jy, sp, md, xm]),
        type("breakfast maker", "早餐机", kitchen, 99...299, coloured: true, by: [jy, sp, md]),
        type("noodle maker", "面条机", kitchen, 399...999, by: [jy, ph, md]),
        type("stand mixer", "厨师机", kitchen, 999...2999, same("5L", "6.5L"), coloured: true, by: [md, jy, ph]),
        type("food steamer", "电蒸锅", kitchen, 129...399, same("12L", "18L", "24L"), by: [sp, md, jy]),
    ]

    private static let homeTypes: [ProductType] = [
        type("air conditioner", "空调", home, 1999...7999, airConditioners, by: [gr, md, he, xm]),
        type("refrigerator", "冰箱", home, 1599...9999, same("218L", "328L", "500L", "601L"), by: [he, md, xm]),
        type("washing machine", "洗衣机", home, 999...5999, same("8kg", "10kg", "12kg"), by: [he, md, xm]),
        type("clothes dryer", "干衣机", home, 1999...6999, same("9kg", "10kg"), by: [he, md]),
        type("water heater", "热水器", home, 699...3999, same("50L", "60L", "80L"), by: [he, md, gr]),
        type("vacuum cleaner", "吸尘器", home, 499...4999, coloured: true, by: [dy, xm, ph, md]),
        type("robot vacuum", "扫地机器人", home, 999...4999, coloured: true, by: [xm, md, dy]),
        type("air purifier", "空气净化器", home, 599...4999, same("400m³/h", "600m³/h", "800m³/h"), by: [xm, dy, ph, md, gr]),
        type("electric fan", "电风扇", home, 99...699, coloured: true, by: [md, gr, xm]),
        type("humidifier", "加湿器", home, 99...799, same("3L", "4L", "5L"), by: [xm, md, dy, ph, gr]),
        type(
            "dehumidifier", "除湿机", home, 799...2999, [Words("12L/day", "12升/天"), Words("20L/day", "20升/天"), Words("30L/day", "30升/天")],
            by: [md, gr, he]),
        type("electric heater", "取暖器", home, 199...999, same("2000W", "2200W"), by: [md, gr, xm]),
        type("TV", "电视", home, 1299...9999, screens, by: [xm, he, hw]),
        type("desk lamp", "台灯", home, 99...499, coloured: true, by: [xm, ph, hw]),
        type("ceiling light", "吸顶灯", home, 199...999, same("24W", "36W", "48W"), by: [ph, xm]),
        type("smart door lock", "智能门锁", home, 999...2999, coloured: true, by: [xm, hw, ph]),
        type("floor washer", "洗地机", home, 1499...3999, by: [dy, xm, md, ph]),
        type("garment steamer", "挂烫机", home, 199...999, coloured: true, by: [ph, md]),
        type("electric iron", "电熨斗", home, 99...399, by: [ph, md]),
        type("water dispenser", "饮水机", home, 299...1299, by: [md, he]),
        type("smart plug", "智能插座", home, 39...99, by: [xm, hw]),
        type("air cooler", "冷风扇", home, 199...599, by: [md, gr]),
        type("mosquito killer", "灭蚊灯", home, 49...199, by: [xm, md]),
        type("bathroom heater", "浴霸", home, 299...1299, by: [md, he]),
        type("air circulator", "空气循环扇", home, 199...799, coloured: true, by: [md, xm, gr]),
    ]

    private static let electronicsTypes: [ProductType] = [
        type("laptop", "笔记本电脑", electronics, 2999...12999, same("16GB+512GB", "16GB+1TB", "32GB+1TB"), by: [ln, hw, xm]),
        type("tablet", "平板电脑", electronics, 999...5999, same("128GB", "256GB", "512GB"), coloured: true, by: [ln, hw, xm]),
        type("monitor", "显示器", electronics, 699...3999, monitors, by: [ln, ph, xm, hw]),
        type("wireless earbuds", "无线耳机", electronics, 99...1499, coloured: true, by: [xm, hw, ln, ph]),
        type("headphones", "头戴式耳机", electronics, 199...2999, coloured: true, by: [hw, ph, ln, dy, xm]),
        type("smartwatch", "智能手表", electronics, 399...3999, coloured: true, by: [hw, xm]),
        type("fitness band", "手环", electronics, 149...399, coloured: true, by: [xm, hw]),
        type(
            "power bank", "充电宝", electronics, 59...299, same("5000mAh", "10000mAh", "20000mAh", "30000mAh"), coloured: true,
            by: [xm, hw, ln, ph]),
        type("charger", "充电器", electronics, 49...199, same("20W", "33W", "67W", "120W"), by: [xm, hw, ln, ph]),
        type("USB cable", "数据线", electronics, 19...79, same("1m", "1.5m", "2m"), by: [xm, hw, ln, ph]),
        type("keyboard", "键盘", electronics, 99...699, coloured: true, by: [ln, xm, hw, ph]),
        type("mouse", "鼠标", electronics, 49...399, coloured: true, by: [ln, xm, hw, ph]),
        type("bluetooth speaker", "蓝牙音箱", electronics, 99...999, coloured: true, by: [xm, hw, ph, ln]),
        type("smart speaker", "智能音箱", electronics, 199...999, coloured: true, by: [xm, hw]),
        type("router", "路由器", electronics, 129...899, same("AX3000", "AX6000", "BE3600"), by: [xm, hw, ln]),
        type("webcam", "电脑摄像头", electronics, 99...499, by: [ln, ph, xm]),
        type("security camera", "监控摄像头", electronics, 149...599, same("2K", "3K", "4K"), by: [xm, hw]),
        type("SSD", "固态硬盘", electronics, 299...1299, same("512GB", "1TB", "2TB"), by: [ln]),
        type("USB flash drive", "U盘", electronics, 29...199, same("64GB", "128GB", "256GB"), by: [ln, ph]),
        type("desktop computer", "台式电脑", electronics, 3999...14999, same("16GB+512GB", "16GB+1TB", "32GB+2TB"), by: [ln, hw]),
        type("projector", "投影仪", electronics, 1499...5999, by: [xm, ph]),
        type("dash cam", "行车记录仪", electronics, 199...799, same("2K", "4K"), by: [xm, ph]),
        type("e-reader", "电子阅读器", electronics, 599...1999, same("32GB", "64GB"), by: [xm, hw]),
        type("printer", "打印机", electronics, 699...2999, by: [ln, hw, xm]),
        type("game controller", "游戏手柄", electronics, 99...399, coloured: true, by: [xm, ln]),
        type("smart glasses", "智能眼镜", electronics, 999...2499, by: [hw, xm]),
        type("microphone", "麦克风", electronics, 99...599, by: [xm, ph, ln]),
        type("docking station", "扩展坞", electronics, 99...599, by: [ln, hw, xm]),
        type("laptop bag", "电脑包", electronics, 99...299, same("14-inch", "16-inch"), by: [ln, xm]),
    ]

    private static let phoneTypes: [ProductType] = [
        type("phone", "手机", phones, 999...7999, same("128GB", "256GB", "512GB", "1TB"), coloured: true, by: [xm, hw, ln]),
        type("foldable phone", "折叠屏手机", phones, 5999...12999, same("256GB", "512GB", "1TB"), coloured: true, by: [hw, xm, ln]),
        type("phone case", "手机壳", phones, 29...129, coloured: true, by: [xm, hw, ln]),
        type("screen protector", "钢化膜", phones, 19...79, packs, by: [xm, hw]),
        type("wireless charger", "无线充电器", phones, 99...399, same("15W", "30W", "50W"), by: [xm, hw, ph]),
        type("car phone holder", "车载手机支架", phones, 39...199, by: [xm, hw, ph]),
        type("selfie stick", "自拍杆", phones, 59...199, coloured: true, by: [xm, hw]),
        type("kids smartwatch", "儿童手表", phones, 399...1299, coloured: true, by: [xm, hw]),
        type("phone stand", "手机支架", phones, 19...99, by: [xm, ln]),
        type("wired earphones", "有线耳机", phones, 39...199, coloured: true, by: [xm, hw, ph]),
        type("stylus", "手写笔", phones, 199...699, by: [hw, xm, ln]),
        type("phone cooler", "手机散热器", phones, 59...199, by: [ln, xm]),
        type("car charger", "车载充电器", phones, 39...149, same("30W", "65W", "100W"), by: [xm, hw, ph]),
        type("senior phone", "老人手机", phones, 199...599, by: [hw, xm]),
    ]

    private static let clothingTypes: [ProductType] = [
        type("down jacket", "羽绒服", clothing, 399...2999, clothingSizes, coloured: true, by: [bs, uq, at, li]),
        type("T-shirt", "T恤", clothing, 39...199, clothingSizes, coloured: true, by: [uq, at, li]),
        type("jeans", "牛仔裤", clothing, 149...399, (28...34).map { Words("Waist \($0)", "\($0)码") }, coloured: true, by: [uq]),
        type("hoodie", "卫衣", clothing, 129...499, clothingSizes, coloured: true, by: [uq, at, li]),
        type("polo shirt", "Polo衫", clothing, 99...299, clothingSizes, coloured: true, by: [uq, at, li]),
        type("fleece jacket", "摇粒绒外套", clothing, 149...299, clothingSizes, coloured: true, by: [uq]),
        type("down vest", "羽绒马甲", clothing, 199...699, clothingSizes, coloured: true, by: [uq, bs]),
        type("long down coat", "长款羽绒服", clothing, 899...3999, clothingSizes, coloured: true, by: [bs]),
        type("trench coat", "风衣", clothing, 399...1299, clothingSizes, coloured: true, by: [uq, bs]),
        type("sweater", "毛衣", clothing, 199...599, clothingSizes, coloured: true, by: [uq]),
        type("cashmere sweater", "羊绒衫", clothing, 599...1299, clothingSizes, coloured: true, by: [uq, bs]),
        type("shirt", "衬衫", clothing, 149...299, clothingSizes, coloured: true, by: [uq]),
        type("chinos", "休闲裤", clothing, 149...299, clothingSizes, coloured: true, by: [uq, at, li]),
        type("socks", "袜子", clothing, 39...99, [Words("3 Pairs", "3双"), Words("5 Pairs", "5双")], coloured: true, by: [uq, at, li]),
        type("underwear", "内裤", clothing, 59...149, packs, coloured: true, by: [uq]),
        type("thermal underwear", "保暖内衣", clothing, 99...299, clothingSizes, coloured: true, by: [uq, bs]),
        type("baseball cap", "棒球帽", clothing, 59...199, coloured: true, by: [at, li, uq]),
        type("scarf", "围巾", clothing, 79...299, coloured: true, by: [uq, bs]),
        type("gloves", "手套", clothing, 49...199, coloured: true, by: [uq, at, li]),
        type("pajamas", "睡衣", clothing, 149...299, clothingSizes, coloured: true, by: [uq]),
        type("casual sneakers", "休闲鞋", clothing, 199...599, shoeSizes, coloured: true, by: [at, li]),
        type("canvas shoes", "帆布鞋", clothing, 99...299, shoeSizes, coloured: true, by: [at, li]),
        type("boots", "靴子", clothing, 299...999, shoeSizes, coloured: true, by: [at, li, bs]),
        type("dress", "连衣裙", clothing, 149...499, clothingSizes, coloured: true, by: [uq]),
        type("skirt", "半身裙", clothing, 99...299, clothingSizes, coloured: true, by: [uq]),
        type("leggings", "打底裤", clothing, 79...199, clothingSizes, coloured: true, by: [uq, at, li]),
    ]

    private static let sportsTypes: [ProductType] = [
        type("running shoes", "跑步鞋", sports, 299...1299, shoeSizes, coloured: true, by: [at, li]),
        type("basketball shoes", "篮球鞋", sports, 399...1599, shoeSizes, coloured: true, by: [at, li]),
        type("training shoes", "训练鞋", sports, 249...699, shoeSizes, coloured: true, by: [at, li]),
        type("hiking shoes", "登山鞋", sports, 399...999, shoeSizes, coloured: true, by: [at, li]),
        type("badminton racket", "羽毛球拍", sports, 199...1299, same("3U", "4U", "5U"), by: [li]),
        type("shuttlecocks", "羽毛球", sports, 59...129, [Words("12-Pack", "12只装")], by: [li]),
        type("table tennis paddle", "乒乓球拍", sports, 99...599, by: [li]),
        type("basketball", "篮球", sports, 129...399, [Words("Size 6", "6号球"), Words("Size 7", "7号球")], by: [li, at]),
        type("football", "足球", sports, 99...299, [Words("Size 4", "4号球"), Words("Size 5", "5号球")], by: [li, at]),
        type("yoga mat", "瑜伽垫", sports, 79...299, same("6mm", "8mm", "10mm"), coloured: true, by: [li, at, xm]),
        type("dumbbells", "哑铃", sports, 99...699, same("5kg", "10kg", "20kg"), by: [li, at]),
        type("treadmill", "跑步机", sports, 1999...5999, by: [xm, li]),
        type("walking pad", "走步机", sports, 1299...2999, by: [xm]),
        type("exercise bike", "动感单车", sports, 1499...3999, by: [xm, li]),
        type("skipping rope", "跳绳", sports, 29...129, coloured: true, by: [xm, li, at]),
        type("sports backpack", "运动背包", sports, 99...399, same("20L", "30L"), coloured: true, by: [at, li, xm]),
        type("windbreaker", "冲锋衣", sports, 399...1999, clothingSizes, coloured: true, by: [at, li, bs]),
        type("sports jacket", "运动外套", sports, 299...699, clothingSizes, coloured: true, by: [at, li]),
        type("sports shorts", "运动短裤", sports, 99...249, clothingSizes, coloured: true, by: [at, li]),
        type("sports socks", "运动袜", sports, 39...99, [Words("3 Pairs", "3双"), Words("6 Pairs", "6双")], by: [at, li]),
        type("tent", "帐篷", sports, 299...1299, [Words("2-Person", "双人"), Words("4-Person", "四人")], by: [xm]),
        type("electric scooter", "电动滑板车", sports, 1699...3999, by: [xm]),
        type("swimming goggles", "泳镜", sports, 49...199, coloured: true, by: [li, at]),
        type("sports bottle", "运动水壶", sports, 49...149, same("500ml", "750ml", "1L"), coloured: true, by: [li, at, sp]),
        type("massage gun", "筋膜枪", sports, 199...999, by: [xm, ph]),
        type("knee brace", "护膝", sports, 59...199, clothingSizes, by: [li, at]),
        type("ski jacket", "滑雪服", sports, 799...2999, clothingSizes, coloured: true, by: [at, bs, li]),
    ]

    private static let foodTypes: [ProductType] = [
        type("mixed nuts", "每日坚果", food, 79...199, same("500g", "750g", "1kg"), by: [ss]),
        type("cashews", "腰果", food, 39...99, foodWeights, by: [ss]),
        type("macadamia nuts", "夏威夷果", food, 29...79, foodWeights, by: [ss]),
        type("pecans", "碧根果", food, 29...79, foodWeights, by: [ss]),
        type("pistachios", "开心果", food, 39...89, foodWeights, by: [ss]),
        type("almonds", "巴旦木", food, 29...79, foodWeights, by: [ss]),
        type("walnuts", "核桃", food, 29...79, foodWeights, by: [ss]),
        type("dried mango", "芒果干", food, 19...49, same("100g", "200g", "500g"), by: [ss]),
        type("beef jerky", "牛肉干", food, 39...99, same("100g", "200g", "500g"), by: [ss]),
        type("snack gift box", "零食大礼包", food, 99...299, same("1.2kg", "1.6kg", "2kg"), by: [ss]),
        type("sunflower seeds", "瓜子", food, 19...49, foodWeights, by: [ss]),
        type("dried strawberries", "草莓干", food, 19...49, same("100g", "200g"), by: [ss]),
        type("seaweed snacks", "海苔", food, 19...49, same("40g", "80g"), by: [ss]),
        type("cookies", "曲奇饼干", food, 29...69, same("200g", "400g"), by: [ss]),
        type("instant coffee", "速溶咖啡", food, 39...99, [Words("20 Sticks", "20条"), Words("40 Sticks", "40条")], by: [ss]),
        type("pork jerky", "猪肉脯", food, 29...69, same("100g", "200g", "500g"), by: [ss]),
        type("spicy strips", "辣条", food, 9...29, same("200g", "500g"), by: [ss]),
        type("oatmeal", "燕麦片", food, 29...69, same("500g", "1kg"), by: [ss]),
        type("peanuts", "花生", food, 19...39, foodWeights, by: [ss]),
    ]

    private static let beautyTypes: [ProductType] = [
        type("hair dryer", "吹风机", beauty, 99...3599, coloured: true, by: [dy, ph, xm, md]),
        type("hair straightener", "直发器", beauty, 199...3999, coloured: true, by: [dy, ph]),
        type("curling iron", "卷发棒", beauty, 129...2999, same("28mm", "32mm"), by: [dy, ph]),
        type("electric toothbrush", "电动牙刷", beauty, 99...699, coloured: true, by: [ph, xm]),
        type("water flosser", "冲牙器", beauty, 199...599, coloured: true, by: [ph, xm]),
        type("electric shaver", "电动剃须刀", beauty, 199...1999, by: [ph, xm]),
        type("hair clipper", "理发器", beauty, 99...299, by: [ph, xm]),
        type("facial cleansing brush", "洁面仪", beauty, 199...699, coloured: true, by: [ph, xm]),
        type("epilator", "脱毛仪", beauty, 499...2999, by: [ph]),
        type("beard trimmer", "胡须修剪器", beauty, 99...399, by: [ph, xm]),
        type("body fat scale", "体脂秤", beauty, 69...299, coloured: true, by: [xm, hw]),
        type("nose hair trimmer", "鼻毛修剪器", beauty, 59...199, by: [ph, xm]),
        type("toothbrush heads", "牙刷头", beauty, 59...199, packs, by: [ph, xm]),
        type("face steamer", "蒸脸器", beauty, 199...499, by: [ph]),
        type("eye massager", "眼部按摩仪", beauty, 199...599, by: [xm, ph]),
        type("neck massager", "颈椎按摩仪", beauty, 199...499, by: [xm, ph]),
        type("makeup mirror", "化妆镜", beauty, 99...299, by: [xm]),
    ]

    private static let babyTypes: [ProductType] = [
        type("baby bottle", "奶瓶", baby, 69...199, same("125ml", "260ml", "330ml"), by: [ph]),
        type("bottle sterilizer", "奶瓶消毒器", baby, 299...999, by: [ph, md, xm]),
        type("bottle warmer", "暖奶器", baby, 129...399, by: [ph, md]),
        type("breast pump", "吸奶器", baby, 299...1299, by: [ph]),
        type("formula kettle", "恒温调奶器", baby, 199...499, same("1.2L", "1.5L"), by: [md, xm, jy]),
        type("kids down jacket", "儿童羽绒服", baby, 299...999, kidsSizes, coloured: true, by: [bs, at, uq]),
        type("kids sneakers", "儿童运动鞋", baby, 159...399, kidsShoeSizes, coloured: true, by: [at, li]),
        type("kids T-shirt", "儿童T恤", baby, 39...99, kidsSizes, coloured: true, by: [uq, at, li]),
        type("kids snack box", "儿童零食礼盒", baby, 39...99, same("300g", "600g"), by: [ss]),
        type("baby food maker", "辅食机", baby, 199...599, by: [ph, md, jy]),
        type("baby monitor", "婴儿监视器", baby, 299...999, by: [xm, ph]),
        type("kids thermos cup", "儿童保温杯", baby, 79...199, same("350ml", "450ml"), coloured: true, by: [sp]),
        type("baby thermometer", "电子体温计", baby, 49...199, by: [xm, ph]),
        type("kids electric toothbrush", "儿童电动牙刷", baby, 99...299, coloured: true, by: [ph, xm]),
        type("pacifier", "安抚奶嘴", baby, 39...99, [Words("0-6 Months", "0-6个月"), Words("6-18 Months", "6-18个月")], by: [ph]),
        type("sippy cup", "学饮杯", baby, 59...129, same("200ml", "300ml"), by: [ph, sp]),
        type("school backpack", "儿童书包", baby, 149...399, coloured: true, by: [at, li, xm]),
    ]

    private static let petTypes: [ProductType] = [
        type("pet feeder", "智能喂食器", pets, 199...599, same("2L", "4L"), by: [xm, md]),
        type("pet water fountain", "宠物饮水机", pets, 99...299, same("2L", "3L"), by: [xm, md]),
        type("pet dryer", "宠物烘干箱", pets, 999...2999, by: [xm, md]),
        type("litter box", "智能猫砂盆", pets, 999...2999, by: [xm]),
        type("pet grooming kit", "宠物梳理套装", pets, 299...799, by: [dy]),
        type("pet clipper", "宠物剃毛器", pets, 99...299, by: [ph, xm]),
        type("pet camera", "宠物摄像头", pets, 199...599, by: [xm, hw]),
        type("pet air purifier", "宠物空气净化器", pets, 999...2999, by: [xm, md, ph]),
        type("pet tracker", "宠物定位器", pets, 199...399, by: [xm, hw]),
        type("pet nail grinder", "宠物磨甲器", pets, 59...149, by: [ph, xm]),
    ]

    private static let dailyTypes: [ProductType] = [
        type("vacuum flask", "保温杯", daily, 79...299, same("350ml", "500ml", "750ml"), coloured: true, by: [sp, xm]),
        type("water bottle", "水杯", daily, 39...129, same("400ml", "600ml"), coloured: true, by: [sp, xm]),
        type("umbrella", "雨伞", daily, 49...199, coloured: true, by: [xm, uq]),
        type("smart trash can", "智能垃圾桶", daily, 199...499, same("15L", "20L"), by: [xm, md]),
        type("towel", "毛巾", daily, 29...99, packs, coloured: true, by: [xm, uq]),
        type("storage box", "收纳箱", daily, 49...149, same("30L", "50L", "80L"), by: [xm]),
        type("LED bulb", "灯泡", daily, 19...69, same("9W", "12W", "18W"), by: [ph, xm]),
        type("lunch box", "保温饭盒", daily, 79...199, same("1.2L", "1.6L", "2L"), by: [sp]),
        type("tote bag", "托特包", daily, 59...199, coloured: true, by: [uq]),
        type("backpack", "双肩包", daily, 149...399, coloured: true, by: [xm, uq, ln]),
        type("suitcase", "行李箱", daily, 299...1299, suitcases, coloured: true, by: [xm]),
        type("mop", "拖把", daily, 49...199, by: [xm]),
        type("power strip", "插线板", daily, 29...129, same("1.8m", "3m"), by: [xm, ph, hw]),
        type("food containers", "保鲜盒", daily, 49...149, [Words("3-Piece", "3件套"), Words("5-Piece", "5件套")], by: [sp]),
        type("thermo-hygrometer", "温湿度计", daily, 19...59, by: [xm]),
        type("flashlight", "手电筒", daily, 59...199, by: [xm, ph]),
        type("night light", "小夜灯", daily, 29...99, by: [xm, ph]),
    ]
}
