#!/usr/bin/env python3
"""Generate shopchat's demo catalog, store list and import fixtures.

Deterministic: standard library only, fixed seed; running it twice writes identical bytes.

    python3 scripts/make-demo-catalog.py

Writes (paths relative to the repository root):
    Sources/ShopCommerce/Resources/demo-catalog.csv   (PROTOCOL.md §8)
    Sources/ShopCommerce/Resources/demo-stores.csv    (id,name,name_zh,description)

Note: the dialog fixtures use the made-up brands "Panda" and "Kitten" (熊猫, 小猫) and expect
searches for them to find only the fixture products, so the demo catalog never uses those words.
"""

import csv
import io
import json
import os
import random

SEED = 20240618
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "Sources", "ShopCommerce", "Resources")
FIXTURES = os.path.join(ROOT, "dialogs", "fixtures")

HEADER = ["sku", "name", "name_zh", "brand", "category", "category_zh", "store", "price", "stock", "rating",
          "tags", "description", "description_zh"]
CATEGORIES = ["daily", "food", "kitchen", "electronics", "phones", "clothing", "beauty", "baby",
              "home", "sports", "books", "pets"]
# Chinese category names, JD style; ShopCommerce's builtinCategoryNameZh says the same.
CATEGORY_ZH = {
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
}

# id, English name, Chinese name, description
STORES = [
    ("xiaomi", "Xiaomi Official Store", "小米官方旗舰店", "Phones, gadgets and smart home from Xiaomi."),
    ("huawei", "Huawei Official Store", "华为官方旗舰店", "Phones, wearables and laptops from Huawei."),
    ("apple", "Apple Authorized Store", "Apple 产品京东自营旗舰店", "iPhone, iPad, Mac and accessories."),
    ("midea", "Midea Official Store", "美的官方旗舰店", "Kitchen and home appliances from Midea."),
    ("supor", "Supor Official Store", "苏泊尔官方旗舰店", "Cookware and small kitchen appliances from Supor."),
    ("joyoung", "Joyoung Official Store", "九阳官方旗舰店", "Soymilk makers, blenders and rice cookers."),
    ("bear", "Bear Official Store", "小熊电器官方旗舰店", "Cute and compact small appliances from Bear."),
    ("gree", "Gree Official Store", "格力官方旗舰店", "Air conditioners, fans and climate care from Gree."),
    ("haier", "Haier Official Store", "海尔官方旗舰店", "Refrigerators, washers and water heaters from Haier."),
    ("lenovo", "Lenovo Official Store", "联想官方旗舰店", "ThinkPad, Legion and Xiaoxin laptops and tablets."),
    ("anker", "Anker Official Store", "安克官方旗舰店", "Chargers, power banks and audio from Anker."),
    ("uniqlo", "Uniqlo Official Store", "优衣库官方旗舰店", "Everyday basics, socks and outerwear from Uniqlo."),
    ("lining", "Li-Ning Official Store", "李宁官方旗舰店", "Running shoes, sportswear and rackets from Li-Ning."),
    ("anta", "Anta Official Store", "安踏官方旗舰店", "Sports shoes and apparel from Anta."),
    ("nike", "Nike Official Store", "耐克官方旗舰店", "Running shoes, sneakers and apparel from Nike."),
    ("perfect-diary", "Perfect Diary Official Store", "完美日记官方旗舰店", "Colour cosmetics from Perfect Diary."),
    ("loreal", "L'Oréal Paris Official Store", "欧莱雅官方旗舰店", "Skincare and hair care from L'Oréal Paris."),
    ("pampers", "Pampers Official Store", "帮宝适官方旗舰店", "Diapers, pants and wipes from Pampers."),
    ("feihe", "Feihe Official Store", "飞鹤官方旗舰店", "Infant formula and growth milk from Feihe."),
    ("three-squirrels", "Three Squirrels Official Store", "三只松鼠旗舰店", "Nuts, dried fruit and snack gift boxes."),
    ("bestore", "Bestore Official Store", "良品铺子旗舰店", "Jerky, nuts and snacks from Bestore."),
    ("yili", "Yili Official Store", "伊利官方旗舰店", "Milk, yogurt and milk powder from Yili."),
    ("royal-canin", "Royal Canin Official Store", "皇家宠物食品官方旗舰店", "Tailored nutrition for cats and dogs."),
    ("decathlon", "Decathlon Official Store", "迪卡侬官方旗舰店", "Affordable gear for every sport."),
    ("yanxuan", "Netease Yanxuan", "网易严选", "Simple, well-made goods for home and daily life."),
    ("jd-supermarket", "JD Supermarket", "京东超市", "Groceries, snacks and household essentials, delivered fast."),
    ("jd-fresh", "JD Fresh", "京东生鲜", "Fresh fruit, milk, eggs and seafood with cold-chain delivery."),
    ("jd-books", "JD Books", "京东图书", "Chinese and English books from leading publishers."),
    ("baby-world", "Baby World", "母婴世界", "Diapers, formula, strollers and toys for little ones."),
    ("pet-paradise", "Pet Paradise", "宠物乐园", "Food, treats, litter and toys for cats and dogs."),
    ("sports-hub", "Sports Hub", "运动汇", "Balls, rackets, fitness and outdoor gear from many brands."),
    ("beauty-box", "Beauty Box", "美妆盒子", "Imported skincare, makeup and beauty tools."),
    ("home-living", "Home Living", "家居生活馆", "Kitchenware, lighting, storage and appliances for the home."),
    ("digital-plaza", "Digital Plaza", "数码广场", "Phones, headphones, cameras and accessories from many brands."),
    ("fashion-street", "Fashion Street", "潮流服饰街", "Jeans, down coats, socks and more from popular brands."),
]

# Products in SKU order. Each line (fields split on ";"):
# name ; name_zh ; brand ; store ; price ; tags ; description ; description_zh.
# "## category" starts a category. The first five products are fixed (tests and docs use them).
PRODUCTS = """
## kitchen
Midea Rice Cooker 4L ; 美的电饭煲 4L ; Midea ; midea ; 259.00 ; bestseller ; A 4-litre rice cooker with 12 cooking programs and a non-stick inner pot. ; 4L大容量，12种烹饪模式，不粘内胆易清洗。
Supor Rice Cooker 5L ; 苏泊尔电饭煲 5L ; Supor ; supor ; 399.00 ; bestseller ; A family-size rice cooker with a thick spherical inner pot. ; 家庭大容量电饭煲，加厚球釜内胆，米饭受热更均匀。
## daily
Bamboo Toothbrush 4-Pack ; 竹炭牙刷 4支装 ; Darlie ; jd-supermarket ; 19.90 ; bestseller ; Soft charcoal-infused bristles on bamboo handles, four per pack. ; 竹柄竹炭软毛，刷得干净不伤牙龈，一盒4支。
## clothing
Cotton Socks 5 Pairs ; 纯棉袜子 5双 ; Uniqlo ; uniqlo ; 59.00 ; bestseller ; Breathable combed-cotton crew socks in five colours. ; 精梳棉中筒袜，透气吸汗，5双5色。
## phones
Xiaomi Redmi Note 13 Pro ; 小米红米 Note 13 Pro ; Xiaomi ; xiaomi ; 1399.00 ; bestseller ; A 200MP camera phone with a 120Hz AMOLED screen and 67W charging. ; 2亿像素主摄，120Hz AMOLED屏，67W快充。

## daily
Colgate Optic White Toothpaste 120g ; 高露洁 光感白牙膏 120g ; Colgate ; jd-supermarket ; 24.90 ; bestseller ; Whitening toothpaste that lifts surface stains. ; 美白牙膏，温和去除牙齿表面色渍。
Colgate Slim Soft Toothbrush 3-Pack ; 高露洁 细毛软毛牙刷 3支装 ; Colgate ; jd-supermarket ; 29.90 ; ; Ultra-thin soft bristles that are gentle on sensitive gums. ; 超细软毛，敏感牙龈也能温和呵护。
Colgate Plax Mouthwash 500ml ; 高露洁 贝齿漱口水 500ml ; Colgate ; jd-supermarket ; 32.90 ; ; Alcohol-free mouthwash for fresh breath. ; 无酒精配方，清新口气。
Darlie Double Action Toothpaste 225g ; 黑人 双重薄荷牙膏 225g ; Darlie ; jd-supermarket ; 15.90 ; ; Double mint toothpaste for fresh breath all day. ; 双重薄荷，全天清新口气。
Darlie Tea Care Toothpaste 190g ; 黑人 茶倍健牙膏 190g ; Darlie ; jd-supermarket ; 19.90 ; ; Green tea toothpaste that fights tea and coffee stains. ; 绿茶配方，对抗茶渍和咖啡渍。
Xiaomi Mijia Sonic Electric Toothbrush T302 ; 米家声波电动牙刷 T302 ; Xiaomi ; xiaomi ; 129.00 ; new ; A sonic toothbrush with a 150-day battery. ; 声波清洁电动牙刷，一次充电续航150天。
Oral-B iO3 Electric Toothbrush ; 欧乐B iO3 电动牙刷 ; Oral-B ; jd-supermarket ; 599.00 ; gift ; A magnetic electric toothbrush with a smart pressure sensor. ; 磁力驱动电动牙刷，智能压力感应提醒刷牙力度。
Vinda Facial Tissues 3-Ply 24 Packs ; 维达 抽纸 3层 24包 ; Vinda ; jd-supermarket ; 49.90 ; bestseller ; Soft three-ply facial tissues in a value case. ; 3层柔韧抽纸，24包整箱装更划算。
Vinda Toilet Paper 27 Rolls ; 维达 卷纸 27卷 ; Vinda ; jd-supermarket ; 59.90 ; ; Strong four-ply toilet rolls for the whole family. ; 4层加厚卷纸，强韧耐用，全家适用。
Vinda Pocket Tissues 18 Packs ; 维达 手帕纸 18包 ; Vinda ; jd-supermarket ; 9.90 ; ; Pocket-sized tissues for bags and cars. ; 小包便携，随手放进包里或车上。
Tempo Facial Tissues 4-Ply 18 Packs ; 得宝 抽纸 4层 18包 ; Tempo ; jd-supermarket ; 69.90 ; ; Thick four-ply tissues that stay strong when wet. ; 4层加厚，沾水不易破。
Blue Moon Laundry Detergent 3kg ; 蓝月亮 深层洁净洗衣液 3kg ; Blue Moon ; jd-supermarket ; 49.90 ; bestseller ; Deep-clean liquid detergent with a fresh lavender scent. ; 深层洁净洗衣液，清新薰衣草香。
Liby Laundry Pods 52 Count ; 立白 洗衣凝珠 52颗 ; Liby ; jd-supermarket ; 59.90 ; ; Pre-measured laundry pods that dissolve in cold water. ; 定量洗衣凝珠，冷水也能快速溶解。
Dettol Hand Wash 500ml ; 滴露 抑菌洗手液 500ml ; Dettol ; jd-supermarket ; 26.90 ; ; Antibacterial hand wash for everyday hygiene. ; 抑菌洗手液，日常清洁双手。
Safeguard Bar Soap 3-Pack ; 舒肤佳 香皂 3块装 ; Safeguard ; jd-supermarket ; 16.90 ; ; Classic germ-protection soap bars. ; 经典除菌香皂，3块装。
Dove Deep Moisture Body Wash 1kg ; 多芬 深层滋润沐浴露 1kg ; Dove ; jd-supermarket ; 59.90 ; ; A creamy body wash that leaves skin soft. ; 绵密泡沫沐浴露，洗后肌肤柔滑。
Head & Shoulders Anti-Dandruff Shampoo 750ml ; 海飞丝 去屑洗发水 750ml ; Head & Shoulders ; jd-supermarket ; 79.90 ; ; Anti-dandruff shampoo for a clean, itch-free scalp. ; 去屑洗发水，头皮清爽不痒。
Kleenex Flushable Wet Wipes 3 Packs ; 舒洁 湿厕纸 80片×3包 ; Kleenex ; jd-supermarket ; 39.90 ; ; Flushable wet wipes for gentle cleaning. ; 可冲散湿厕纸，温和清洁，80片×3包。
Jieliya Cotton Towels 3-Pack ; 洁丽雅 纯棉毛巾 3条装 ; Jieliya ; jd-supermarket ; 29.90 ; bestseller ; Absorbent cotton face towels in three colours. ; 纯棉洗脸巾，柔软吸水，3条3色。
Gillette Mach3 Razor with 5 Blades ; 吉列 锋速3 剃须刀 含5刀头 ; Gillette ; jd-supermarket ; 89.00 ; ; A three-blade razor with five refill cartridges. ; 三层刀片剃须刀，含5个替换刀头。
Sofy Sanitary Pads 40 Count ; 苏菲 卫生巾 40片 ; Sofy ; jd-supermarket ; 35.90 ; ; Ultra-thin day pads with a soft cotton surface. ; 超薄日用卫生巾，柔软棉柔表层。
Paradise Folding Umbrella ; 天堂伞 三折晴雨伞 ; Paradise ; jd-supermarket ; 39.90 ; ; A compact three-fold umbrella for sun and rain. ; 三折便携，晴雨两用。
Raid Mosquito Repellent Liquid 4 Refills ; 雷达 电热蚊香液 4瓶 ; Raid ; jd-supermarket ; 29.90 ; ; Odourless plug-in mosquito repellent refills. ; 无味电热蚊香液，4瓶替换装。
Winner Disposable Face Masks 50 Count ; 稳健 一次性医用口罩 50只 ; Winner ; jd-supermarket ; 19.90 ; ; Three-layer disposable masks, individually packed. ; 三层防护一次性口罩，独立包装。
Netease Yanxuan Bamboo Toothbrush 8-Pack ; 网易严选 竹柄牙刷 8支装 ; Netease Yanxuan ; yanxuan ; 29.90 ; organic ; Biodegradable bamboo handles with soft bristles. ; 可降解竹柄，软毛不伤牙龈，8支装。
Netease Yanxuan Dental Floss Picks 200 Count ; 网易严选 牙线棒 200支 ; Netease Yanxuan ; yanxuan ; 15.90 ; ; Flat floss picks in a resealable box. ; 扁线牙线棒，可重复密封盒装，200支。
Netease Yanxuan Drawstring Garbage Bags 150 Count ; 网易严选 抽绳垃圾袋 150只 ; Netease Yanxuan ; yanxuan ; 19.90 ; ; Thick drawstring bin bags that do not tear. ; 加厚抽绳垃圾袋，结实不易破。
Xiaomi Mijia Automatic Soap Dispenser ; 米家自动洗手机 ; Xiaomi ; xiaomi ; 79.00 ; ; A touch-free dispenser that foams soap in a quarter second. ; 免接触感应洗手，0.25秒出泡沫。
Xiaomi Mijia Electric Shaver S101 ; 米家电动剃须刀 S101 ; Xiaomi ; xiaomi ; 99.00 ; ; A washable three-head shaver with USB-C charging. ; 三刀头全身水洗，USB-C充电。

## food
Three Squirrels Daily Nuts 30 Packs ; 三只松鼠 每日坚果 30包 ; Three Squirrels ; three-squirrels ; 129.00 ; bestseller|gift ; Thirty single-serve packs of mixed nuts and dried fruit. ; 混合坚果果干独立小包，30包一天一包。
Three Squirrels Pecans 210g ; 三只松鼠 碧根果 210g ; Three Squirrels ; three-squirrels ; 34.90 ; ; Cream-flavoured pecans that crack open easily. ; 奶油味碧根果，轻松剥壳。
Three Squirrels Pistachios 500g ; 三只松鼠 开心果 500g ; Three Squirrels ; three-squirrels ; 59.90 ; ; Naturally opened, lightly salted pistachios. ; 自然开口，淡盐烘焙开心果。
Three Squirrels Dried Mango 116g ; 三只松鼠 芒果干 116g ; Three Squirrels ; three-squirrels ; 15.90 ; ; Chewy sun-dried mango slices. ; 日晒芒果干，软糯有嚼劲。
Three Squirrels Snack Gift Box 1.5kg ; 三只松鼠 零食大礼包 1.5kg ; Three Squirrels ; three-squirrels ; 99.00 ; gift ; A big box of snacks for parties and holidays. ; 1.5kg零食大礼包，聚会过节都合适。
Bestore Beef Jerky 100g ; 良品铺子 牛肉干 100g ; Bestore ; bestore ; 39.90 ; ; Spicy air-dried beef jerky from Inner Mongolia. ; 内蒙古风干牛肉干，香辣有嚼劲。
Bestore Walnut Kernels 200g ; 良品铺子 核桃仁 200g ; Bestore ; bestore ; 36.90 ; ; Crunchy walnut kernels, roasted and ready to eat. ; 烘烤核桃仁，香脆即食。
Bestore Spicy Duck Neck 200g ; 良品铺子 卤鸭脖 200g ; Bestore ; bestore ; 29.90 ; ; Braised duck neck with a numbing Sichuan spice. ; 川味麻辣卤鸭脖，越嚼越香。
Bestore Crispy Egg Rolls 400g ; 良品铺子 鸡蛋卷 400g ; Bestore ; bestore ; 25.90 ; ; Light and crispy egg rolls baked with butter. ; 黄油烘焙，轻薄酥脆。
Bestore New Year Snack Gift Box ; 良品铺子 年货零食礼盒 ; Bestore ; bestore ; 168.00 ; gift ; A festive gift box of nuts, jerky and sweets. ; 坚果、肉脯、糖果一盒装齐，年节送礼有面子。
Nongfu Spring Water 550ml x 24 ; 农夫山泉 饮用天然水 550ml×24瓶 ; Nongfu Spring ; jd-supermarket ; 29.90 ; bestseller ; Natural drinking water from protected sources. ; 天然水源地饮用水，550ml×24瓶整箱。
Nongfu Spring Oriental Leaf Green Tea 500ml x 15 ; 农夫山泉 东方树叶 绿茶 500ml×15瓶 ; Nongfu Spring ; jd-supermarket ; 69.90 ; ; Unsweetened green tea with nothing added. ; 0糖无添加绿茶，500ml×15瓶。
Yili Pure Milk 250ml x 24 ; 伊利 纯牛奶 250ml×24盒 ; Yili ; yili ; 59.90 ; bestseller ; Whole milk in handy cartons for the whole family. ; 全脂纯牛奶，250ml小盒装，全家都爱喝。
Yili Satine Organic Milk 250ml x 12 ; 伊利 金典有机纯牛奶 250ml×12盒 ; Yili ; yili ; 69.90 ; organic ; Certified organic whole milk with 3.8g protein per 100ml. ; 有机认证纯牛奶，每100ml含3.8g蛋白质。
Yili Ambrosial Greek Yogurt 205g x 12 ; 伊利 安慕希 希腊风味酸奶 205g×12瓶 ; Yili ; yili ; 62.90 ; ; Thick Greek-style yogurt that keeps without a fridge. ; 浓醇希腊风味酸奶，常温保存，205g×12瓶。
Yili QQ Star Kids Milk 125ml x 20 ; 伊利 QQ星 儿童成长牛奶 125ml×20盒 ; Yili ; yili ; 49.90 ; ; Growing-up milk for children, in small cartons. ; 儿童成长牛奶，125ml小盒装，20盒。
Yili Whole Milk Powder 400g ; 伊利 全脂奶粉 400g ; Yili ; yili ; 45.90 ; ; Whole milk powder for drinks and baking. ; 全脂奶粉，冲饮、烘焙都适用。
Mengniu Deluxe Pure Milk 250ml x 12 ; 蒙牛 特仑苏 纯牛奶 250ml×12盒 ; Mengniu ; jd-supermarket ; 65.90 ; bestseller ; Premium whole milk from Mengniu's own ranches. ; 蒙牛自有牧场奶源，高端纯牛奶。
Mengniu Fresh Milk 950ml ; 蒙牛 每日鲜语 鲜牛奶 950ml ; Mengniu ; jd-fresh ; 22.90 ; ; Pasteurised fresh milk, delivered cold. ; 巴氏杀菌鲜牛奶，全程冷链配送。
Master Kong Braised Beef Noodles 5-Pack ; 康师傅 红烧牛肉面 5连包 ; Master Kong ; jd-supermarket ; 13.90 ; bestseller ; The classic braised beef instant noodles. ; 经典红烧牛肉口味方便面，5连包。
Uni-President Pickled Cabbage Beef Noodles 5-Pack ; 统一 老坛酸菜牛肉面 5连包 ; Uni-President ; jd-supermarket ; 13.50 ; ; Instant noodles with tangy pickled cabbage. ; 老坛酸菜酸爽开胃，5连包。
Nissin Cup Noodles Seafood 12 Cups ; 日清 合味道 海鲜风味杯面 12杯 ; Nissin ; jd-supermarket ; 59.90 ; ; Seafood cup noodles ready in three minutes. ; 海鲜风味杯面，3分钟即食，12杯装。
Baixiang Bone Soup Noodles 24 Packs ; 白象 大骨面 24袋 ; Baixiang ; jd-supermarket ; 39.90 ; ; Instant noodles in a rich pork bone broth. ; 浓郁骨汤方便面，24袋装。
Samyang Hot Chicken Ramen 5-Pack ; 三养 火鸡面 5连包 ; Samyang ; jd-supermarket ; 32.90 ; imported ; Fiery stir-fried chicken ramen from Korea. ; 韩国超辣火鸡炒面，5连包。
Arawana Peanut Oil 5L ; 金龙鱼 压榨花生油 5L ; Arawana ; jd-supermarket ; 119.90 ; ; Fragrant pressed peanut oil for stir-frying. ; 压榨花生油，炒菜浓香。
Shiyue Daotian Wuchang Rice 5kg ; 十月稻田 五常大米 5kg ; Shiyue Daotian ; jd-supermarket ; 49.90 ; bestseller ; Fragrant Daohuaxiang rice from Wuchang, Heilongjiang. ; 黑龙江五常稻花香大米，米香浓郁。
Haitian Premium Light Soy Sauce 1.9L ; 海天 金标生抽 1.9L ; Haitian ; jd-supermarket ; 19.90 ; ; Naturally brewed light soy sauce. ; 传统酿造生抽，鲜香提味。
Nescafe 1+2 Instant Coffee 90 Sticks ; 雀巢咖啡 1+2 原味 90条 ; Nescafe ; jd-supermarket ; 89.00 ; ; Classic three-in-one instant coffee sticks. ; 经典三合一速溶咖啡，90条装。
Oreo Original Sandwich Cookies 388g ; 奥利奥 原味夹心饼干 388g ; Oreo ; jd-supermarket ; 19.90 ; ; Chocolate cookies with vanilla cream filling. ; 巧克力饼干夹香草味奶油。
Lay's Potato Chips Variety 6 Bags ; 乐事 薯片 6袋装 ; Lay's ; jd-supermarket ; 29.90 ; ; Six bags of potato chips in assorted flavours. ; 多种口味薯片，6袋装。
Chilean Cherries JJ Grade 2.5kg ; 智利车厘子 JJ级 2.5kg ; JD Fresh ; jd-fresh ; 299.00 ; imported|gift ; Large, sweet cherries flown in from Chile. ; 智利空运车厘子，果大味甜。
Yantai Fuji Apples 5kg ; 烟台红富士苹果 5kg ; JD Fresh ; jd-fresh ; 49.90 ; ; Crisp, juicy Fuji apples from Yantai orchards. ; 烟台果园直发，脆甜多汁。
Free-Range Eggs 30 Count ; 散养土鸡蛋 30枚 ; JD Fresh ; jd-fresh ; 39.90 ; organic ; Eggs from free-range hens on small farms. ; 小农场散养母鸡所产，30枚装。
Norwegian Salmon Fillet 500g ; 挪威三文鱼 500g ; JD Fresh ; jd-fresh ; 129.00 ; imported ; Sashimi-grade salmon, chilled, never frozen. ; 刺身级三文鱼，冰鲜不冷冻。
Hainan Mangoes 3kg ; 海南贵妃芒 3kg ; JD Fresh ; jd-fresh ; 59.90 ; ; Fragrant tree-ripened mangoes from Hainan. ; 海南树上熟贵妃芒，香甜浓郁。

## kitchen
Xiaomi Mijia Rice Cooker 3L ; 米家电饭煲 3L ; Xiaomi ; xiaomi ; 199.00 ; ; A compact smart rice cooker you can control from your phone. ; 小巧智能电饭煲，手机APP远程操控。
Joyoung Rice Cooker 4L ; 九阳电饭煲 4L ; Joyoung ; joyoung ; 229.00 ; ; A 4-litre rice cooker with a 24-hour delay timer. ; 4L容量，支持24小时预约。
Midea IH Rice Cooker 5L ; 美的 IH电饭煲 5L ; Midea ; midea ; 599.00 ; new ; Induction heating cooks every grain evenly. ; IH电磁加热，颗颗米饭受热均匀。
Supor Mini Rice Cooker 2L ; 苏泊尔 迷你电饭煲 2L ; Supor ; supor ; 149.00 ; ; A small rice cooker for one or two people. ; 小容量电饭煲，一两个人刚刚好。
Tiger IH Rice Cooker 5.5L ; 虎牌 IH电饭煲 5.5L ; Tiger ; home-living ; 2999.00 ; imported ; A premium Japanese induction rice cooker with a coated copper pot. ; 日本高端IH电饭煲，铜涂层内锅。
Midea Air Fryer 5L ; 美的 空气炸锅 5L ; Midea ; midea ; 299.00 ; bestseller ; Crispy fries with almost no oil, in a 5-litre basket. ; 5L大炸篮，几乎不用油也能炸出酥脆薯条。
Midea Microwave Oven 20L ; 美的 微波炉 20L ; Midea ; midea ; 399.00 ; ; A 20-litre microwave with a turntable and defrost mode. ; 20L转盘微波炉，带解冻功能。
Midea Induction Cooktop ; 美的 电磁炉 ; Midea ; midea ; 199.00 ; ; A 2200W induction cooktop for hot pot and stir-fry. ; 2200W大功率，火锅、爆炒都能胜任。
Midea Countertop Dishwasher ; 美的 台式洗碗机 ; Midea ; midea ; 1999.00 ; ; A countertop dishwasher that needs no plumbing. ; 台式免安装洗碗机，无需改水路。
Supor Non-Stick Wok 32cm ; 苏泊尔 不粘炒锅 32cm ; Supor ; supor ; 189.00 ; ; A 32cm non-stick wok that works on gas and induction. ; 32cm不粘炒锅，燃气灶、电磁炉通用。
Supor Electric Pressure Cooker 5L ; 苏泊尔 电压力锅 5L ; Supor ; supor ; 329.00 ; ; Stews and soups in a third of the usual time. ; 炖肉煲汤，只需平时三分之一的时间。
Supor Stainless Steel Thermos 500ml ; 苏泊尔 保温杯 500ml ; Supor ; supor ; 89.00 ; ; Keeps drinks hot for 12 hours. ; 不锈钢保温杯，12小时长效保温。
Joyoung Soymilk Maker ; 九阳 豆浆机 ; Joyoung ; joyoung ; 399.00 ; bestseller ; Fresh soymilk from dry beans in 30 minutes. ; 干豆直打，30分钟喝上现磨豆浆。
Joyoung High-Speed Blender ; 九阳 破壁料理机 ; Joyoung ; joyoung ; 599.00 ; ; A high-speed blender for smoothies, soups and nut milk. ; 高速破壁，果昔、浓汤、坚果奶一机搞定。
Joyoung Electric Kettle 1.7L ; 九阳 电热水壶 1.7L ; Joyoung ; joyoung ; 79.00 ; ; A stainless steel kettle that boils in five minutes. ; 不锈钢壶身，5分钟烧开一壶水。
Joyoung Electric Steamer ; 九阳 电蒸锅 ; Joyoung ; joyoung ; 169.00 ; ; A three-tier steamer for buns, fish and vegetables. ; 三层大容量，包子、鱼、蔬菜同时蒸。
Bear Yogurt Maker 1L ; 小熊 酸奶机 1L ; Bear ; bear ; 89.00 ; ; Homemade yogurt overnight with one button. ; 一键操作，睡一觉就能做好自制酸奶。
Bear Electric Lunch Box ; 小熊 电热饭盒 ; Bear ; bear ; 99.00 ; ; Heats your lunch at the office, no microwave needed. ; 办公室加热午饭，不用排队等微波炉。
Bear Multi-Cooker Pot 1.5L ; 小熊 多功能电煮锅 1.5L ; Bear ; bear ; 119.00 ; ; A small pot for noodles, hot pot and soup in the dorm. ; 宿舍煮面、火锅、煲汤一锅搞定。
Bear Egg Cooker ; 小熊 煮蛋器 ; Bear ; bear ; 49.90 ; ; Boils or steams up to seven eggs. ; 一次可煮或蒸7个蛋。
Bear Sandwich Breakfast Maker ; 小熊 三明治早餐机 ; Bear ; bear ; 159.00 ; ; Toasted sandwiches and waffles in minutes. ; 几分钟做好三明治和华夫饼。
Xiaomi Mijia Electric Kettle 1.5L ; 米家电水壶 1.5L ; Xiaomi ; xiaomi ; 69.00 ; ; A simple 1.5-litre kettle with auto shut-off. ; 1.5L简约电水壶，烧开自动断电。
Tiger Vacuum Flask 480ml ; 虎牌 保温杯 480ml ; Tiger ; home-living ; 259.00 ; imported ; A light Japanese vacuum flask that keeps drinks hot or cold. ; 日本轻量保温杯，保温保冷两用。
Lock&Lock Food Containers 10-Piece Set ; 乐扣乐扣 保鲜盒 10件套 ; Lock&Lock ; home-living ; 129.00 ; ; Airtight food containers with four-side locking lids. ; 四面锁扣密封保鲜盒，10件套。
Lock&Lock Glass Lunch Box 3-Pack ; 乐扣乐扣 玻璃饭盒 3件套 ; Lock&Lock ; home-living ; 99.00 ; ; Oven-safe glass containers for packed lunches. ; 玻璃饭盒可进烤箱，带饭上班更方便。
Zhang Xiaoquan Kitchen Knife Set ; 张小泉 刀具套装 ; Zhang Xiaoquan ; home-living ; 199.00 ; ; A five-piece knife set with a bamboo block. ; 五件套刀具，配竹制刀座。
Netease Yanxuan Antibacterial Cutting Board ; 网易严选 抗菌砧板 ; Netease Yanxuan ; yanxuan ; 69.00 ; ; A double-sided cutting board for raw and cooked food. ; 双面砧板，生熟分开更卫生。
Netease Yanxuan Ceramic Bowls 4-Pack ; 网易严选 釉下彩陶瓷碗 4只装 ; Netease Yanxuan ; yanxuan ; 59.00 ; ; Underglaze ceramic rice bowls, dishwasher safe. ; 釉下彩陶瓷饭碗，可进洗碗机。
"""

PRODUCTS += """
## electronics
Xiaomi Smart Band 8 ; 小米手环 8 ; Xiaomi ; xiaomi ; 239.00 ; bestseller ; A fitness band with a 16-day battery and 150 workout modes. ; 16天长续航，150种运动模式。
Xiaomi Redmi Buds 5 ; 红米 Redmi Buds 5 ; Xiaomi ; xiaomi ; 199.00 ; ; Noise-cancelling wireless earbuds with 40-hour battery. ; 降噪无线耳机，40小时总续航。
Xiaomi TV A Pro 65-inch ; 小米电视 A Pro 65英寸 ; Xiaomi ; xiaomi ; 2999.00 ; ; A 65-inch 4K QLED smart TV. ; 65英寸4K QLED智能电视。
Xiaomi Router AX3000 ; 小米路由器 AX3000 ; Xiaomi ; xiaomi ; 229.00 ; ; A Wi-Fi 6 router that covers a whole flat. ; Wi-Fi 6路由器，信号覆盖全屋。
Xiaomi Pad 6 ; 小米平板 6 ; Xiaomi ; xiaomi ; 1999.00 ; ; An 11-inch 144Hz tablet for study and entertainment. ; 11英寸144Hz高刷屏，学习娱乐两不误。
Huawei Watch GT 4 ; 华为 Watch GT 4 ; Huawei ; huawei ; 1488.00 ; new ; A stylish smartwatch with two weeks of battery life. ; 时尚智能手表，续航长达两周。
Huawei FreeBuds Pro 3 ; 华为 FreeBuds Pro 3 ; Huawei ; huawei ; 1499.00 ; ; Hi-res wireless earbuds with smart noise cancelling. ; 高解析音质无线耳机，智能降噪。
Huawei MatePad 11.5 ; 华为 MatePad 11.5 ; Huawei ; huawei ; 1999.00 ; ; A light tablet with a 120Hz eye-comfort display. ; 轻薄平板，120Hz护眼屏。
Huawei MateBook 14 ; 华为 MateBook 14 ; Huawei ; huawei ; 5999.00 ; ; A 14-inch touchscreen laptop with a 2.8K display. ; 14英寸2.8K触控屏笔记本。
Huawei Band 8 ; 华为手环 8 ; Huawei ; huawei ; 269.00 ; ; An ultra-thin band with sleep and heart-rate tracking. ; 超薄手环，睡眠与心率监测。
Apple AirPods Pro 2 ; 苹果 AirPods Pro 2 ; Apple ; apple ; 1899.00 ; bestseller ; Active noise cancelling earbuds with a USB-C MagSafe case. ; 主动降噪耳机，USB-C MagSafe充电盒。
Apple iPad Air 11-inch ; 苹果 iPad Air 11英寸 ; Apple ; apple ; 4799.00 ; ; A thin and light iPad with the M2 chip. ; 搭载M2芯片，轻薄iPad。
Apple MacBook Air 13-inch M3 ; 苹果 MacBook Air 13英寸 M3 ; Apple ; apple ; 8999.00 ; new ; A fanless laptop with the M3 chip and 18-hour battery. ; M3芯片无风扇设计，18小时续航。
Apple Watch Series 9 ; 苹果 Apple Watch Series 9 ; Apple ; apple ; 2999.00 ; ; A smartwatch with a brighter display and double-tap gesture. ; 更亮的显示屏，支持双指互点手势。
Apple AirTag 4-Pack ; 苹果 AirTag 4件装 ; Apple ; apple ; 749.00 ; gift ; Keep track of keys, bags and luggage. ; 钥匙、背包、行李随时查找。
Lenovo ThinkPad X1 Carbon ; 联想 ThinkPad X1 Carbon ; Lenovo ; lenovo ; 9999.00 ; ; A 1.1kg business ultrabook with a legendary keyboard. ; 1.1kg商务轻薄本，经典键盘手感。
Lenovo Legion Y7000P Gaming Laptop ; 联想 拯救者 Y7000P 游戏本 ; Lenovo ; lenovo ; 7499.00 ; bestseller ; A 16-inch gaming laptop with an RTX 4060. ; 16英寸游戏本，搭载RTX 4060显卡。
Lenovo Xiaoxin Pro 14 ; 联想 小新 Pro 14 ; Lenovo ; lenovo ; 4999.00 ; ; A 14-inch 2.8K laptop for work and study. ; 14英寸2.8K屏，办公学习好帮手。
Lenovo Xiaoxin Pad ; 联想 小新平板 ; Lenovo ; lenovo ; 999.00 ; ; An affordable 10.6-inch tablet for online classes. ; 10.6英寸高性价比平板，上网课够用。
Lenovo Wireless Mouse ; 联想 无线鼠标 ; Lenovo ; lenovo ; 49.90 ; ; A quiet wireless mouse with a 12-month battery. ; 静音无线鼠标，电池续航长达12个月。
Lenovo thinkplus Bluetooth Earbuds ; 联想 thinkplus 蓝牙耳机 ; Lenovo ; lenovo ; 99.00 ; ; Budget wireless earbuds with a charging case. ; 平价蓝牙耳机，附充电仓。
Anker 10000mAh Power Bank ; 安克 10000mAh 充电宝 ; Anker ; anker ; 99.00 ; bestseller ; A slim power bank that charges a phone twice. ; 轻薄充电宝，可为手机充满两次。
Anker 20000mAh Power Bank 22.5W ; 安克 20000mAh 快充充电宝 ; Anker ; anker ; 169.00 ; ; A high-capacity fast-charging power bank. ; 大容量快充充电宝，22.5W快充。
Anker 7-in-1 USB-C Hub ; 安克 7合1 扩展坞 ; Anker ; anker ; 199.00 ; ; HDMI, USB-A, SD card and 100W pass-through in one hub. ; HDMI、USB-A、SD卡槽与100W供电，一个扩展坞全搞定。
Anker Soundcore Bluetooth Speaker ; 安克 声阔 蓝牙音箱 ; Anker ; anker ; 259.00 ; ; A waterproof speaker with 24 hours of playtime. ; 防水蓝牙音箱，24小时续航。
Sony WH-1000XM5 Headphones ; 索尼 WH-1000XM5 降噪耳机 ; Sony ; digital-plaza ; 2499.00 ; ; Industry-leading noise-cancelling over-ear headphones. ; 业界领先降噪，头戴式无线耳机。
Logitech MX Master 3S Mouse ; 罗技 MX Master 3S 鼠标 ; Logitech ; digital-plaza ; 749.00 ; ; A quiet, precise mouse for power users. ; 静音精准，高效办公鼠标。
DJI Osmo Pocket 3 ; 大疆 Osmo Pocket 3 ; DJI ; digital-plaza ; 3499.00 ; new ; A pocket gimbal camera with a 1-inch sensor. ; 1英寸传感器口袋云台相机。
Kindle Paperwhite E-Reader ; Kindle Paperwhite 电子书阅读器 ; Amazon ; digital-plaza ; 1068.00 ; ; A glare-free e-reader with a warm light. ; 防眩光电子书阅读器，暖光可调。
SanDisk 128GB microSD Card ; 闪迪 128GB 内存卡 ; SanDisk ; digital-plaza ; 69.90 ; ; A fast memory card for phones, cameras and Switch. ; 高速内存卡，手机、相机、Switch通用。
Samsung T7 1TB Portable SSD ; 三星 T7 1TB 移动固态硬盘 ; Samsung ; digital-plaza ; 699.00 ; ; A pocket-sized SSD with 1050MB/s transfers. ; 口袋大小移动固态硬盘，传输速度达1050MB/s。

## phones
Xiaomi Redmi 13C ; 小米红米 13C ; Xiaomi ; xiaomi ; 599.00 ; ; An entry-level phone with a big 5000mAh battery. ; 入门手机，5000mAh大电池。
Xiaomi Redmi K70 ; 小米红米 K70 ; Xiaomi ; xiaomi ; 2499.00 ; ; A flagship-chip phone with a 2K display at a mid-range price. ; 旗舰芯片配2K屏，中端价格。
Xiaomi 14 ; 小米 14 ; Xiaomi ; xiaomi ; 3999.00 ; new ; A compact flagship with Leica optics. ; 小屏旗舰，徕卡光学镜头。
Xiaomi 14 Ultra ; 小米 14 Ultra ; Xiaomi ; xiaomi ; 6499.00 ; ; A photography flagship with a 1-inch Leica main camera. ; 影像旗舰，1英寸徕卡主摄。
Xiaomi MIX Fold 3 ; 小米 MIX Fold 3 ; Xiaomi ; xiaomi ; 8999.00 ; ; A thin foldable phone with a quad Leica camera. ; 轻薄折叠屏，徕卡四摄。
Xiaomi 67W Fast Charger ; 小米 67W 快充充电器 ; Xiaomi ; xiaomi ; 99.00 ; ; A 67W charger with a USB-C cable. ; 67W快充充电器，附USB-C数据线。
Huawei Mate 60 Pro ; 华为 Mate 60 Pro ; Huawei ; huawei ; 6999.00 ; bestseller ; A flagship with satellite calling and Kunlun glass. ; 旗舰手机，支持卫星通话，昆仑玻璃。
Huawei Pura 70 Ultra ; 华为 Pura 70 Ultra ; Huawei ; huawei ; 9999.00 ; new ; A camera flagship with a retractable 1-inch lens. ; 影像旗舰，伸缩式1英寸镜头。
Huawei nova 12 ; 华为 nova 12 ; Huawei ; huawei ; 2999.00 ; ; A slim selfie phone with a 60MP front camera. ; 轻薄自拍手机，6000万像素前摄。
Huawei Enjoy 70 ; 华为 畅享 70 ; Huawei ; huawei ; 1199.00 ; ; A budget phone with a 6000mAh battery. ; 入门手机，6000mAh大电池。
Huawei 66W SuperCharge Charger ; 华为 66W 超级快充充电器 ; Huawei ; huawei ; 149.00 ; ; A 66W SuperCharge wall charger. ; 66W超级快充充电器。
Apple iPhone 15 128GB ; 苹果 iPhone 15 128GB ; Apple ; apple ; 5999.00 ; bestseller ; Dynamic Island, a 48MP camera and USB-C. ; 灵动岛，4800万像素主摄，USB-C接口。
Apple iPhone 15 Pro 256GB ; 苹果 iPhone 15 Pro 256GB ; Apple ; apple ; 8999.00 ; ; A titanium iPhone with the A17 Pro chip. ; 钛金属机身，A17 Pro芯片。
Apple iPhone 15 Pro Max 256GB ; 苹果 iPhone 15 Pro Max 256GB ; Apple ; apple ; 9999.00 ; ; The biggest iPhone with a 5x telephoto camera. ; 最大屏iPhone，5倍长焦镜头。
Apple iPhone 13 128GB ; 苹果 iPhone 13 128GB ; Apple ; apple ; 4399.00 ; ; A dependable iPhone at a lower price. ; 品质可靠，价格更实惠。
Apple 20W USB-C Power Adapter ; 苹果 20W USB-C 电源适配器 ; Apple ; apple ; 145.00 ; ; Fast charging for iPhone and iPad. ; iPhone、iPad快充适配器。
Apple iPhone 15 Silicone Case ; 苹果 iPhone 15 硅胶保护壳 ; Apple ; apple ; 399.00 ; ; A soft-touch MagSafe silicone case. ; 亲肤硅胶保护壳，支持MagSafe。
Honor X50 ; 荣耀 X50 ; Honor ; digital-plaza ; 1399.00 ; ; A tough curved-screen phone with a 5800mAh battery. ; 抗摔曲面屏，5800mAh大电池。
Honor Play 8T ; 荣耀 Play 8T ; Honor ; digital-plaza ; 999.00 ; ; A budget phone with a 6000mAh battery. ; 入门手机，6000mAh大电池。
OPPO Reno11 ; OPPO Reno11 ; OPPO ; digital-plaza ; 2499.00 ; ; A portrait phone with a telephoto lens. ; 人像手机，配长焦镜头。
vivo X100 ; vivo X100 ; vivo ; digital-plaza ; 3999.00 ; ; A camera flagship with ZEISS optics. ; 蔡司光学影像旗舰。
vivo Y36 ; vivo Y36 ; vivo ; digital-plaza ; 1199.00 ; ; A stylish everyday phone with 44W charging. ; 时尚日常手机，44W快充。
OnePlus 12 ; 一加 12 ; OnePlus ; digital-plaza ; 4299.00 ; ; A fast flagship with a Hasselblad camera. ; 性能旗舰，哈苏影像。
realme C67 ; 真我 C67 ; realme ; digital-plaza ; 799.00 ; ; An affordable phone with a 108MP camera. ; 1.08亿像素主摄，价格亲民。
Anker MagSafe Magnetic Power Bank 5000mAh ; 安克 磁吸充电宝 5000mAh ; Anker ; anker ; 149.00 ; ; A magnetic power bank that snaps onto iPhone. ; 磁吸充电宝，贴上iPhone就能充。
Anker 30W GaN Charger ; 安克 30W 氮化镓充电器 ; Anker ; anker ; 69.00 ; ; A tiny 30W USB-C charger for phones. ; 小巧30W USB-C手机充电器。
Benks Tempered Glass Screen Protector 2-Pack ; 邦克仕 钢化玻璃手机膜 2片装 ; Benks ; digital-plaza ; 19.90 ; ; Scratch-resistant glass screen protectors. ; 钢化玻璃手机膜，防刮耐磨，2片装。
Ugreen USB-C Cable 2m ; 绿联 USB-C 数据线 2米 ; Ugreen ; digital-plaza ; 29.90 ; ; A braided 60W USB-C charging cable. ; 编织线身，支持60W快充。

## clothing
Uniqlo No-Show Socks 3 Pairs ; 优衣库 船袜 3双装 ; Uniqlo ; uniqlo ; 39.00 ; ; Low-cut socks that stay hidden in sneakers. ; 低帮隐形，穿运动鞋不露袜。
Uniqlo AIRism Cotton T-Shirt ; 优衣库 AIRism 棉质圆领T恤 ; Uniqlo ; uniqlo ; 99.00 ; ; A cotton-look tee that stays cool and dry. ; 棉质观感，穿着清凉干爽。
Uniqlo HEATTECH Thermal Top ; 优衣库 HEATTECH 保暖内衣 ; Uniqlo ; uniqlo ; 99.00 ; bestseller ; A thin thermal layer that keeps you warm. ; 轻薄一层，贴身保暖。
Uniqlo Ultra Light Down Jacket ; 优衣库 高级轻型羽绒服 ; Uniqlo ; uniqlo ; 499.00 ; ; A packable down jacket for chilly days. ; 可收纳便携羽绒服，微凉天气正合适。
Uniqlo Slim Fit Jeans ; 优衣库 修身牛仔裤 ; Uniqlo ; uniqlo ; 299.00 ; ; Stretch denim jeans with a slim fit. ; 弹力牛仔面料，修身版型。
Uniqlo Fleece Full-Zip Jacket ; 优衣库 摇粒绒拉链外套 ; Uniqlo ; uniqlo ; 199.00 ; ; A soft fleece jacket for layering. ; 柔软摇粒绒，叠穿打底都合适。
Uniqlo Oxford Shirt ; 优衣库 牛津纺衬衫 ; Uniqlo ; uniqlo ; 199.00 ; ; A classic button-down Oxford shirt. ; 经典扣领牛津纺衬衫。
Nanjiren Cotton Socks 10 Pairs ; 南极人 棉袜 10双装 ; Nanjiren ; fashion-street ; 29.90 ; bestseller ; Ten pairs of everyday cotton socks. ; 日常纯棉袜，10双装。
Langsha No-Show Socks 6 Pairs ; 浪莎 隐形船袜 6双装 ; Langsha ; fashion-street ; 19.90 ; ; Thin no-show socks with silicone heel grips. ; 轻薄隐形，后跟硅胶防滑。
Bosideng Long Down Coat ; 波司登 长款羽绒服 ; Bosideng ; fashion-street ; 1299.00 ; ; A knee-length goose down coat for northern winters. ; 过膝长款鹅绒服，北方寒冬也不怕。
Semir Casual Jeans ; 森马 休闲牛仔裤 ; Semir ; fashion-street ; 159.00 ; ; Relaxed-fit jeans for everyday wear. ; 宽松版型牛仔裤，日常百搭。
HLA Cotton Polo Shirt ; 海澜之家 纯棉Polo衫 ; HLA ; fashion-street ; 169.00 ; ; A smart cotton polo shirt. ; 纯棉Polo衫，得体有型。
Levi's 501 Original Jeans ; 李维斯 501 经典牛仔裤 ; Levi's ; fashion-street ; 699.00 ; ; The original straight-leg button-fly jeans. ; 经典直筒纽扣门襟牛仔裤。
Netease Yanxuan Merino Wool Socks 2 Pairs ; 网易严选 美利奴羊毛袜 2双装 ; Netease Yanxuan ; yanxuan ; 69.00 ; ; Warm merino wool socks for winter. ; 美利奴羊毛袜，冬季保暖。
Netease Yanxuan Cotton Pajama Set ; 网易严选 纯棉睡衣套装 ; Netease Yanxuan ; yanxuan ; 199.00 ; ; Soft cotton pajamas for all seasons. ; 柔软纯棉睡衣，四季可穿。
Netease Yanxuan Cashmere Scarf ; 网易严选 羊绒围巾 ; Netease Yanxuan ; yanxuan ; 299.00 ; gift ; A pure cashmere scarf in a gift box. ; 纯羊绒围巾，礼盒包装。
Li-Ning Sports Socks 3 Pairs ; 李宁 运动袜 3双装 ; Li-Ning ; lining ; 39.00 ; ; Cushioned sports socks for running and training. ; 加厚缓震运动袜，跑步训练都合适。
Li-Ning Hoodie ; 李宁 连帽卫衣 ; Li-Ning ; lining ; 299.00 ; ; A cotton-blend hoodie with the Li-Ning logo. ; 棉混纺连帽卫衣，李宁logo设计。
Li-Ning Track Pants ; 李宁 运动长裤 ; Li-Ning ; lining ; 199.00 ; ; Tapered track pants with zip pockets. ; 收脚运动长裤，拉链口袋。
Li-Ning Baseball Cap ; 李宁 棒球帽 ; Li-Ning ; lining ; 79.00 ; ; An adjustable cotton baseball cap. ; 纯棉棒球帽，尺寸可调。
Anta Crew Socks 5 Pairs ; 安踏 中筒袜 5双装 ; Anta ; anta ; 35.90 ; ; Five pairs of crew socks for daily wear. ; 日常中筒袜，5双装。
Anta Windbreaker Jacket ; 安踏 防风夹克 ; Anta ; anta ; 329.00 ; ; A light windproof jacket with a hood. ; 轻薄防风夹克，带帽设计。
Anta Quick-Dry T-Shirt ; 安踏 速干T恤 ; Anta ; anta ; 89.00 ; ; A breathable quick-dry tee for workouts. ; 透气速干，运动健身穿。
Anta Retro Sneakers ; 安踏 复古休闲鞋 ; Anta ; anta ; 259.00 ; ; Retro-style casual sneakers. ; 复古风格休闲鞋。
Nike Everyday Cushioned Socks 3 Pairs ; 耐克 训练袜 3双装 ; Nike ; nike ; 99.00 ; ; Cushioned crew socks with Dri-FIT. ; Dri-FIT速干面料，缓震中筒袜。
Nike Sportswear Club Hoodie ; 耐克 Club 连帽卫衣 ; Nike ; nike ; 399.00 ; ; A brushed-fleece hoodie for everyday comfort. ; 磨毛抓绒卫衣，日常穿着舒适。
Nike Air Force 1 '07 ; 耐克 Air Force 1 '07 板鞋 ; Nike ; nike ; 799.00 ; bestseller ; The iconic white leather sneaker. ; 经典白色皮革板鞋。

## beauty
Perfect Diary Velvet Matte Lipstick ; 完美日记 丝绒哑光口红 ; Perfect Diary ; perfect-diary ; 69.90 ; bestseller ; A soft matte lipstick that does not dry the lips. ; 柔雾哑光口红，不拔干。
Perfect Diary 12-Color Eyeshadow Palette ; 完美日记 十二色眼影盘 ; Perfect Diary ; perfect-diary ; 129.90 ; ; Twelve blendable matte and shimmer shades. ; 哑光与珠光12色，易晕染。
Perfect Diary Liquid Foundation 30ml ; 完美日记 粉底液 30ml ; Perfect Diary ; perfect-diary ; 99.90 ; ; A light, long-wearing foundation. ; 轻薄服帖，持久不脱妆。
Perfect Diary Waterproof Eyeliner ; 完美日记 防水眼线笔 ; Perfect Diary ; perfect-diary ; 39.90 ; ; A smudge-proof liquid eyeliner. ; 防水防晕染液体眼线笔。
Perfect Diary Makeup Setting Spray ; 完美日记 定妆喷雾 ; Perfect Diary ; perfect-diary ; 59.90 ; ; Keeps makeup fresh all day. ; 定妆持久，全天妆容清透。
L'Oréal Revitalift Hyaluronic Day Cream 50ml ; 欧莱雅 复颜玻尿酸面霜 50ml ; L'Oréal ; loreal ; 299.00 ; bestseller ; A plumping day cream with hyaluronic acid. ; 玻尿酸日霜，肌肤水润饱满。
L'Oréal Revitalift Hyaluronic Serum 30ml ; 欧莱雅 玻尿酸精华 30ml ; L'Oréal ; loreal ; 259.00 ; ; A hydrating serum for smoother skin. ; 补水精华，肌肤更细腻平滑。
L'Oréal Men Expert Facial Cleanser 100ml ; 欧莱雅男士 洗面奶 100ml ; L'Oréal ; loreal ; 59.90 ; ; An oil-control cleanser for men. ; 男士控油洗面奶。
L'Oréal Elvive Extraordinary Oil Shampoo 700ml ; 欧莱雅 精油洗发水 700ml ; L'Oréal ; loreal ; 79.90 ; ; A nourishing shampoo for dry hair. ; 滋养洗发水，干枯发质适用。
L'Oréal UV Perfect Sunscreen 30ml ; 欧莱雅 小金管防晒霜 30ml ; L'Oréal ; loreal ; 159.00 ; ; A light SPF50+ sunscreen for daily use. ; 轻薄SPF50+防晒，日常通勤用。
L'Oréal Micellar Cleansing Water 400ml ; 欧莱雅 卸妆水 400ml ; L'Oréal ; loreal ; 89.00 ; ; Removes makeup without rinsing. ; 免洗卸妆水，轻松卸净妆容。
SK-II Facial Treatment Essence 230ml ; SK-II 神仙水 230ml ; SK-II ; beauty-box ; 1540.00 ; imported|gift ; The famous Pitera essence for clear, radiant skin. ; 经典Pitera精华，肌肤清透有光泽。
Estée Lauder Advanced Night Repair 50ml ; 雅诗兰黛 小棕瓶精华 50ml ; Estée Lauder ; beauty-box ; 960.00 ; imported ; An overnight repair serum. ; 夜间修护精华。
Lancôme Advanced Génifique Serum 50ml ; 兰蔻 小黑瓶精华 50ml ; Lancôme ; beauty-box ; 1080.00 ; imported ; A serum that strengthens the skin barrier. ; 强韧肌肤屏障精华。
Anessa Perfect UV Sunscreen 60ml ; 安热沙 小金瓶防晒 60ml ; Anessa ; beauty-box ; 198.00 ; imported ; A waterproof SPF50+ sunscreen for the beach. ; 防水SPF50+防晒，海边出游必备。
Florasis Loose Setting Powder ; 花西子 散粉 ; Florasis ; beauty-box ; 179.00 ; ; A fine setting powder in a carved compact. ; 细腻定妆散粉，雕花粉盒。
Winona Soothing Moisturizer 50g ; 薇诺娜 舒敏保湿特护霜 50g ; Winona ; beauty-box ; 268.00 ; ; A calming cream for sensitive skin. ; 舒缓保湿霜，敏感肌适用。
Pechoin Hydrating Toner 100ml ; 百雀羚 水嫩补水爽肤水 100ml ; Pechoin ; beauty-box ; 89.00 ; ; A hydrating toner with herbal extracts. ; 草本精粹，补水保湿爽肤水。
Mentholatum Lip Balm ; 曼秀雷敦 润唇膏 ; Mentholatum ; beauty-box ; 19.90 ; ; A medicated lip balm for dry lips. ; 药用润唇膏，缓解嘴唇干燥。
Chando Hydrating Sheet Masks 10-Pack ; 自然堂 补水面膜 10片装 ; Chando ; beauty-box ; 69.00 ; ; Ten sheet masks with Himalayan spring water. ; 喜马拉雅山泉水补水面膜，10片装。
Maybelline Lash Sensational Mascara ; 美宝莲 睫毛膏 ; Maybelline ; beauty-box ; 99.00 ; ; A volumising mascara with a fanning brush. ; 扇形刷头，睫毛浓密根根分明。
Dyson Supersonic Hair Dryer ; 戴森 Supersonic 吹风机 ; Dyson ; beauty-box ; 2999.00 ; gift ; A fast, quiet hair dryer with intelligent heat control. ; 快速静音吹风机，智能温控不伤发。
Xiaomi Mijia High-Speed Hair Dryer H501 ; 米家高速吹风机 H501 ; Xiaomi ; xiaomi ; 299.00 ; ; A high-speed ionic hair dryer. ; 高速负离子吹风机。
Netease Yanxuan Cotton Pads 222 Count ; 网易严选 化妆棉 222片 ; Netease Yanxuan ; yanxuan ; 19.90 ; ; Soft lint-free cotton pads. ; 柔软不掉絮化妆棉，222片。
"""

PRODUCTS += """
## baby
Pampers Diapers Newborn 84 Count ; 帮宝适 一级帮纸尿裤 NB 84片 ; Pampers ; pampers ; 139.00 ; bestseller ; Ultra-soft diapers for newborns with a wetness indicator. ; 新生儿超柔纸尿裤，带湿显提示。
Pampers Diapers Size M 62 Count ; 帮宝适 一级帮纸尿裤 M 62片 ; Pampers ; pampers ; 149.00 ; ; Breathable diapers for babies 6 to 11 kg. ; 透气纸尿裤，适合6-11kg宝宝。
Pampers Diapers Size L 52 Count ; 帮宝适 一级帮纸尿裤 L 52片 ; Pampers ; pampers ; 149.00 ; ; Breathable diapers for babies 9 to 14 kg. ; 透气纸尿裤，适合9-14kg宝宝。
Pampers Baby-Dry Pull-Up Pants XL 42 Count ; 帮宝适 超薄干爽拉拉裤 XL 42片 ; Pampers ; pampers ; 99.00 ; ; Pull-up pants for active toddlers. ; 拉拉裤设计，爱动的宝宝穿脱方便。
Pampers Baby Wipes 6 Packs ; 帮宝适 婴儿湿巾 80抽×6包 ; Pampers ; pampers ; 59.90 ; ; Gentle, fragrance-free wipes for sensitive skin. ; 温和无香湿巾，敏感肌宝宝可用。
Feihe Xingfeifan Infant Formula Stage 1 700g ; 飞鹤 星飞帆 婴儿配方奶粉 1段 700g ; Feihe ; feihe ; 298.00 ; bestseller ; Infant formula for babies 0 to 6 months. ; 婴儿配方奶粉，适合0-6月龄。
Feihe Xingfeifan Follow-On Formula Stage 2 700g ; 飞鹤 星飞帆 较大婴儿配方奶粉 2段 700g ; Feihe ; feihe ; 288.00 ; ; Follow-on formula for babies 6 to 12 months. ; 较大婴儿配方奶粉，适合6-12月龄。
Feihe Xingfeifan Toddler Formula Stage 3 700g ; 飞鹤 星飞帆 幼儿配方奶粉 3段 700g ; Feihe ; feihe ; 268.00 ; ; Toddler formula for ages 1 to 3. ; 幼儿配方奶粉，适合1-3岁。
Feihe Zhuorui Toddler Formula Stage 3 700g ; 飞鹤 星飞帆卓睿 幼儿配方奶粉 3段 700g ; Feihe ; feihe ; 378.00 ; ; Premium toddler formula with OPO and lactoferrin. ; 高端幼儿配方奶粉，含OPO和乳铁蛋白。
Feihe Kids Growth Milk Powder 700g ; 飞鹤 儿童成长奶粉 4段 700g ; Feihe ; feihe ; 198.00 ; ; Growth milk powder for children 3 and up. ; 儿童成长奶粉，适合3岁以上。
Huggies Gold Diapers Size M 50 Count ; 好奇 金装纸尿裤 M 50片 ; Huggies ; baby-world ; 119.00 ; ; Soft diapers with a fast-absorbing core. ; 柔软纸尿裤，快速吸收芯体。
Merries Diapers Size L 54 Count ; 花王 妙而舒 纸尿裤 L 54片 ; Merries ; baby-world ; 139.00 ; imported ; Air-through diapers from Japan. ; 日本原装透气纸尿裤。
Aptamil Profutura Infant Formula Stage 1 800g ; 爱他美 卓萃 婴儿配方奶粉 1段 800g ; Aptamil ; baby-world ; 398.00 ; imported ; Imported infant formula for babies 0 to 6 months. ; 进口婴儿配方奶粉，适合0-6月龄。
Pigeon Wide-Neck Glass Baby Bottle 160ml ; 贝亲 宽口径玻璃奶瓶 160ml ; Pigeon ; baby-world ; 89.00 ; ; A glass bottle with a soft natural-feel teat. ; 宽口径玻璃奶瓶，仿母乳柔软奶嘴。
Pigeon Baby Bottle Cleanser 700ml ; 贝亲 奶瓶清洗剂 700ml ; Pigeon ; baby-world ; 39.90 ; ; A plant-based cleanser for bottles and toys. ; 植物配方清洗剂，奶瓶玩具都能洗。
Goodbaby Lightweight Stroller ; 好孩子 轻便婴儿推车 ; Goodbaby ; baby-world ; 899.00 ; ; A one-hand-fold stroller for newborns and toddlers. ; 单手收车，新生儿到幼儿都能用。
Goodbaby Child Car Seat ; 好孩子 儿童安全座椅 ; Goodbaby ; baby-world ; 1299.00 ; ; An ISOFIX car seat for ages 0 to 7. ; ISOFIX接口，适合0-7岁。
Babycare Baby Wipes 10 Packs ; babycare 婴儿湿巾 80抽×10包 ; Babycare ; baby-world ; 69.90 ; bestseller ; Thick, soft wipes for hands and faces. ; 加厚柔软湿巾，擦手擦脸都合适。
Babycare Hip Seat Baby Carrier ; babycare 婴儿腰凳背带 ; Babycare ; baby-world ; 299.00 ; ; An ergonomic hip-seat carrier that saves your back. ; 人体工学腰凳，减轻腰背负担。
Johnson's Baby Lotion 500ml ; 强生 婴儿润肤露 500ml ; Johnson's ; baby-world ; 49.90 ; ; A mild moisturising lotion for baby skin. ; 温和滋润，呵护宝宝肌肤。
LEGO Duplo Number Train ; 乐高 得宝 数字火车 ; LEGO ; baby-world ; 199.00 ; gift ; A big-brick train that teaches numbers. ; 大颗粒积木火车，玩中认识数字。
Fisher-Price Musical Play Gym ; 费雪 音乐健身架 ; Fisher-Price ; baby-world ; 299.00 ; gift ; A play mat with music, lights and hanging toys. ; 音乐灯光加悬挂玩具，宝宝游戏垫。
Netease Yanxuan Baby Cotton Bodysuits 3-Pack ; 网易严选 婴儿纯棉连体衣 3件装 ; Netease Yanxuan ; yanxuan ; 129.00 ; ; Soft organic cotton bodysuits with snap buttons. ; 有机棉连体衣，按扣设计，柔软亲肤。

## home
Haier 470L French Door Refrigerator ; 海尔 470升 多门冰箱 ; Haier ; haier ; 3999.00 ; bestseller ; A frost-free fridge with a flexible zone. ; 无霜多门冰箱，带变温区。
Haier 10kg Front Load Washing Machine ; 海尔 10公斤 滚筒洗衣机 ; Haier ; haier ; 2299.00 ; ; A quiet inverter washer with steam care. ; 变频静音滚筒洗衣机，蒸汽护理。
Haier 60L Electric Water Heater ; 海尔 60升 电热水器 ; Haier ; haier ; 999.00 ; ; A fast-heating water heater with a safety valve. ; 速热电热水器，配安全阀。
Haier 200L Chest Freezer ; 海尔 200升 冷柜 ; Haier ; haier ; 1299.00 ; ; A large chest freezer with a switchable fridge mode. ; 大容量卧式冷柜，冷藏冷冻可切换。
Haier 10kg Heat Pump Dryer ; 海尔 10公斤 热泵干衣机 ; Haier ; haier ; 3599.00 ; ; A gentle, energy-saving clothes dryer. ; 热泵低温烘干，节能护衣。
Gree 1.5HP Inverter Air Conditioner ; 格力 1.5匹 变频空调 ; Gree ; gree ; 3299.00 ; bestseller ; A quiet, energy-efficient split air conditioner. ; 静音节能变频分体空调。
Gree Tower Fan ; 格力 塔扇 ; Gree ; gree ; 299.00 ; ; A slim bladeless-style tower fan with a remote. ; 纤薄塔扇，类无叶设计，带遥控。
Gree Dehumidifier 20L ; 格力 除湿机 20L ; Gree ; gree ; 1299.00 ; ; Removes 20 litres of moisture a day. ; 日除湿量20升。
Gree Electric Heater ; 格力 取暖器 ; Gree ; gree ; 399.00 ; ; A fast-warming heater for bedrooms and offices. ; 速热取暖器，卧室、办公室都适用。
Gree Air Purifier ; 格力 空气净化器 ; Gree ; gree ; 1599.00 ; ; Filters PM2.5 and formaldehyde. ; 过滤PM2.5与甲醛。
Midea DC Floor Fan ; 美的 直流落地扇 ; Midea ; midea ; 249.00 ; ; A near-silent DC fan with 12 speeds. ; 直流电机近乎静音，12档风速。
Xiaomi Mijia Air Purifier 4 ; 米家空气净化器 4 ; Xiaomi ; xiaomi ; 899.00 ; ; A smart air purifier for rooms up to 48 square metres. ; 智能空气净化器，适用48平方米以内房间。
Xiaomi Mijia Robot Vacuum-Mop 2 ; 米家扫拖机器人 2 ; Xiaomi ; xiaomi ; 1599.00 ; ; A robot that sweeps and mops with laser navigation. ; 扫拖一体机器人，激光导航。
Xiaomi Mijia Desk Lamp 1S ; 米家台灯 1S ; Xiaomi ; xiaomi ; 169.00 ; ; A flicker-free smart desk lamp. ; 无频闪智能台灯。
Netease Yanxuan Cotton Bath Towel ; 网易严选 纯棉浴巾 ; Netease Yanxuan ; yanxuan ; 69.00 ; ; A large, thick bath towel in long-staple cotton. ; 长绒棉大浴巾，厚实柔软。
Netease Yanxuan Memory Foam Pillow ; 网易严选 记忆棉枕头 ; Netease Yanxuan ; yanxuan ; 199.00 ; bestseller ; A slow-rebound pillow that supports the neck. ; 慢回弹记忆棉，贴合支撑颈部。
Netease Yanxuan Mulberry Silk Duvet ; 网易严选 桑蚕丝被 ; Netease Yanxuan ; yanxuan ; 899.00 ; ; A light, breathable silk duvet. ; 轻盈透气桑蚕丝被。
Netease Yanxuan Cotton Bedding Set 4-Piece ; 网易严选 纯棉床品四件套 ; Netease Yanxuan ; yanxuan ; 399.00 ; ; Duvet cover, sheet and two pillowcases in soft cotton. ; 被套、床单加两只枕套，纯棉柔软。
Netease Yanxuan Scented Candle ; 网易严选 香薰蜡烛 ; Netease Yanxuan ; yanxuan ; 59.00 ; gift ; A soy wax candle with a calming scent. ; 大豆蜡香薰蜡烛，舒缓放松。
Netease Yanxuan Blackout Curtains 2 Panels ; 网易严选 遮光窗帘 2片 ; Netease Yanxuan ; yanxuan ; 259.00 ; ; Thick curtains that block 99% of light. ; 加厚遮光窗帘，遮光率达99%。
Jieliya Cotton Bath Towels 2-Pack ; 洁丽雅 纯棉浴巾 2条装 ; Jieliya ; home-living ; 79.90 ; ; Two soft, absorbent cotton bath towels. ; 纯棉浴巾柔软吸水，2条装。
Tenma Foldable Storage Boxes 3-Pack ; 天马 可折叠收纳箱 3个装 ; Tenma ; home-living ; 89.00 ; ; Stackable storage boxes that fold flat. ; 可叠放收纳箱，不用时折叠收起。
Tenma Velvet Hangers 20-Pack ; 天马 植绒衣架 20个装 ; Tenma ; home-living ; 39.90 ; ; Slim non-slip hangers that save wardrobe space. ; 纤薄防滑衣架，节省衣柜空间。
Opple LED Ceiling Light ; 欧普 LED吸顶灯 ; Opple ; home-living ; 299.00 ; ; A dimmable LED ceiling light for living rooms. ; 可调光LED吸顶灯，适合客厅。
Philips LED Bulbs 6-Pack ; 飞利浦 LED灯泡 6只装 ; Philips ; home-living ; 49.90 ; ; Energy-saving E27 LED bulbs. ; 节能E27螺口LED灯泡。
Dyson V12 Cordless Vacuum ; 戴森 V12 无绳吸尘器 ; Dyson ; home-living ; 3990.00 ; ; A light cordless vacuum with a laser dust detector. ; 轻量无绳吸尘器，激光显尘。
Bull Power Strip 6 Outlets ; 公牛 插线板 6位 ; Bull ; home-living ; 59.90 ; ; A six-outlet power strip with overload protection. ; 6位插线板，过载保护。

## sports
Li-Ning Feidian 3 Racing Running Shoes ; 李宁 飞电3 竞速跑鞋 ; Li-Ning ; lining ; 999.00 ; new ; Carbon-plated racing shoes for race day. ; 碳板竞速跑鞋，比赛日利器。
Li-Ning Chitu 6 Running Shoes ; 李宁 赤兔6 跑鞋 ; Li-Ning ; lining ; 399.00 ; bestseller ; Light, responsive running shoes for daily training. ; 轻量回弹，日常训练跑鞋。
Li-Ning Badminton Racket ; 李宁 羽毛球拍 ; Li-Ning ; lining ; 299.00 ; ; A full-carbon badminton racket. ; 全碳素羽毛球拍。
Li-Ning Basketball Size 7 ; 李宁 7号篮球 ; Li-Ning ; lining ; 129.00 ; ; A grippy indoor and outdoor basketball. ; 室内外通用篮球，抓握手感好。
Anta C202 Racing Running Shoes ; 安踏 C202 竞速跑鞋 ; Anta ; anta ; 699.00 ; ; Marathon racing shoes with a carbon plate. ; 碳板马拉松竞速跑鞋。
Anta Mach 3 Running Shoes ; 安踏 马赫3 跑鞋 ; Anta ; anta ; 499.00 ; ; Bouncy running shoes for speed sessions. ; 弹性十足，适合速度训练。
Anta KT9 Basketball Shoes ; 安踏 KT9 篮球鞋 ; Anta ; anta ; 999.00 ; ; Klay Thompson's signature basketball shoes. ; 克莱·汤普森签名篮球鞋。
Nike Pegasus 40 Running Shoes ; 耐克 Pegasus 40 跑鞋 ; Nike ; nike ; 899.00 ; bestseller ; The everyday running shoe with React foam. ; React泡棉日常跑鞋。
Nike Invincible 3 Running Shoes ; 耐克 Invincible 3 跑鞋 ; Nike ; nike ; 1399.00 ; ; Maximum-cushion running shoes for long runs. ; 极致缓震，适合长距离跑。
Nike Dri-FIT Running Shorts ; 耐克 Dri-FIT 跑步短裤 ; Nike ; nike ; 249.00 ; ; Lightweight shorts with a built-in brief. ; 轻量跑步短裤，内置内衬。
Decathlon Kalenji Running Shoes ; 迪卡侬 Kalenji 跑鞋 ; Decathlon ; decathlon ; 199.90 ; ; Cushioned running shoes for beginners. ; 缓震跑鞋，跑步新手入门之选。
Decathlon Yoga Mat 8mm ; 迪卡侬 瑜伽垫 8mm ; Decathlon ; decathlon ; 99.90 ; ; A thick, non-slip yoga mat. ; 加厚防滑瑜伽垫。
Decathlon Adjustable Dumbbells 20kg ; 迪卡侬 可调节哑铃 20kg ; Decathlon ; decathlon ; 399.90 ; ; A dumbbell set that adjusts from 2 to 20 kg. ; 2-20kg自由调节哑铃套装。
Decathlon Quechua 2-Person Pop-Up Tent ; 迪卡侬 Quechua 2人速开帐篷 ; Decathlon ; decathlon ; 399.90 ; ; A tent that pitches itself in two seconds. ; 2秒速开帐篷，自动成型。
Decathlon Swimming Goggles ; 迪卡侬 泳镜 ; Decathlon ; decathlon ; 49.90 ; ; Anti-fog swimming goggles. ; 防雾泳镜。
Decathlon Hiking Backpack 20L ; 迪卡侬 徒步背包 20L ; Decathlon ; decathlon ; 79.90 ; ; A light daypack for hikes and trips. ; 轻便双肩包，徒步出游都合适。
Xiaomi Mijia Walking Pad C2 ; 米家 走步机 C2 ; Xiaomi ; xiaomi ; 1499.00 ; ; A foldable walking pad that fits under the sofa. ; 可折叠走步机，能收进沙发底。
Keep Smart Jump Rope ; Keep 智能跳绳 ; Keep ; sports-hub ; 99.00 ; ; A jump rope that counts your skips. ; 自动计数智能跳绳。
Keep TPE Yoga Mat 6mm ; Keep TPE瑜伽垫 6mm ; Keep ; sports-hub ; 89.00 ; ; A light two-tone TPE yoga mat. ; 轻便双色TPE瑜伽垫。
Keep Resistance Bands Set of 5 ; Keep 弹力带 5件套 ; Keep ; sports-hub ; 49.90 ; ; Five resistance levels for home workouts. ; 5档阻力，居家健身。
Yonex Badminton Shuttlecocks 12-Pack ; 尤尼克斯 羽毛球 12只装 ; Yonex ; sports-hub ; 99.00 ; ; Durable feather shuttlecocks. ; 耐打羽毛球，12只装。
Spalding Basketball Size 7 ; 斯伯丁 7号篮球 ; Spalding ; sports-hub ; 199.00 ; ; A composite leather basketball. ; 复合皮篮球。
DHS Table Tennis Paddle ; 红双喜 乒乓球拍 ; DHS ; sports-hub ; 159.00 ; ; A five-ply table tennis paddle with rubbers. ; 五层底板乒乓球拍，已贴胶皮。
Nalgene Wide Mouth Water Bottle 1L ; 乐基因 宽口运动水壶 1L ; Nalgene ; sports-hub ; 129.00 ; ; A tough BPA-free water bottle. ; 结实耐用运动水壶，不含BPA。
Giant Cycling Helmet ; 捷安特 骑行头盔 ; Giant ; sports-hub ; 299.00 ; ; A light, ventilated road cycling helmet. ; 轻量透气公路骑行头盔。

## books
The Three-Body Trilogy Box Set ; 三体 全集（共3册） ; Chongqing Press ; jd-books ; 93.00 ; bestseller ; Liu Cixin's Hugo-winning science fiction trilogy. ; 刘慈欣雨果奖科幻三部曲。
The Wandering Earth ; 流浪地球 ; Chongqing Press ; jd-books ; 32.00 ; ; Liu Cixin's short stories about humanity's future. ; 刘慈欣短篇小说集，讲述人类的未来。
To Live ; 活着 ; Writers Publishing House ; jd-books ; 28.00 ; bestseller ; Yu Hua's moving novel of one man's life. ; 余华代表作，一个人一生的动人故事。
Dream of the Red Chamber ; 红楼梦 ; People's Literature Publishing House ; jd-books ; 59.70 ; ; The classic novel of a great family's rise and fall. ; 古典名著，一个大家族的兴衰。
Journey to the West ; 西游记 ; People's Literature Publishing House ; jd-books ; 49.00 ; ; The adventures of the Monkey King. ; 美猴王的西天取经之路。
Fortress Besieged ; 围城 ; People's Literature Publishing House ; jd-books ; 39.00 ; ; Qian Zhongshu's witty novel about marriage and ambition. ; 钱钟书妙笔写婚姻与人生抱负。
The Little Prince ; 小王子 ; People's Literature Publishing House ; jd-books ; 25.00 ; gift ; A timeless fable for children and adults. ; 写给孩子也写给大人的经典童话。
Harry Potter Complete Set (Chinese Edition) ; 哈利·波特 全集（共7册） ; People's Literature Publishing House ; jd-books ; 498.00 ; gift ; All seven Harry Potter books in Chinese. ; 哈利·波特七册中文版全集。
Principles ; 原则 ; CITIC Press ; jd-books ; 98.00 ; ; Ray Dalio's rules for life and work. ; 瑞·达利欧的生活与工作原则。
Sapiens: A Brief History of Humankind ; 人类简史 ; CITIC Press ; jd-books ; 68.00 ; bestseller ; Yuval Noah Harari's history of our species. ; 尤瓦尔·赫拉利讲述人类的简史。
Poor Charlie's Almanack ; 穷查理宝典 ; CITIC Press ; jd-books ; 88.00 ; ; The wit and wisdom of Charlie Munger. ; 查理·芒格的智慧箴言。
Guns, Germs, and Steel ; 枪炮、病菌与钢铁 ; CITIC Press ; jd-books ; 80.00 ; ; Why some societies came to dominate others. ; 探究为何一些社会能够主宰另一些社会。
The Psychology of Money ; 金钱心理学 ; CITIC Press ; jd-books ; 59.00 ; ; Timeless lessons on wealth and happiness. ; 关于财富与幸福的永恒法则。
Python Crash Course (Chinese Edition) ; Python编程 从入门到实践 ; Posts & Telecom Press ; jd-books ; 109.80 ; ; A hands-on introduction to programming in Python. ; 动手实践的Python编程入门书。
Introduction to Algorithms (Chinese Edition) ; 算法导论 ; China Machine Press ; jd-books ; 128.00 ; ; The standard textbook on algorithms. ; 算法领域的经典标准教材。
Computer Systems: A Programmer's Perspective (Chinese Edition) ; 深入理解计算机系统 ; China Machine Press ; jd-books ; 139.00 ; ; How computers really run your programs. ; 讲透计算机如何真正运行你的程序。
One Hundred Years of Solitude ; 百年孤独 ; Thinkingdom ; jd-books ; 55.00 ; ; Gabriel García Márquez's masterpiece. ; 加西亚·马尔克斯的传世杰作。
The Kite Runner ; 追风筝的人 ; Shanghai People's Publishing House ; jd-books ; 36.00 ; ; A story of friendship and redemption in Afghanistan. ; 发生在阿富汗的友谊与救赎的故事。
The Analects ; 论语 ; Zhonghua Book Company ; jd-books ; 29.00 ; ; The sayings of Confucius with notes. ; 孔子语录，附注释。
Records of the Grand Historian ; 史记 ; Zhonghua Book Company ; jd-books ; 128.00 ; ; Sima Qian's history of ancient China. ; 司马迁记述的中国古代历史。
Xinhua Dictionary 12th Edition ; 新华字典 第12版 ; The Commercial Press ; jd-books ; 24.90 ; bestseller ; The pocket dictionary every student in China uses. ; 中国学生人手一本的小字典。
Oxford Advanced Learner's Dictionary 10th Edition ; 牛津高阶英汉双解词典 第10版 ; The Commercial Press ; jd-books ; 169.00 ; ; The English-Chinese learner's dictionary. ; 英汉双解学习词典。
Atomic Habits (English Edition) ; 原子习惯（英文原版） ; Penguin Random House ; jd-books ; 89.00 ; imported ; Small changes that bring remarkable results. ; 微小改变，带来惊人成果。
Harry Potter and the Philosopher's Stone (English Edition) ; 哈利·波特与魔法石（英文原版） ; Bloomsbury ; jd-books ; 69.00 ; imported ; The first Harry Potter book in the original English. ; 哈利·波特系列第一部，英文原版。
Nineteen Eighty-Four (English Edition) ; 一九八四（英文原版） ; Penguin Books ; jd-books ; 49.00 ; imported ; George Orwell's classic dystopian novel. ; 乔治·奥威尔的经典反乌托邦小说。
The Great Gatsby (English Edition) ; 了不起的盖茨比（英文原版） ; Penguin Books ; jd-books ; 39.00 ; imported ; F. Scott Fitzgerald's novel of the Jazz Age. ; 菲茨杰拉德笔下的爵士时代。
One Hundred Thousand Whys ; 十万个为什么 ; Juvenile & Children's Publishing House ; jd-books ; 98.00 ; ; The classic science Q&A book for curious kids. ; 写给好奇孩子的经典科普问答。

## pets
Royal Canin Indoor Adult Cat Food 2kg ; 皇家 室内成猫猫粮 2kg ; Royal Canin ; royal-canin ; 189.00 ; bestseller ; Balanced dry food for indoor adult cats. ; 室内成猫均衡营养干粮。
Royal Canin Persian Adult Cat Food 2kg ; 皇家 波斯成猫猫粮 2kg ; Royal Canin ; royal-canin ; 209.00 ; ; Almond-shaped kibble made for Persian cats. ; 杏仁形颗粒，专为波斯猫设计。
Royal Canin Hair & Skin Cat Food 2kg ; 皇家 美毛成猫猫粮 2kg ; Royal Canin ; royal-canin ; 199.00 ; ; Dry cat food for a shiny coat. ; 美毛配方猫粮，毛发亮泽。
Royal Canin Wet Cat Food Pouches 12 x 85g ; 皇家 猫湿粮包 85g×12 ; Royal Canin ; royal-canin ; 129.00 ; ; Tender chunks in gravy for adult cats. ; 肉块浸汁湿粮，成猫适用。
Royal Canin Mini Adult Dog Food 2kg ; 皇家 小型犬成犬狗粮 2kg ; Royal Canin ; royal-canin ; 159.00 ; ; Dry food for small dogs under 10 kg. ; 10kg以下小型犬成犬干粮。
Royal Canin Medium Adult Dog Food 4kg ; 皇家 中型犬成犬狗粮 4kg ; Royal Canin ; royal-canin ; 299.00 ; ; Dry food for medium dogs from 11 to 25 kg. ; 11-25kg中型犬成犬干粮。
Pedigree Adult Dog Food Beef 7.5kg ; 宝路 成犬狗粮 牛肉味 7.5kg ; Pedigree ; pet-paradise ; 139.00 ; bestseller ; Complete dry dog food with real beef. ; 真牛肉全价成犬干粮。
Pedigree Dentastix 7 Sticks ; 宝路 洁齿棒 7支 ; Pedigree ; pet-paradise ; 19.90 ; ; Dental chews that clean teeth. ; 磨牙洁齿零食。
Pedigree Wet Dog Food 12 Pouches ; 宝路 狗湿粮包 12包 ; Pedigree ; pet-paradise ; 49.90 ; ; Meaty pouches dogs love. ; 肉香浓郁湿粮包，狗狗爱吃。
Whiskas Adult Cat Food Tuna 3.6kg ; 伟嘉 成猫猫粮 金枪鱼味 3.6kg ; Whiskas ; pet-paradise ; 119.00 ; ; Crunchy tuna-flavoured cat food. ; 金枪鱼味酥脆猫粮。
Myfoodie Grain-Free Cat Food 1.5kg ; 麦富迪 无谷猫粮 1.5kg ; Myfoodie ; pet-paradise ; 89.00 ; ; Grain-free cat food rich in fresh meat. ; 无谷配方，富含鲜肉。
Myfoodie Beef Jerky Dog Treats 400g ; 麦富迪 牛肉粒 狗零食 400g ; Myfoodie ; pet-paradise ; 39.90 ; ; Chewy beef training treats. ; 有嚼劲的牛肉训练零食。
Inaba Churu Cat Treats 20 Sticks ; 伊纳宝 妙好 猫条 20支 ; Inaba ; pet-paradise ; 49.90 ; imported ; Lickable tuna puree treats from Japan. ; 日本金枪鱼泥猫条，舔食零食。
Petkit Smart Pet Water Fountain ; 小佩 智能宠物饮水机 ; Petkit ; pet-paradise ; 199.00 ; ; A quiet filtered fountain that keeps water fresh. ; 静音过滤饮水机，水质保持新鲜。
Petkit Automatic Pet Feeder ; 小佩 自动喂食器 ; Petkit ; pet-paradise ; 399.00 ; new ; A smart feeder with app-scheduled meals. ; APP定时定量智能喂食。
Petkit Pet Nail Clipper ; 小佩 宠物指甲剪 ; Petkit ; pet-paradise ; 39.00 ; ; A safe nail clipper with a guard. ; 带护罩的宠物指甲剪，修剪更安全。
Flexi Retractable Dog Leash 5m ; Flexi 自动伸缩牵引绳 5米 ; Flexi ; pet-paradise ; 129.00 ; ; A 5-metre retractable leash for dogs up to 25 kg. ; 5米自动伸缩，适合25kg以下犬只。
KONG Classic Dog Toy Medium ; KONG 经典狗玩具 中号 ; KONG ; pet-paradise ; 89.00 ; ; A tough rubber toy you can fill with treats. ; 耐咬橡胶玩具，可塞零食。
KONG Cat Teaser Wand ; KONG 逗猫棒 ; KONG ; pet-paradise ; 29.90 ; ; A feather wand toy for playful cats. ; 羽毛逗猫棒，陪猫咪玩耍。
FURminator Deshedding Brush ; FURminator 宠物去浮毛梳 ; FURminator ; pet-paradise ; 159.00 ; ; Removes loose undercoat hair. ; 有效去除底层浮毛。
Netease Yanxuan Tofu Cat Litter 6L x 4 ; 网易严选 豆腐猫砂 6L×4包 ; Netease Yanxuan ; yanxuan ; 79.00 ; bestseller ; Flushable, low-dust tofu cat litter. ; 可冲马桶，低粉尘豆腐猫砂。
Netease Yanxuan Corrugated Cat Scratcher ; 网易严选 瓦楞纸猫抓板 ; Netease Yanxuan ; yanxuan ; 39.00 ; ; A sturdy cardboard scratcher that saves your sofa. ; 结实耐抓，保护沙发。
Netease Yanxuan Washable Pet Bed ; 网易严选 可水洗宠物窝 ; Netease Yanxuan ; yanxuan ; 129.00 ; ; A soft bed with a removable washable cover. ; 柔软宠物窝，外罩可拆洗。
"""

# Stock 0 (sold out) and stock 1-3 (almost gone), by product name. Everything else: 20-500.
STOCK = {
    "Huawei Pura 70 Ultra": 0,
    "Chilean Cherries JJ Grade 2.5kg": 0,
    "Feihe Zhuorui Toddler Formula Stage 3 700g": 0,
    "Apple iPhone 15 Pro Max 256GB": 2,
    "Tiger IH Rice Cooker 5.5L": 3,
    "SK-II Facial Treatment Essence 230ml": 1,
    "Dyson Supersonic Hair Dryer": 2,
    "Lenovo ThinkPad X1 Carbon": 3,
    "Harry Potter Complete Set (Chinese Edition)": 1,
    "Goodbaby Child Car Seat": 2,
    "Decathlon Quechua 2-Person Pop-Up Tent": 3,
    "Xiaomi MIX Fold 3": 1,
    "Norwegian Salmon Fillet 500g": 2,
}
DEAL_SHARE = 0.15


def parse_products():
    rows, category = [], None
    for line in PRODUCTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            category = line[3:].strip()
            assert category in CATEGORIES, category
            continue
        fields = [f.strip() for f in line.split(";")]
        assert len(fields) == 8, line
        name, name_zh, brand, store, price, tags, description, description_zh = fields
        rows.append({"name": name, "name_zh": name_zh, "brand": brand, "category": category,
                     "store": store, "price": price, "tags": [t for t in tags.split("|") if t],
                     "description": description, "description_zh": description_zh})
    return rows


def build_catalog():
    rng = random.Random(SEED)
    products = parse_products()
    for i, p in enumerate(products):
        p["sku"] = "P%d" % (1001 + i)
        if p["name"] in STOCK:
            p["stock"] = STOCK[p["name"]]
        elif "bestseller" in p["tags"]:
            p["stock"] = rng.randint(150, 500)
        else:
            p["stock"] = rng.randint(20, 400)
        rating = rng.triangular(3.5, 5.0, 4.7)
        if "bestseller" in p["tags"]:
            rating = max(rating, 4.6)
        p["rating"] = "%.1f" % min(5.0, max(3.5, rating))
    # Daily deals: about 15% of each category, never a sold-out product.
    for category in CATEGORIES:
        candidates = [p for p in products if p["category"] == category and p["stock"] > 0]
        count = max(2, round(DEAL_SHARE * len([p for p in products if p["category"] == category])))
        for p in rng.sample(candidates, count):
            p["tags"].insert(0, "deal")
    for p in products:
        if p["stock"] <= 3 and p["stock"] > 0 and "limited" not in p["tags"]:
            p["tags"].append("limited")
    return products


def csv_text(rows, header):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def product_row(p):
    return [p["sku"], p["name"], p["name_zh"], p["brand"], p["category"], CATEGORY_ZH[p["category"]],
            p["store"], p["price"], str(p["stock"]), p["rating"], "|".join(p["tags"]), p["description"],
            p["description_zh"]]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print("wrote %s" % os.path.relpath(path, ROOT))


def check(products):
    store_ids = [s[0] for s in STORES]
    assert len(set(store_ids)) == len(store_ids)
    assert len(products) >= 300, len(products)
    assert len({p["name"] for p in products}) == len(products), "duplicate names"
    assert len({p["name_zh"] for p in products}) == len(products), "duplicate Chinese names"
    for p in products:
        assert p["store"] in store_ids, p["store"]
        whole, _, cents = p["price"].partition(".")
        assert whole.isdigit() and len(cents) == 2 and cents.isdigit(), p["price"]
        assert 3.50 <= float(p["price"]) <= 9999.00, p["price"]
        assert 3.5 <= float(p["rating"]) <= 5.0
        for word in ("panda", "kitten", "熊猫", "小猫"):  # reserved for dialogs/fixtures
            assert word not in (p["name"] + p["name_zh"] + p["brand"] + p["description"] + p["description_zh"]).lower(), p
    for category in CATEGORIES:
        assert sum(p["category"] == category for p in products) >= 20, category
        assert CATEGORY_ZH.get(category), category
    for p in products:
        assert p["name_zh"] and p["description_zh"], p["name"]
    for store in store_ids:
        assert sum(p["store"] == store for p in products) >= 5, store
    assert sum(p["stock"] == 0 for p in products) == 3


def main():
    products = build_catalog()
    check(products)
    write(os.path.join(RESOURCES, "demo-catalog.csv"),
          csv_text([product_row(p) for p in products], HEADER))
    write(os.path.join(RESOURCES, "demo-stores.csv"),
          csv_text([list(s) for s in STORES], ["id", "name", "name_zh", "description"]))


if __name__ == "__main__":
    main()
