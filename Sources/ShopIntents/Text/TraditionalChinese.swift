/// Traditional characters of the shopping vocabulary, read as their simplified forms, so that
/// "購物車" is "购物车". Only characters the engine's phrases use; the rest stay as typed.
enum TraditionalChinese {
    static let pairs =
        "購购車车優优訂订單单紅红搶抢積积關关註注銷销貨货價价錢钱買买賣卖這这個个們们麼么見见謝谢說说請请開开號号發发與与時时東东無无"
        + "會会來来對对幫帮尋寻鍋锅電电飯饭機机讓让給给從从刪删數数為为結结帳账賬账應应點点還还嗎吗動动態态歡欢網网類类條条種种裡里"
        + "裏里後后啟启體体級级員员閉闭廣广隨随氣气團团參参戶户碼码領领熱热門门評评論论讚赞滿满寫写顯显們们誰谁嗨嗨圖图書书運运壺壶"
        + "鞋鞋襪袜褲裤紙纸視视聽听錶表鐘钟鏡镜戲戏遊游樂乐藥药醫医護护膚肤髮发兒儿嬰婴寵宠糧粮飲饮雞鸡魚鱼蝦虾麵面湯汤蘋苹蔬蔬"
        + "最最便便宜宜銷销量量輸输入入記记錄录歷历史史收收藏藏訂订閱阅取取消消拼拼團团買买單单退退換换貨货區区塊块圓圆"

    static let table: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let scalars = Array(pairs.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] != scalars[index + 1] { table[scalars[index].value] = scalars[index + 1].value }
            index += 2
        }
        return table
    }()

    /// The lowest and highest traditional character in the table: most characters are outside
    /// and skip the lookup.
    static let range: ClosedRange<UInt32> = (table.keys.min() ?? 0)...(table.keys.max() ?? 0)
}
