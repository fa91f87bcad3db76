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

HEADER = ["sku", "name", "name_zh", "brand", "category", "store", "price", "stock", "rating", "tags",
          "description"]
CATEGORIES = ["daily", "food", "kitchen", "electronics", "phones", "clothing", "beauty", "baby",
              "home", "sports", "books", "pets"]

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

# Products in SKU order. Each line (fields split on ";"): name ; name_zh ; brand ; store ; price ; tags ; description.
# "## category" starts a category. The first five products are fixed (tests and docs use them).
PRODUCTS = """
## kitchen
Midea Rice Cooker 4L ; 美的电饭煲 4L ; Midea ; midea ; 259.00 ; bestseller ; A 4-litre rice cooker with 12 cooking programs and a non-stick inner pot.
Supor Rice Cooker 5L ; 苏泊尔电饭煲 5L ; Supor ; supor ; 399.00 ; bestseller ; A family-size rice cooker with a thick spherical inner pot.
## daily
Bamboo Toothbrush 4-Pack ; 竹炭牙刷 4支装 ; Darlie ; jd-supermarket ; 19.90 ; bestseller ; Soft charcoal-infused bristles on bamboo handles, four per pack.
## clothing
Cotton Socks 5 Pairs ; 纯棉袜子 5双 ; Uniqlo ; uniqlo ; 59.00 ; bestseller ; Breathable combed-cotton crew socks in five colours.
## phones
Xiaomi Redmi Note 13 Pro ; 小米红米 Note 13 Pro ; Xiaomi ; xiaomi ; 1399.00 ; bestseller ; A 200MP camera phone with a 120Hz AMOLED screen and 67W charging.

## daily
Colgate Optic White Toothpaste 120g ; 高露洁 光感白牙膏 120g ; Colgate ; jd-supermarket ; 24.90 ; bestseller ; Whitening toothpaste that lifts surface stains.
Colgate Slim Soft Toothbrush 3-Pack ; 高露洁 细毛软毛牙刷 3支装 ; Colgate ; jd-supermarket ; 29.90 ; ; Ultra-thin soft bristles that are gentle on sensitive gums.
Colgate Plax Mouthwash 500ml ; 高露洁 贝齿漱口水 500ml ; Colgate ; jd-supermarket ; 32.90 ; ; Alcohol-free mouthwash for fresh breath.
Darlie Double Action Toothpaste 225g ; 黑人 双重薄荷牙膏 225g ; Darlie ; jd-supermarket ; 15.90 ; ; Double mint toothpaste for fresh breath all day.
Darlie Tea Care Toothpaste 190g ; 黑人 茶倍健牙膏 190g ; Darlie ; jd-supermarket ; 19.90 ; ; Green tea toothpaste that fights tea and coffee stains.
Xiaomi Mijia Sonic Electric Toothbrush T302 ; 米家声波电动牙刷 T302 ; Xiaomi ; xiaomi ; 129.00 ; new ; A sonic toothbrush with a 150-day battery.
Oral-B iO3 Electric Toothbrush ; 欧乐B iO3 电动牙刷 ; Oral-B ; jd-supermarket ; 599.00 ; gift ; A magnetic electric toothbrush with a smart pressure sensor.
Vinda Facial Tissues 3-Ply 24 Packs ; 维达 抽纸 3层 24包 ; Vinda ; jd-supermarket ; 49.90 ; bestseller ; Soft three-ply facial tissues in a value case.
Vinda Toilet Paper 27 Rolls ; 维达 卷纸 27卷 ; Vinda ; jd-supermarket ; 59.90 ; ; Strong four-ply toilet rolls for the whole family.
Vinda Pocket Tissues 18 Packs ; 维达 手帕纸 18包 ; Vinda ; jd-supermarket ; 9.90 ; ; Pocket-sized tissues for bags and cars.
Tempo Facial Tissues 4-Ply 18 Packs ; 得宝 抽纸 4层 18包 ; Tempo ; jd-supermarket ; 69.90 ; ; Thick four-ply tissues that stay strong when wet.
Blue Moon Laundry Detergent 3kg ; 蓝月亮 深层洁净洗衣液 3kg ; Blue Moon ; jd-supermarket ; 49.90 ; bestseller ; Deep-clean liquid detergent with a fresh lavender scent.
Liby Laundry Pods 52 Count ; 立白 洗衣凝珠 52颗 ; Liby ; jd-supermarket ; 59.90 ; ; Pre-measured laundry pods that dissolve in cold water.
Dettol Hand Wash 500ml ; 滴露 抑菌洗手液 500ml ; Dettol ; jd-supermarket ; 26.90 ; ; Antibacterial hand wash for everyday hygiene.
Safeguard Bar Soap 3-Pack ; 舒肤佳 香皂 3块装 ; Safeguard ; jd-supermarket ; 16.90 ; ; Classic germ-protection soap bars.
Dove Deep Moisture Body Wash 1kg ; 多芬 深层滋润沐浴露 1kg ; Dove ; jd-supermarket ; 59.90 ; ; A creamy body wash that leaves skin soft.
Head & Shoulders Anti-Dandruff Shampoo 750ml ; 海飞丝 去屑洗发水 750ml ; Head & Shoulders ; jd-supermarket ; 79.90 ; ; Anti-dandruff shampoo for a clean, itch-free scalp.
Kleenex Flushable Wet Wipes 3 Packs ; 舒洁 湿厕纸 80片×3包 ; Kleenex ; jd-supermarket ; 39.90 ; ; Flushable wet wipes for gentle cleaning.
Jieliya Cotton Towels 3-Pack ; 洁丽雅 纯棉毛巾 3条装 ; Jieliya ; jd-supermarket ; 29.90 ; bestseller ; Absorbent cotton face towels in three colours.
Gillette Mach3 Razor with 5 Blades ; 吉列 锋速3 剃须刀 含5刀头 ; Gillette ; jd-supermarket ; 89.00 ; ; A three-blade razor with five refill cartridges.
Sofy Sanitary Pads 40 Count ; 苏菲 卫生巾 40片 ; Sofy ; jd-supermarket ; 35.90 ; ; Ultra-thin day pads with a soft cotton surface.
Paradise Folding Umbrella ; 天堂伞 三折晴雨伞 ; Paradise ; jd-supermarket ; 39.90 ; ; A compact three-fold umbrella for sun and rain.
Raid Mosquito Repellent Liquid 4 Refills ; 雷达 电热蚊香液 4瓶 ; Raid ; jd-supermarket ; 29.90 ; ; Odourless plug-in mosquito repellent refills.
Winner Disposable Face Masks 50 Count ; 稳健 一次性医用口罩 50只 ; Winner ; jd-supermarket ; 19.90 ; ; Three-layer disposable masks, individually packed.
Netease Yanxuan Bamboo Toothbrush 8-Pack ; 网易严选 竹柄牙刷 8支装 ; Netease Yanxuan ; yanxuan ; 29.90 ; organic ; Biodegradable bamboo handles with soft bristles.
Netease Yanxuan Dental Floss Picks 200 Count ; 网易严选 牙线棒 200支 ; Netease Yanxuan ; yanxuan ; 15.90 ; ; Flat floss picks in a resealable box.
Netease Yanxuan Drawstring Garbage Bags 150 Count ; 网易严选 抽绳垃圾袋 150只 ; Netease Yanxuan ; yanxuan ; 19.90 ; ; Thick drawstring bin bags that do not tear.
Xiaomi Mijia Automatic Soap Dispenser ; 米家自动洗手机 ; Xiaomi ; xiaomi ; 79.00 ; ; A touch-free dispenser that foams soap in a quarter second.
Xiaomi Mijia Electric Shaver S101 ; 米家电动剃须刀 S101 ; Xiaomi ; xiaomi ; 99.00 ; ; A washable three-head shaver with USB-C charging.

## food
Three Squirrels Daily Nuts 30 Packs ; 三只松鼠 每日坚果 30包 ; Three Squirrels ; three-squirrels ; 129.00 ; bestseller|gift ; Thirty single-serve packs of mixed nuts and dried fruit.
Three Squirrels Pecans 210g ; 三只松鼠 碧根果 210g ; Three Squirrels ; three-squirrels ; 34.90 ; ; Cream-flavoured pecans that crack open easily.
Three Squirrels Pistachios 500g ; 三只松鼠 开心果 500g ; Three Squirrels ; three-squirrels ; 59.90 ; ; Naturally opened, lightly salted pistachios.
Three Squirrels Dried Mango 116g ; 三只松鼠 芒果干 116g ; Three Squirrels ; three-squirrels ; 15.90 ; ; Chewy sun-dried mango slices.
Three Squirrels Snack Gift Box 1.5kg ; 三只松鼠 零食大礼包 1.5kg ; Three Squirrels ; three-squirrels ; 99.00 ; gift ; A big box of snacks for parties and holidays.
Bestore Beef Jerky 100g ; 良品铺子 牛肉干 100g ; Bestore ; bestore ; 39.90 ; ; Spicy air-dried beef jerky from Inner Mongolia.
Bestore Walnut Kernels 200g ; 良品铺子 核桃仁 200g ; Bestore ; bestore ; 36.90 ; ; Crunchy walnut kernels, roasted and ready to eat.
Bestore Spicy Duck Neck 200g ; 良品铺子 卤鸭脖 200g ; Bestore ; bestore ; 29.90 ; ; Braised duck neck with a numbing Sichuan spice.
Bestore Crispy Egg Rolls 400g ; 良品铺子 鸡蛋卷 400g ; Bestore ; bestore ; 25.90 ; ; Light and crispy egg rolls baked with butter.
Bestore New Year Snack Gift Box ; 良品铺子 年货零食礼盒 ; Bestore ; bestore ; 168.00 ; gift ; A festive gift box of nuts, jerky and sweets.
Nongfu Spring Water 550ml x 24 ; 农夫山泉 饮用天然水 550ml×24瓶 ; Nongfu Spring ; jd-supermarket ; 29.90 ; bestseller ; Natural drinking water from protected sources.
Nongfu Spring Oriental Leaf Green Tea 500ml x 15 ; 农夫山泉 东方树叶 绿茶 500ml×15瓶 ; Nongfu Spring ; jd-supermarket ; 69.90 ; ; Unsweetened green tea with nothing added.
Yili Pure Milk 250ml x 24 ; 伊利 纯牛奶 250ml×24盒 ; Yili ; yili ; 59.90 ; bestseller ; Whole milk in handy cartons for the whole family.
Yili Satine Organic Milk 250ml x 12 ; 伊利 金典有机纯牛奶 250ml×12盒 ; Yili ; yili ; 69.90 ; organic ; Certified organic whole milk with 3.8g protein per 100ml.
Yili Ambrosial Greek Yogurt 205g x 12 ; 伊利 安慕希 希腊风味酸奶 205g×12瓶 ; Yili ; yili ; 62.90 ; ; Thick Greek-style yogurt that keeps without a fridge.
Yili QQ Star Kids Milk 125ml x 20 ; 伊利 QQ星 儿童成长牛奶 125ml×20盒 ; Yili ; yili ; 49.90 ; ; Growing-up milk for children, in small cartons.
Yili Whole Milk Powder 400g ; 伊利 全脂奶粉 400g ; Yili ; yili ; 45.90 ; ; Whole milk powder for drinks and baking.
Mengniu Deluxe Pure Milk 250ml x 12 ; 蒙牛 特仑苏 纯牛奶 250ml×12盒 ; Mengniu ; jd-supermarket ; 65.90 ; bestseller ; Premium whole milk from Mengniu's own ranches.
Mengniu Fresh Milk 950ml ; 蒙牛 每日鲜语 鲜牛奶 950ml ; Mengniu ; jd-fresh ; 22.90 ; ; Pasteurised fresh milk, delivered cold.
Master Kong Braised Beef Noodles 5-Pack ; 康师傅 红烧牛肉面 5连包 ; Master Kong ; jd-supermarket ; 13.90 ; bestseller ; The classic braised beef instant noodles.
Uni-President Pickled Cabbage Beef Noodles 5-Pack ; 统一 老坛酸菜牛肉面 5连包 ; Uni-President ; jd-supermarket ; 13.50 ; ; Instant noodles with tangy pickled cabbage.
Nissin Cup Noodles Seafood 12 Cups ; 日清 合味道 海鲜风味杯面 12杯 ; Nissin ; jd-supermarket ; 59.90 ; ; Seafood cup noodles ready in three minutes.
Baixiang Bone Soup Noodles 24 Packs ; 白象 大骨面 24袋 ; Baixiang ; jd-supermarket ; 39.90 ; ; Instant noodles in a rich pork bone broth.
Samyang Hot Chicken Ramen 5-Pack ; 三养 火鸡面 5连包 ; Samyang ; jd-supermarket ; 32.90 ; imported ; Fiery stir-fried chicken ramen from Korea.
Arawana Peanut Oil 5L ; 金龙鱼 压榨花生油 5L ; Arawana ; jd-supermarket ; 119.90 ; ; Fragrant pressed peanut oil for stir-frying.
Shiyue Daotian Wuchang Rice 5kg ; 十月稻田 五常大米 5kg ; Shiyue Daotian ; jd-supermarket ; 49.90 ; bestseller ; Fragrant Daohuaxiang rice from Wuchang, Heilongjiang.
Haitian Premium Light Soy Sauce 1.9L ; 海天 金标生抽 1.9L ; Haitian ; jd-supermarket ; 19.90 ; ; Naturally brewed light soy sauce.
Nescafe 1+2 Instant Coffee 90 Sticks ; 雀巢咖啡 1+2 原味 90条 ; Nescafe ; jd-supermarket ; 89.00 ; ; Classic three-in-one instant coffee sticks.
Oreo Original Sandwich Cookies 388g ; 奥利奥 原味夹心饼干 388g ; Oreo ; jd-supermarket ; 19.90 ; ; Chocolate cookies with vanilla cream filling.
Lay's Potato Chips Variety 6 Bags ; 乐事 薯片 6袋装 ; Lay's ; jd-supermarket ; 29.90 ; ; Six bags of potato chips in assorted flavours.
Chilean Cherries JJ Grade 2.5kg ; 智利车厘子 JJ级 2.5kg ; JD Fresh ; jd-fresh ; 299.00 ; imported|gift ; Large, sweet cherries flown in from Chile.
Yantai Fuji Apples 5kg ; 烟台红富士苹果 5kg ; JD Fresh ; jd-fresh ; 49.90 ; ; Crisp, juicy Fuji apples from Yantai orchards.
Free-Range Eggs 30 Count ; 散养土鸡蛋 30枚 ; JD Fresh ; jd-fresh ; 39.90 ; organic ; Eggs from free-range hens on small farms.
Norwegian Salmon Fillet 500g ; 挪威三文鱼 500g ; JD Fresh ; jd-fresh ; 129.00 ; imported ; Sashimi-grade salmon, chilled, never frozen.
Hainan Mangoes 3kg ; 海南贵妃芒 3kg ; JD Fresh ; jd-fresh ; 59.90 ; ; Fragrant tree-ripened mangoes from Hainan.

## kitchen
Xiaomi Mijia Rice Cooker 3L ; 米家电饭煲 3L ; Xiaomi ; xiaomi ; 199.00 ; ; A compact smart rice cooker you can control from your phone.
Joyoung Rice Cooker 4L ; 九阳电饭煲 4L ; Joyoung ; joyoung ; 229.00 ; ; A 4-litre rice cooker with a 24-hour delay timer.
Midea IH Rice Cooker 5L ; 美的 IH电饭煲 5L ; Midea ; midea ; 599.00 ; new ; Induction heating cooks every grain evenly.
Supor Mini Rice Cooker 2L ; 苏泊尔 迷你电饭煲 2L ; Supor ; supor ; 149.00 ; ; A small rice cooker for one or two people.
Tiger IH Rice Cooker 5.5L ; 虎牌 IH电饭煲 5.5L ; Tiger ; home-living ; 2999.00 ; imported ; A premium Japanese induction rice cooker with a coated copper pot.
Midea Air Fryer 5L ; 美的 空气炸锅 5L ; Midea ; midea ; 299.00 ; bestseller ; Crispy fries with almost no oil, in a 5-litre basket.
Midea Microwave Oven 20L ; 美的 微波炉 20L ; Midea ; midea ; 399.00 ; ; A 20-litre microwave with a turntable and defrost mode.
Midea Induction Cooktop ; 美的 电磁炉 ; Midea ; midea ; 199.00 ; ; A 2200W induction cooktop for hot pot and stir-fry.
Midea Countertop Dishwasher ; 美的 台式洗碗机 ; Midea ; midea ; 1999.00 ; ; A countertop dishwasher that needs no plumbing.
Supor Non-Stick Wok 32cm ; 苏泊尔 不粘炒锅 32cm ; Supor ; supor ; 189.00 ; ; A 32cm non-stick wok that works on gas and induction.
Supor Electric Pressure Cooker 5L ; 苏泊尔 电压力锅 5L ; Supor ; supor ; 329.00 ; ; Stews and soups in a third of the usual time.
Supor Stainless Steel Thermos 500ml ; 苏泊尔 保温杯 500ml ; Supor ; supor ; 89.00 ; ; Keeps drinks hot for 12 hours.
Joyoung Soymilk Maker ; 九阳 豆浆机 ; Joyoung ; joyoung ; 399.00 ; bestseller ; Fresh soymilk from dry beans in 30 minutes.
Joyoung High-Speed Blender ; 九阳 破壁料理机 ; Joyoung ; joyoung ; 599.00 ; ; A high-speed blender for smoothies, soups and nut milk.
Joyoung Electric Kettle 1.7L ; 九阳 电热水壶 1.7L ; Joyoung ; joyoung ; 79.00 ; ; A stainless steel kettle that boils in five minutes.
Joyoung Electric Steamer ; 九阳 电蒸锅 ; Joyoung ; joyoung ; 169.00 ; ; A three-tier steamer for buns, fish and vegetables.
Bear Yogurt Maker 1L ; 小熊 酸奶机 1L ; Bear ; bear ; 89.00 ; ; Homemade yogurt overnight with one button.
Bear Electric Lunch Box ; 小熊 电热饭盒 ; Bear ; bear ; 99.00 ; ; Heats your lunch at the office, no microwave needed.
Bear Multi-Cooker Pot 1.5L ; 小熊 多功能电煮锅 1.5L ; Bear ; bear ; 119.00 ; ; A small pot for noodles, hot pot and soup in the dorm.
Bear Egg Cooker ; 小熊 煮蛋器 ; Bear ; bear ; 49.90 ; ; Boils or steams up to seven eggs.
Bear Sandwich Breakfast Maker ; 小熊 三明治早餐机 ; Bear ; bear ; 159.00 ; ; Toasted sandwiches and waffles in minutes.
Xiaomi Mijia Electric Kettle 1.5L ; 米家电水壶 1.5L ; Xiaomi ; xiaomi ; 69.00 ; ; A simple 1.5-litre kettle with auto shut-off.
Tiger Vacuum Flask 480ml ; 虎牌 保温杯 480ml ; Tiger ; home-living ; 259.00 ; imported ; A light Japanese vacuum flask that keeps drinks hot or cold.
Lock&Lock Food Containers 10-Piece Set ; 乐扣乐扣 保鲜盒 10件套 ; Lock&Lock ; home-living ; 129.00 ; ; Airtight food containers with four-side locking lids.
Lock&Lock Glass Lunch Box 3-Pack ; 乐扣乐扣 玻璃饭盒 3件套 ; Lock&Lock ; home-living ; 99.00 ; ; Oven-safe glass containers for packed lunches.
Zhang Xiaoquan Kitchen Knife Set ; 张小泉 刀具套装 ; Zhang Xiaoquan ; home-living ; 199.00 ; ; A five-piece knife set with a bamboo block.
Netease Yanxuan Antibacterial Cutting Board ; 网易严选 抗菌砧板 ; Netease Yanxuan ; yanxuan ; 69.00 ; ; A double-sided cutting board for raw and cooked food.
Netease Yanxuan Ceramic Bowls 4-Pack ; 网易严选 釉下彩陶瓷碗 4只装 ; Netease Yanxuan ; yanxuan ; 59.00 ; ; Underglaze ceramic rice bowls, dishwasher safe.
"""

PRODUCTS += """
## electronics
Xiaomi Smart Band 8 ; 小米手环 8 ; Xiaomi ; xiaomi ; 239.00 ; bestseller ; A fitness band with a 16-day battery and 150 workout modes.
Xiaomi Redmi Buds 5 ; 红米 Redmi Buds 5 ; Xiaomi ; xiaomi ; 199.00 ; ; Noise-cancelling wireless earbuds with 40-hour battery.
Xiaomi TV A Pro 65-inch ; 小米电视 A Pro 65英寸 ; Xiaomi ; xiaomi ; 2999.00 ; ; A 65-inch 4K QLED smart TV.
Xiaomi Router AX3000 ; 小米路由器 AX3000 ; Xiaomi ; xiaomi ; 229.00 ; ; A Wi-Fi 6 router that covers a whole flat.
Xiaomi Pad 6 ; 小米平板 6 ; Xiaomi ; xiaomi ; 1999.00 ; ; An 11-inch 144Hz tablet for study and entertainment.
Huawei Watch GT 4 ; 华为 Watch GT 4 ; Huawei ; huawei ; 1488.00 ; new ; A stylish smartwatch with two weeks of battery life.
Huawei FreeBuds Pro 3 ; 华为 FreeBuds Pro 3 ; Huawei ; huawei ; 1499.00 ; ; Hi-res wireless earbuds with smart noise cancelling.
Huawei MatePad 11.5 ; 华为 MatePad 11.5 ; Huawei ; huawei ; 1999.00 ; ; A light tablet with a 120Hz eye-comfort display.
Huawei MateBook 14 ; 华为 MateBook 14 ; Huawei ; huawei ; 5999.00 ; ; A 14-inch touchscreen laptop with a 2.8K display.
Huawei Band 8 ; 华为手环 8 ; Huawei ; huawei ; 269.00 ; ; An ultra-thin band with sleep and heart-rate tracking.
Apple AirPods Pro 2 ; 苹果 AirPods Pro 2 ; Apple ; apple ; 1899.00 ; bestseller ; Active noise cancelling earbuds with a USB-C MagSafe case.
Apple iPad Air 11-inch ; 苹果 iPad Air 11英寸 ; Apple ; apple ; 4799.00 ; ; A thin and light iPad with the M2 chip.
Apple MacBook Air 13-inch M3 ; 苹果 MacBook Air 13英寸 M3 ; Apple ; apple ; 8999.00 ; new ; A fanless laptop with the M3 chip and 18-hour battery.
Apple Watch Series 9 ; 苹果 Apple Watch Series 9 ; Apple ; apple ; 2999.00 ; ; A smartwatch with a brighter display and double-tap gesture.
Apple AirTag 4-Pack ; 苹果 AirTag 4件装 ; Apple ; apple ; 749.00 ; gift ; Keep track of keys, bags and luggage.
Lenovo ThinkPad X1 Carbon ; 联想 ThinkPad X1 Carbon ; Lenovo ; lenovo ; 9999.00 ; ; A 1.1kg business ultrabook with a legendary keyboard.
Lenovo Legion Y7000P Gaming Laptop ; 联想 拯救者 Y7000P 游戏本 ; Lenovo ; lenovo ; 7499.00 ; bestseller ; A 16-inch gaming laptop with an RTX 4060.
Lenovo Xiaoxin Pro 14 ; 联想 小新 Pro 14 ; Lenovo ; lenovo ; 4999.00 ; ; A 14-inch 2.8K laptop for work and study.
Lenovo Xiaoxin Pad ; 联想 小新平板 ; Lenovo ; lenovo ; 999.00 ; ; An affordable 10.6-inch tablet for online classes.
Lenovo Wireless Mouse ; 联想 无线鼠标 ; Lenovo ; lenovo ; 49.90 ; ; A quiet wireless mouse with a 12-month battery.
Lenovo thinkplus Bluetooth Earbuds ; 联想 thinkplus 蓝牙耳机 ; Lenovo ; lenovo ; 99.00 ; ; Budget wireless earbuds with a charging case.
Anker 10000mAh Power Bank ; 安克 10000mAh 充电宝 ; Anker ; anker ; 99.00 ; bestseller ; A slim power bank that charges a phone twice.
Anker 20000mAh Power Bank 22.5W ; 安克 20000mAh 快充充电宝 ; Anker ; anker ; 169.00 ; ; A high-capacity fast-charging power bank.
Anker 7-in-1 USB-C Hub ; 安克 7合1 扩展坞 ; Anker ; anker ; 199.00 ; ; HDMI, USB-A, SD card and 100W pass-through in one hub.
Anker Soundcore Bluetooth Speaker ; 安克 声阔 蓝牙音箱 ; Anker ; anker ; 259.00 ; ; A waterproof speaker with 24 hours of playtime.
Sony WH-1000XM5 Headphones ; 索尼 WH-1000XM5 降噪耳机 ; Sony ; digital-plaza ; 2499.00 ; ; Industry-leading noise-cancelling over-ear headphones.
Logitech MX Master 3S Mouse ; 罗技 MX Master 3S 鼠标 ; Logitech ; digital-plaza ; 749.00 ; ; A quiet, precise mouse for power users.
DJI Osmo Pocket 3 ; 大疆 Osmo Pocket 3 ; DJI ; digital-plaza ; 3499.00 ; new ; A pocket gimbal camera with a 1-inch sensor.
Kindle Paperwhite E-Reader ; Kindle Paperwhite 电子书阅读器 ; Amazon ; digital-plaza ; 1068.00 ; ; A glare-free e-reader with a warm light.
SanDisk 128GB microSD Card ; 闪迪 128GB 内存卡 ; SanDisk ; digital-plaza ; 69.90 ; ; A fast memory card for phones, cameras and Switch.
Samsung T7 1TB Portable SSD ; 三星 T7 1TB 移动固态硬盘 ; Samsung ; digital-plaza ; 699.00 ; ; A pocket-sized SSD with 1050MB/s transfers.

## phones
Xiaomi Redmi 13C ; 小米红米 13C ; Xiaomi ; xiaomi ; 599.00 ; ; An entry-level phone with a big 5000mAh battery.
Xiaomi Redmi K70 ; 小米红米 K70 ; Xiaomi ; xiaomi ; 2499.00 ; ; A flagship-chip phone with a 2K display at a mid-range price.
Xiaomi 14 ; 小米 14 ; Xiaomi ; xiaomi ; 3999.00 ; new ; A compact flagship with Leica optics.
Xiaomi 14 Ultra ; 小米 14 Ultra ; Xiaomi ; xiaomi ; 6499.00 ; ; A photography flagship with a 1-inch Leica main camera.
Xiaomi MIX Fold 3 ; 小米 MIX Fold 3 ; Xiaomi ; xiaomi ; 8999.00 ; ; A thin foldable phone with a quad Leica camera.
Xiaomi 67W Fast Charger ; 小米 67W 快充充电器 ; Xiaomi ; xiaomi ; 99.00 ; ; A 67W charger with a USB-C cable.
Huawei Mate 60 Pro ; 华为 Mate 60 Pro ; Huawei ; huawei ; 6999.00 ; bestseller ; A flagship with satellite calling and Kunlun glass.
Huawei Pura 70 Ultra ; 华为 Pura 70 Ultra ; Huawei ; huawei ; 9999.00 ; new ; A camera flagship with a retractable 1-inch lens.
Huawei nova 12 ; 华为 nova 12 ; Huawei ; huawei ; 2999.00 ; ; A slim selfie phone with a 60MP front camera.
Huawei Enjoy 70 ; 华为 畅享 70 ; Huawei ; huawei ; 1199.00 ; ; A budget phone with a 6000mAh battery.
Huawei 66W SuperCharge Charger ; 华为 66W 超级快充充电器 ; Huawei ; huawei ; 149.00 ; ; A 66W SuperCharge wall charger.
Apple iPhone 15 128GB ; 苹果 iPhone 15 128GB ; Apple ; apple ; 5999.00 ; bestseller ; Dynamic Island, a 48MP camera and USB-C.
Apple iPhone 15 Pro 256GB ; 苹果 iPhone 15 Pro 256GB ; Apple ; apple ; 8999.00 ; ; A titanium iPhone with the A17 Pro chip.
Apple iPhone 15 Pro Max 256GB ; 苹果 iPhone 15 Pro Max 256GB ; Apple ; apple ; 9999.00 ; ; The biggest iPhone with a 5x telephoto camera.
Apple iPhone 13 128GB ; 苹果 iPhone 13 128GB ; Apple ; apple ; 4399.00 ; ; A dependable iPhone at a lower price.
Apple 20W USB-C Power Adapter ; 苹果 20W USB-C 电源适配器 ; Apple ; apple ; 145.00 ; ; Fast charging for iPhone and iPad.
Apple iPhone 15 Silicone Case ; 苹果 iPhone 15 硅胶保护壳 ; Apple ; apple ; 399.00 ; ; A soft-touch MagSafe silicone case.
Honor X50 ; 荣耀 X50 ; Honor ; digital-plaza ; 1399.00 ; ; A tough curved-screen phone with a 5800mAh battery.
Honor Play 8T ; 荣耀 Play 8T ; Honor ; digital-plaza ; 999.00 ; ; A budget phone with a 6000mAh battery.
OPPO Reno11 ; OPPO Reno11 ; OPPO ; digital-plaza ; 2499.00 ; ; A portrait phone with a telephoto lens.
vivo X100 ; vivo X100 ; vivo ; digital-plaza ; 3999.00 ; ; A camera flagship with ZEISS optics.
vivo Y36 ; vivo Y36 ; vivo ; digital-plaza ; 1199.00 ; ; A stylish everyday phone with 44W charging.
OnePlus 12 ; 一加 12 ; OnePlus ; digital-plaza ; 4299.00 ; ; A fast flagship with a Hasselblad camera.
realme C67 ; 真我 C67 ; realme ; digital-plaza ; 799.00 ; ; An affordable phone with a 108MP camera.
Anker MagSafe Magnetic Power Bank 5000mAh ; 安克 磁吸充电宝 5000mAh ; Anker ; anker ; 149.00 ; ; A magnetic power bank that snaps onto iPhone.
Anker 30W GaN Charger ; 安克 30W 氮化镓充电器 ; Anker ; anker ; 69.00 ; ; A tiny 30W USB-C charger for phones.
Benks Tempered Glass Screen Protector 2-Pack ; 邦克仕 钢化玻璃手机膜 2片装 ; Benks ; digital-plaza ; 19.90 ; ; Scratch-resistant glass screen protectors.
Ugreen USB-C Cable 2m ; 绿联 USB-C 数据线 2米 ; Ugreen ; digital-plaza ; 29.90 ; ; A braided 60W USB-C charging cable.

## clothing
Uniqlo No-Show Socks 3 Pairs ; 优衣库 船袜 3双装 ; Uniqlo ; uniqlo ; 39.00 ; ; Low-cut socks that stay hidden in sneakers.
Uniqlo AIRism Cotton T-Shirt ; 优衣库 AIRism 棉质圆领T恤 ; Uniqlo ; uniqlo ; 99.00 ; ; A cotton-look tee that stays cool and dry.
Uniqlo HEATTECH Thermal Top ; 优衣库 HEATTECH 保暖内衣 ; Uniqlo ; uniqlo ; 99.00 ; bestseller ; A thin thermal layer that keeps you warm.
Uniqlo Ultra Light Down Jacket ; 优衣库 高级轻型羽绒服 ; Uniqlo ; uniqlo ; 499.00 ; ; A packable down jacket for chilly days.
Uniqlo Slim Fit Jeans ; 优衣库 修身牛仔裤 ; Uniqlo ; uniqlo ; 299.00 ; ; Stretch denim jeans with a slim fit.
Uniqlo Fleece Full-Zip Jacket ; 优衣库 摇粒绒拉链外套 ; Uniqlo ; uniqlo ; 199.00 ; ; A soft fleece jacket for layering.
Uniqlo Oxford Shirt ; 优衣库 牛津纺衬衫 ; Uniqlo ; uniqlo ; 199.00 ; ; A classic button-down Oxford shirt.
Nanjiren Cotton Socks 10 Pairs ; 南极人 棉袜 10双装 ; Nanjiren ; fashion-street ; 29.90 ; bestseller ; Ten pairs of everyday cotton socks.
Langsha No-Show Socks 6 Pairs ; 浪莎 隐形船袜 6双装 ; Langsha ; fashion-street ; 19.90 ; ; Thin no-show socks with silicone heel grips.
Bosideng Long Down Coat ; 波司登 长款羽绒服 ; Bosideng ; fashion-street ; 1299.00 ; ; A knee-length goose down coat for northern winters.
Semir Casual Jeans ; 森马 休闲牛仔裤 ; Semir ; fashion-street ; 159.00 ; ; Relaxed-fit jeans for everyday wear.
HLA Cotton Polo Shirt ; 海澜之家 纯棉Polo衫 ; HLA ; fashion-street ; 169.00 ; ; A smart cotton polo shirt.
Levi's 501 Original Jeans ; 李维斯 501 经典牛仔裤 ; Levi's ; fashion-street ; 699.00 ; ; The original straight-leg button-fly jeans.
Netease Yanxuan Merino Wool Socks 2 Pairs ; 网易严选 美利奴羊毛袜 2双装 ; Netease Yanxuan ; yanxuan ; 69.00 ; ; Warm merino wool socks for winter.
Netease Yanxuan Cotton Pajama Set ; 网易严选 纯棉睡衣套装 ; Netease Yanxuan ; yanxuan ; 199.00 ; ; Soft cotton pajamas for all seasons.
Netease Yanxuan Cashmere Scarf ; 网易严选 羊绒围巾 ; Netease Yanxuan ; yanxuan ; 299.00 ; gift ; A pure cashmere scarf in a gift box.
Li-Ning Sports Socks 3 Pairs ; 李宁 运动袜 3双装 ; Li-Ning ; lining ; 39.00 ; ; Cushioned sports socks for running and training.
Li-Ning Hoodie ; 李宁 连帽卫衣 ; Li-Ning ; lining ; 299.00 ; ; A cotton-blend hoodie with the Li-Ning logo.
Li-Ning Track Pants ; 李宁 运动长裤 ; Li-Ning ; lining ; 199.00 ; ; Tapered track pants with zip pockets.
Li-Ning Baseball Cap ; 李宁 棒球帽 ; Li-Ning ; lining ; 79.00 ; ; An adjustable cotton baseball cap.
Anta Crew Socks 5 Pairs ; 安踏 中筒袜 5双装 ; Anta ; anta ; 35.90 ; ; Five pairs of crew socks for daily wear.
Anta Windbreaker Jacket ; 安踏 防风夹克 ; Anta ; anta ; 329.00 ; ; A light windproof jacket with a hood.
Anta Quick-Dry T-Shirt ; 安踏 速干T恤 ; Anta ; anta ; 89.00 ; ; A breathable quick-dry tee for workouts.
Anta Retro Sneakers ; 安踏 复古休闲鞋 ; Anta ; anta ; 259.00 ; ; Retro-style casual sneakers.
Nike Everyday Cushioned Socks 3 Pairs ; 耐克 训练袜 3双装 ; Nike ; nike ; 99.00 ; ; Cushioned crew socks with Dri-FIT.
Nike Sportswear Club Hoodie ; 耐克 Club 连帽卫衣 ; Nike ; nike ; 399.00 ; ; A brushed-fleece hoodie for everyday comfort.
Nike Air Force 1 '07 ; 耐克 Air Force 1 '07 板鞋 ; Nike ; nike ; 799.00 ; bestseller ; The iconic white leather sneaker.

## beauty
Perfect Diary Velvet Matte Lipstick ; 完美日记 丝绒哑光口红 ; Perfect Diary ; perfect-diary ; 69.90 ; bestseller ; A soft matte lipstick that does not dry the lips.
Perfect Diary 12-Color Eyeshadow Palette ; 完美日记 十二色眼影盘 ; Perfect Diary ; perfect-diary ; 129.90 ; ; Twelve blendable matte and shimmer shades.
Perfect Diary Liquid Foundation 30ml ; 完美日记 粉底液 30ml ; Perfect Diary ; perfect-diary ; 99.90 ; ; A light, long-wearing foundation.
Perfect Diary Waterproof Eyeliner ; 完美日记 防水眼线笔 ; Perfect Diary ; perfect-diary ; 39.90 ; ; A smudge-proof liquid eyeliner.
Perfect Diary Makeup Setting Spray ; 完美日记 定妆喷雾 ; Perfect Diary ; perfect-diary ; 59.90 ; ; Keeps makeup fresh all day.
L'Oréal Revitalift Hyaluronic Day Cream 50ml ; 欧莱雅 复颜玻尿酸面霜 50ml ; L'Oréal ; loreal ; 299.00 ; bestseller ; A plumping day cream with hyaluronic acid.
L'Oréal Revitalift Hyaluronic Serum 30ml ; 欧莱雅 玻尿酸精华 30ml ; L'Oréal ; loreal ; 259.00 ; ; A hydrating serum for smoother skin.
L'Oréal Men Expert Facial Cleanser 100ml ; 欧莱雅男士 洗面奶 100ml ; L'Oréal ; loreal ; 59.90 ; ; An oil-control cleanser for men.
L'Oréal Elvive Extraordinary Oil Shampoo 700ml ; 欧莱雅 精油洗发水 700ml ; L'Oréal ; loreal ; 79.90 ; ; A nourishing shampoo for dry hair.
L'Oréal UV Perfect Sunscreen 30ml ; 欧莱雅 小金管防晒霜 30ml ; L'Oréal ; loreal ; 159.00 ; ; A light SPF50+ sunscreen for daily use.
L'Oréal Micellar Cleansing Water 400ml ; 欧莱雅 卸妆水 400ml ; L'Oréal ; loreal ; 89.00 ; ; Removes makeup without rinsing.
SK-II Facial Treatment Essence 230ml ; SK-II 神仙水 230ml ; SK-II ; beauty-box ; 1540.00 ; imported|gift ; The famous Pitera essence for clear, radiant skin.
Estée Lauder Advanced Night Repair 50ml ; 雅诗兰黛 小棕瓶精华 50ml ; Estée Lauder ; beauty-box ; 960.00 ; imported ; An overnight repair serum.
Lancôme Advanced Génifique Serum 50ml ; 兰蔻 小黑瓶精华 50ml ; Lancôme ; beauty-box ; 1080.00 ; imported ; A serum that strengthens the skin barrier.
Anessa Perfect UV Sunscreen 60ml ; 安热沙 小金瓶防晒 60ml ; Anessa ; beauty-box ; 198.00 ; imported ; A waterproof SPF50+ sunscreen for the beach.
Florasis Loose Setting Powder ; 花西子 散粉 ; Florasis ; beauty-box ; 179.00 ; ; A fine setting powder in a carved compact.
Winona Soothing Moisturizer 50g ; 薇诺娜 舒敏保湿特护霜 50g ; Winona ; beauty-box ; 268.00 ; ; A calming cream for sensitive skin.
Pechoin Hydrating Toner 100ml ; 百雀羚 水嫩补水爽肤水 100ml ; Pechoin ; beauty-box ; 89.00 ; ; A hydrating toner with herbal extracts.
Mentholatum Lip Balm ; 曼秀雷敦 润唇膏 ; Mentholatum ; beauty-box ; 19.90 ; ; A medicated lip balm for dry lips.
Chando Hydrating Sheet Masks 10-Pack ; 自然堂 补水面膜 10片装 ; Chando ; beauty-box ; 69.00 ; ; Ten sheet masks with Himalayan spring water.
Maybelline Lash Sensational Mascara ; 美宝莲 睫毛膏 ; Maybelline ; beauty-box ; 99.00 ; ; A volumising mascara with a fanning brush.
Dyson Supersonic Hair Dryer ; 戴森 Supersonic 吹风机 ; Dyson ; beauty-box ; 2999.00 ; gift ; A fast, quiet hair dryer with intelligent heat control.
Xiaomi Mijia High-Speed Hair Dryer H501 ; 米家高速吹风机 H501 ; Xiaomi ; xiaomi ; 299.00 ; ; A high-speed ionic hair dryer.
Netease Yanxuan Cotton Pads 222 Count ; 网易严选 化妆棉 222片 ; Netease Yanxuan ; yanxuan ; 19.90 ; ; Soft lint-free cotton pads.
"""

PRODUCTS += """
## baby
Pampers Diapers Newborn 84 Count ; 帮宝适 一级帮纸尿裤 NB 84片 ; Pampers ; pampers ; 139.00 ; bestseller ; Ultra-soft diapers for newborns with a wetness indicator.
Pampers Diapers Size M 62 Count ; 帮宝适 一级帮纸尿裤 M 62片 ; Pampers ; pampers ; 149.00 ; ; Breathable diapers for babies 6 to 11 kg.
Pampers Diapers Size L 52 Count ; 帮宝适 一级帮纸尿裤 L 52片 ; Pampers ; pampers ; 149.00 ; ; Breathable diapers for babies 9 to 14 kg.
Pampers Baby-Dry Pull-Up Pants XL 42 Count ; 帮宝适 超薄干爽拉拉裤 XL 42片 ; Pampers ; pampers ; 99.00 ; ; Pull-up pants for active toddlers.
Pampers Baby Wipes 6 Packs ; 帮宝适 婴儿湿巾 80抽×6包 ; Pampers ; pampers ; 59.90 ; ; Gentle, fragrance-free wipes for sensitive skin.
Feihe Xingfeifan Infant Formula Stage 1 700g ; 飞鹤 星飞帆 婴儿配方奶粉 1段 700g ; Feihe ; feihe ; 298.00 ; bestseller ; Infant formula for babies 0 to 6 months.
Feihe Xingfeifan Follow-On Formula Stage 2 700g ; 飞鹤 星飞帆 较大婴儿配方奶粉 2段 700g ; Feihe ; feihe ; 288.00 ; ; Follow-on formula for babies 6 to 12 months.
Feihe Xingfeifan Toddler Formula Stage 3 700g ; 飞鹤 星飞帆 幼儿配方奶粉 3段 700g ; Feihe ; feihe ; 268.00 ; ; Toddler formula for ages 1 to 3.
Feihe Zhuorui Toddler Formula Stage 3 700g ; 飞鹤 星飞帆卓睿 幼儿配方奶粉 3段 700g ; Feihe ; feihe ; 378.00 ; ; Premium toddler formula with OPO and lactoferrin.
Feihe Kids Growth Milk Powder 700g ; 飞鹤 儿童成长奶粉 4段 700g ; Feihe ; feihe ; 198.00 ; ; Growth milk powder for children 3 and up.
Huggies Gold Diapers Size M 50 Count ; 好奇 金装纸尿裤 M 50片 ; Huggies ; baby-world ; 119.00 ; ; Soft diapers with a fast-absorbing core.
Merries Diapers Size L 54 Count ; 花王 妙而舒 纸尿裤 L 54片 ; Merries ; baby-world ; 139.00 ; imported ; Air-through diapers from Japan.
Aptamil Profutura Infant Formula Stage 1 800g ; 爱他美 卓萃 婴儿配方奶粉 1段 800g ; Aptamil ; baby-world ; 398.00 ; imported ; Imported infant formula for babies 0 to 6 months.
Pigeon Wide-Neck Glass Baby Bottle 160ml ; 贝亲 宽口径玻璃奶瓶 160ml ; Pigeon ; baby-world ; 89.00 ; ; A glass bottle with a soft natural-feel teat.
Pigeon Baby Bottle Cleanser 700ml ; 贝亲 奶瓶清洗剂 700ml ; Pigeon ; baby-world ; 39.90 ; ; A plant-based cleanser for bottles and toys.
Goodbaby Lightweight Stroller ; 好孩子 轻便婴儿推车 ; Goodbaby ; baby-world ; 899.00 ; ; A one-hand-fold stroller for newborns and toddlers.
Goodbaby Child Car Seat ; 好孩子 儿童安全座椅 ; Goodbaby ; baby-world ; 1299.00 ; ; An ISOFIX car seat for ages 0 to 7.
Babycare Baby Wipes 10 Packs ; babycare 婴儿湿巾 80抽×10包 ; Babycare ; baby-world ; 69.90 ; bestseller ; Thick, soft wipes for hands and faces.
Babycare Hip Seat Baby Carrier ; babycare 婴儿腰凳背带 ; Babycare ; baby-world ; 299.00 ; ; An ergonomic hip-seat carrier that saves your back.
Johnson's Baby Lotion 500ml ; 强生 婴儿润肤露 500ml ; Johnson's ; baby-world ; 49.90 ; ; A mild moisturising lotion for baby skin.
LEGO Duplo Number Train ; 乐高 得宝 数字火车 ; LEGO ; baby-world ; 199.00 ; gift ; A big-brick train that teaches numbers.
Fisher-Price Musical Play Gym ; 费雪 音乐健身架 ; Fisher-Price ; baby-world ; 299.00 ; gift ; A play mat with music, lights and hanging toys.
Netease Yanxuan Baby Cotton Bodysuits 3-Pack ; 网易严选 婴儿纯棉连体衣 3件装 ; Netease Yanxuan ; yanxuan ; 129.00 ; ; Soft organic cotton bodysuits with snap buttons.

## home
Haier 470L French Door Refrigerator ; 海尔 470升 多门冰箱 ; Haier ; haier ; 3999.00 ; bestseller ; A frost-free fridge with a flexible zone.
Haier 10kg Front Load Washing Machine ; 海尔 10公斤 滚筒洗衣机 ; Haier ; haier ; 2299.00 ; ; A quiet inverter washer with steam care.
Haier 60L Electric Water Heater ; 海尔 60升 电热水器 ; Haier ; haier ; 999.00 ; ; A fast-heating water heater with a safety valve.
Haier 200L Chest Freezer ; 海尔 200升 冷柜 ; Haier ; haier ; 1299.00 ; ; A large chest freezer with a switchable fridge mode.
Haier 10kg Heat Pump Dryer ; 海尔 10公斤 热泵干衣机 ; Haier ; haier ; 3599.00 ; ; A gentle, energy-saving clothes dryer.
Gree 1.5HP Inverter Air Conditioner ; 格力 1.5匹 变频空调 ; Gree ; gree ; 3299.00 ; bestseller ; A quiet, energy-efficient split air conditioner.
Gree Tower Fan ; 格力 塔扇 ; Gree ; gree ; 299.00 ; ; A slim bladeless-style tower fan with a remote.
Gree Dehumidifier 20L ; 格力 除湿机 20L ; Gree ; gree ; 1299.00 ; ; Removes 20 litres of moisture a day.
Gree Electric Heater ; 格力 取暖器 ; Gree ; gree ; 399.00 ; ; A fast-warming heater for bedrooms and offices.
Gree Air Purifier ; 格力 空气净化器 ; Gree ; gree ; 1599.00 ; ; Filters PM2.5 and formaldehyde.
Midea DC Floor Fan ; 美的 直流落地扇 ; Midea ; midea ; 249.00 ; ; A near-silent DC fan with 12 speeds.
Xiaomi Mijia Air Purifier 4 ; 米家空气净化器 4 ; Xiaomi ; xiaomi ; 899.00 ; ; A smart air purifier for rooms up to 48 square metres.
Xiaomi Mijia Robot Vacuum-Mop 2 ; 米家扫拖机器人 2 ; Xiaomi ; xiaomi ; 1599.00 ; ; A robot that sweeps and mops with laser navigation.
Xiaomi Mijia Desk Lamp 1S ; 米家台灯 1S ; Xiaomi ; xiaomi ; 169.00 ; ; A flicker-free smart desk lamp.
Netease Yanxuan Cotton Bath Towel ; 网易严选 纯棉浴巾 ; Netease Yanxuan ; yanxuan ; 69.00 ; ; A large, thick bath towel in long-staple cotton.
Netease Yanxuan Memory Foam Pillow ; 网易严选 记忆棉枕头 ; Netease Yanxuan ; yanxuan ; 199.00 ; bestseller ; A slow-rebound pillow that supports the neck.
Netease Yanxuan Mulberry Silk Duvet ; 网易严选 桑蚕丝被 ; Netease Yanxuan ; yanxuan ; 899.00 ; ; A light, breathable silk duvet.
Netease Yanxuan Cotton Bedding Set 4-Piece ; 网易严选 纯棉床品四件套 ; Netease Yanxuan ; yanxuan ; 399.00 ; ; Duvet cover, sheet and two pillowcases in soft cotton.
Netease Yanxuan Scented Candle ; 网易严选 香薰蜡烛 ; Netease Yanxuan ; yanxuan ; 59.00 ; gift ; A soy wax candle with a calming scent.
Netease Yanxuan Blackout Curtains 2 Panels ; 网易严选 遮光窗帘 2片 ; Netease Yanxuan ; yanxuan ; 259.00 ; ; Thick curtains that block 99% of light.
Jieliya Cotton Bath Towels 2-Pack ; 洁丽雅 纯棉浴巾 2条装 ; Jieliya ; home-living ; 79.90 ; ; Two soft, absorbent cotton bath towels.
Tenma Foldable Storage Boxes 3-Pack ; 天马 可折叠收纳箱 3个装 ; Tenma ; home-living ; 89.00 ; ; Stackable storage boxes that fold flat.
Tenma Velvet Hangers 20-Pack ; 天马 植绒衣架 20个装 ; Tenma ; home-living ; 39.90 ; ; Slim non-slip hangers that save wardrobe space.
Opple LED Ceiling Light ; 欧普 LED吸顶灯 ; Opple ; home-living ; 299.00 ; ; A dimmable LED ceiling light for living rooms.
Philips LED Bulbs 6-Pack ; 飞利浦 LED灯泡 6只装 ; Philips ; home-living ; 49.90 ; ; Energy-saving E27 LED bulbs.
Dyson V12 Cordless Vacuum ; 戴森 V12 无绳吸尘器 ; Dyson ; home-living ; 3990.00 ; ; A light cordless vacuum with a laser dust detector.
Bull Power Strip 6 Outlets ; 公牛 插线板 6位 ; Bull ; home-living ; 59.90 ; ; A six-outlet power strip with overload protection.

## sports
Li-Ning Feidian 3 Racing Running Shoes ; 李宁 飞电3 竞速跑鞋 ; Li-Ning ; lining ; 999.00 ; new ; Carbon-plated racing shoes for race day.
Li-Ning Chitu 6 Running Shoes ; 李宁 赤兔6 跑鞋 ; Li-Ning ; lining ; 399.00 ; bestseller ; Light, responsive running shoes for daily training.
Li-Ning Badminton Racket ; 李宁 羽毛球拍 ; Li-Ning ; lining ; 299.00 ; ; A full-carbon badminton racket.
Li-Ning Basketball Size 7 ; 李宁 7号篮球 ; Li-Ning ; lining ; 129.00 ; ; A grippy indoor and outdoor basketball.
Anta C202 Racing Running Shoes ; 安踏 C202 竞速跑鞋 ; Anta ; anta ; 699.00 ; ; Marathon racing shoes with a carbon plate.
Anta Mach 3 Running Shoes ; 安踏 马赫3 跑鞋 ; Anta ; anta ; 499.00 ; ; Bouncy running shoes for speed sessions.
Anta KT9 Basketball Shoes ; 安踏 KT9 篮球鞋 ; Anta ; anta ; 999.00 ; ; Klay Thompson's signature basketball shoes.
Nike Pegasus 40 Running Shoes ; 耐克 Pegasus 40 跑鞋 ; Nike ; nike ; 899.00 ; bestseller ; The everyday running shoe with React foam.
Nike Invincible 3 Running Shoes ; 耐克 Invincible 3 跑鞋 ; Nike ; nike ; 1399.00 ; ; Maximum-cushion running shoes for long runs.
Nike Dri-FIT Running Shorts ; 耐克 Dri-FIT 跑步短裤 ; Nike ; nike ; 249.00 ; ; Lightweight shorts with a built-in brief.
Decathlon Kalenji Running Shoes ; 迪卡侬 Kalenji 跑鞋 ; Decathlon ; decathlon ; 199.90 ; ; Cushioned running shoes for beginners.
Decathlon Yoga Mat 8mm ; 迪卡侬 瑜伽垫 8mm ; Decathlon ; decathlon ; 99.90 ; ; A thick, non-slip yoga mat.
Decathlon Adjustable Dumbbells 20kg ; 迪卡侬 可调节哑铃 20kg ; Decathlon ; decathlon ; 399.90 ; ; A dumbbell set that adjusts from 2 to 20 kg.
Decathlon Quechua 2-Person Pop-Up Tent ; 迪卡侬 Quechua 2人速开帐篷 ; Decathlon ; decathlon ; 399.90 ; ; A tent that pitches itself in two seconds.
Decathlon Swimming Goggles ; 迪卡侬 泳镜 ; Decathlon ; decathlon ; 49.90 ; ; Anti-fog swimming goggles.
Decathlon Hiking Backpack 20L ; 迪卡侬 徒步背包 20L ; Decathlon ; decathlon ; 79.90 ; ; A light daypack for hikes and trips.
Xiaomi Mijia Walking Pad C2 ; 米家 走步机 C2 ; Xiaomi ; xiaomi ; 1499.00 ; ; A foldable walking pad that fits under the sofa.
Keep Smart Jump Rope ; Keep 智能跳绳 ; Keep ; sports-hub ; 99.00 ; ; A jump rope that counts your skips.
Keep TPE Yoga Mat 6mm ; Keep TPE瑜伽垫 6mm ; Keep ; sports-hub ; 89.00 ; ; A light two-tone TPE yoga mat.
Keep Resistance Bands Set of 5 ; Keep 弹力带 5件套 ; Keep ; sports-hub ; 49.90 ; ; Five resistance levels for home workouts.
Yonex Badminton Shuttlecocks 12-Pack ; 尤尼克斯 羽毛球 12只装 ; Yonex ; sports-hub ; 99.00 ; ; Durable feather shuttlecocks.
Spalding Basketball Size 7 ; 斯伯丁 7号篮球 ; Spalding ; sports-hub ; 199.00 ; ; A composite leather basketball.
DHS Table Tennis Paddle ; 红双喜 乒乓球拍 ; DHS ; sports-hub ; 159.00 ; ; A five-ply table tennis paddle with rubbers.
Nalgene Wide Mouth Water Bottle 1L ; 乐基因 宽口运动水壶 1L ; Nalgene ; sports-hub ; 129.00 ; ; A tough BPA-free water bottle.
Giant Cycling Helmet ; 捷安特 骑行头盔 ; Giant ; sports-hub ; 299.00 ; ; A light, ventilated road cycling helmet.

## books
The Three-Body Trilogy Box Set ; 三体 全集（共3册） ; Chongqing Press ; jd-books ; 93.00 ; bestseller ; Liu Cixin's Hugo-winning science fiction trilogy.
The Wandering Earth ; 流浪地球 ; Chongqing Press ; jd-books ; 32.00 ; ; Liu Cixin's short stories about humanity's future.
To Live ; 活着 ; Writers Publishing House ; jd-books ; 28.00 ; bestseller ; Yu Hua's moving novel of one man's life.
Dream of the Red Chamber ; 红楼梦 ; People's Literature Publishing House ; jd-books ; 59.70 ; ; The classic novel of a great family's rise and fall.
Journey to the West ; 西游记 ; People's Literature Publishing House ; jd-books ; 49.00 ; ; The adventures of the Monkey King.
Fortress Besieged ; 围城 ; People's Literature Publishing House ; jd-books ; 39.00 ; ; Qian Zhongshu's witty novel about marriage and ambition.
The Little Prince ; 小王子 ; People's Literature Publishing House ; jd-books ; 25.00 ; gift ; A timeless fable for children and adults.
Harry Potter Complete Set (Chinese Edition) ; 哈利·波特 全集（共7册） ; People's Literature Publishing House ; jd-books ; 498.00 ; gift ; All seven Harry Potter books in Chinese.
Principles ; 原则 ; CITIC Press ; jd-books ; 98.00 ; ; Ray Dalio's rules for life and work.
Sapiens: A Brief History of Humankind ; 人类简史 ; CITIC Press ; jd-books ; 68.00 ; bestseller ; Yuval Noah Harari's history of our species.
Poor Charlie's Almanack ; 穷查理宝典 ; CITIC Press ; jd-books ; 88.00 ; ; The wit and wisdom of Charlie Munger.
Guns, Germs, and Steel ; 枪炮、病菌与钢铁 ; CITIC Press ; jd-books ; 80.00 ; ; Why some societies came to dominate others.
The Psychology of Money ; 金钱心理学 ; CITIC Press ; jd-books ; 59.00 ; ; Timeless lessons on wealth and happiness.
Python Crash Course (Chinese Edition) ; Python编程 从入门到实践 ; Posts & Telecom Press ; jd-books ; 109.80 ; ; A hands-on introduction to programming in Python.
Introduction to Algorithms (Chinese Edition) ; 算法导论 ; China Machine Press ; jd-books ; 128.00 ; ; The standard textbook on algorithms.
Computer Systems: A Programmer's Perspective (Chinese Edition) ; 深入理解计算机系统 ; China Machine Press ; jd-books ; 139.00 ; ; How computers really run your programs.
One Hundred Years of Solitude ; 百年孤独 ; Thinkingdom ; jd-books ; 55.00 ; ; Gabriel García Márquez's masterpiece.
The Kite Runner ; 追风筝的人 ; Shanghai People's Publishing House ; jd-books ; 36.00 ; ; A story of friendship and redemption in Afghanistan.
The Analects ; 论语 ; Zhonghua Book Company ; jd-books ; 29.00 ; ; The sayings of Confucius with notes.
Records of the Grand Historian ; 史记 ; Zhonghua Book Company ; jd-books ; 128.00 ; ; Sima Qian's history of ancient China.
Xinhua Dictionary 12th Edition ; 新华字典 第12版 ; The Commercial Press ; jd-books ; 24.90 ; bestseller ; The pocket dictionary every student in China uses.
Oxford Advanced Learner's Dictionary 10th Edition ; 牛津高阶英汉双解词典 第10版 ; The Commercial Press ; jd-books ; 169.00 ; ; The English-Chinese learner's dictionary.
Atomic Habits (English Edition) ; 原子习惯（英文原版） ; Penguin Random House ; jd-books ; 89.00 ; imported ; Small changes that bring remarkable results.
Harry Potter and the Philosopher's Stone (English Edition) ; 哈利·波特与魔法石（英文原版） ; Bloomsbury ; jd-books ; 69.00 ; imported ; The first Harry Potter book in the original English.
Nineteen Eighty-Four (English Edition) ; 一九八四（英文原版） ; Penguin Books ; jd-books ; 49.00 ; imported ; George Orwell's classic dystopian novel.
The Great Gatsby (English Edition) ; 了不起的盖茨比（英文原版） ; Penguin Books ; jd-books ; 39.00 ; imported ; F. Scott Fitzgerald's novel of the Jazz Age.
One Hundred Thousand Whys ; 十万个为什么 ; Juvenile & Children's Publishing House ; jd-books ; 98.00 ; ; The classic science Q&A book for curious kids.

## pets
Royal Canin Indoor Adult Cat Food 2kg ; 皇家 室内成猫猫粮 2kg ; Royal Canin ; royal-canin ; 189.00 ; bestseller ; Balanced dry food for indoor adult cats.
Royal Canin Persian Adult Cat Food 2kg ; 皇家 波斯成猫猫粮 2kg ; Royal Canin ; royal-canin ; 209.00 ; ; Almond-shaped kibble made for Persian cats.
Royal Canin Hair & Skin Cat Food 2kg ; 皇家 美毛成猫猫粮 2kg ; Royal Canin ; royal-canin ; 199.00 ; ; Dry cat food for a shiny coat.
Royal Canin Wet Cat Food Pouches 12 x 85g ; 皇家 猫湿粮包 85g×12 ; Royal Canin ; royal-canin ; 129.00 ; ; Tender chunks in gravy for adult cats.
Royal Canin Mini Adult Dog Food 2kg ; 皇家 小型犬成犬狗粮 2kg ; Royal Canin ; royal-canin ; 159.00 ; ; Dry food for small dogs under 10 kg.
Royal Canin Medium Adult Dog Food 4kg ; 皇家 中型犬成犬狗粮 4kg ; Royal Canin ; royal-canin ; 299.00 ; ; Dry food for medium dogs from 11 to 25 kg.
Pedigree Adult Dog Food Beef 7.5kg ; 宝路 成犬狗粮 牛肉味 7.5kg ; Pedigree ; pet-paradise ; 139.00 ; bestseller ; Complete dry dog food with real beef.
Pedigree Dentastix 7 Sticks ; 宝路 洁齿棒 7支 ; Pedigree ; pet-paradise ; 19.90 ; ; Dental chews that clean teeth.
Pedigree Wet Dog Food 12 Pouches ; 宝路 狗湿粮包 12包 ; Pedigree ; pet-paradise ; 49.90 ; ; Meaty pouches dogs love.
Whiskas Adult Cat Food Tuna 3.6kg ; 伟嘉 成猫猫粮 金枪鱼味 3.6kg ; Whiskas ; pet-paradise ; 119.00 ; ; Crunchy tuna-flavoured cat food.
Myfoodie Grain-Free Cat Food 1.5kg ; 麦富迪 无谷猫粮 1.5kg ; Myfoodie ; pet-paradise ; 89.00 ; ; Grain-free cat food rich in fresh meat.
Myfoodie Beef Jerky Dog Treats 400g ; 麦富迪 牛肉粒 狗零食 400g ; Myfoodie ; pet-paradise ; 39.90 ; ; Chewy beef training treats.
Inaba Churu Cat Treats 20 Sticks ; 伊纳宝 妙好 猫条 20支 ; Inaba ; pet-paradise ; 49.90 ; imported ; Lickable tuna puree treats from Japan.
Petkit Smart Pet Water Fountain ; 小佩 智能宠物饮水机 ; Petkit ; pet-paradise ; 199.00 ; ; A quiet filtered fountain that keeps water fresh.
Petkit Automatic Pet Feeder ; 小佩 自动喂食器 ; Petkit ; pet-paradise ; 399.00 ; new ; A smart feeder with app-scheduled meals.
Petkit Pet Nail Clipper ; 小佩 宠物指甲剪 ; Petkit ; pet-paradise ; 39.00 ; ; A safe nail clipper with a guard.
Flexi Retractable Dog Leash 5m ; Flexi 自动伸缩牵引绳 5米 ; Flexi ; pet-paradise ; 129.00 ; ; A 5-metre retractable leash for dogs up to 25 kg.
KONG Classic Dog Toy Medium ; KONG 经典狗玩具 中号 ; KONG ; pet-paradise ; 89.00 ; ; A tough rubber toy you can fill with treats.
KONG Cat Teaser Wand ; KONG 逗猫棒 ; KONG ; pet-paradise ; 29.90 ; ; A feather wand toy for playful cats.
FURminator Deshedding Brush ; FURminator 宠物去浮毛梳 ; FURminator ; pet-paradise ; 159.00 ; ; Removes loose undercoat hair.
Netease Yanxuan Tofu Cat Litter 6L x 4 ; 网易严选 豆腐猫砂 6L×4包 ; Netease Yanxuan ; yanxuan ; 79.00 ; bestseller ; Flushable, low-dust tofu cat litter.
Netease Yanxuan Corrugated Cat Scratcher ; 网易严选 瓦楞纸猫抓板 ; Netease Yanxuan ; yanxuan ; 39.00 ; ; A sturdy cardboard scratcher that saves your sofa.
Netease Yanxuan Washable Pet Bed ; 网易严选 可水洗宠物窝 ; Netease Yanxuan ; yanxuan ; 129.00 ; ; A soft bed with a removable washable cover.
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
        assert len(fields) == 7, line
        name, name_zh, brand, store, price, tags, description = fields
        rows.append({"name": name, "name_zh": name_zh, "brand": brand, "category": category,
                     "store": store, "price": price, "tags": [t for t in tags.split("|") if t],
                     "description": description})
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
    return [p["sku"], p["name"], p["name_zh"], p["brand"], p["category"], p["store"], p["price"],
            str(p["stock"]), p["rating"], "|".join(p["tags"]), p["description"]]


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
            assert word not in (p["name"] + p["name_zh"] + p["brand"] + p["description"]).lower(), p
    for category in CATEGORIES:
        assert sum(p["category"] == category for p in products) >= 20, category
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
