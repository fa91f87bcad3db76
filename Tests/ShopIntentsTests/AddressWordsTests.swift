import Testing

@testable import ShopIntents

/// Reading an address out of a request (PROTOCOL.md §4 `address.add`): the address, its phone
/// (however it is grouped), its label, and what is not an address at all.
@Suite struct AddressWordsTests {
    @Test(arguments: [
        ("添加地址 北京市朝阳区建国路88号 张三 13800138000", "北京市朝阳区建国路88号 张三", "13800138000", nil as String?),
        ("公司地址：上海市浦东新区世纪大道100号 李雷 139-1234-5678，设为默认", "上海市浦东新区世纪大道100号 李雷", "13912345678", "office"),
        ("add address: 88 Jianguo Road, Beijing +86 139 1234 5678", "88 Jianguo Road, Beijing", "13912345678", nil),
        ("add address: 88 13800138000 Jianguo Road, Beijing", "88 Jianguo Road, Beijing", "13800138000", nil),
        ("my home address is 12 Baker Street, Haidian, Beijing", "12 Baker Street, Haidian, Beijing", nil, "home"),
        ("我搬家了 新地址是 杭州市西湖区文三路90号", "杭州市西湖区文三路90号", nil, nil),
        ("添加地址 家：北京市海淀区中关村大街27号", "北京市海淀区中关村大街27号", nil, "home"),
        ("新增地址新疆乌鲁木齐市天山区解放北路1号", "新疆乌鲁木齐市天山区解放北路1号", nil, nil),
    ])
    func readsTheAddressThePhoneAndTheLabel(text: String, address: String, phone: String?, label: String?) {
        let reading = AddressWords.read(text)
        #expect(AddressWords.mayHoldAddress(text), "\(text): the quick check may not pass over an address")
        #expect(reading.text == address, "\(text)")
        #expect(reading.phone == phone, "\(text)")
        #expect(reading.label == label, "\(text)")
    }

    @Test func aPhoneInsideALongerNumberIsNoPhone() {
        #expect(AddressWords.phone(in: "order 213800138000") == nil)
        #expect(AddressWords.phone(in: "12345678901") == nil, "not a mobile prefix")
        #expect(AddressWords.phone(in: "tel 8613912345678")?.digits == "13912345678")
    }

    @Test func wordsThatAreNoAddress() {
        for text in ["yes", "ok", "公司", "确认", "send a ¥20 red envelope to the family group split 5 ways", "搜iPhone 15", "delete address 1"]
        {
            #expect(!AddressWords.isNewAddress(text), "\(text)")
        }
        #expect(AddressWords.read("yes").text == nil)
        // The quick check before a reading: nothing with no place mark and no number is read.
        for text in ["yes", "what's in my cart", "thanks", "算了 不要了", "运费多少"] { #expect(!AddressWords.mayHoldAddress(text), "\(text)") }
        #expect(AddressWords.mayHoldAddress("送到公司 朝阳路"))
        #expect(AddressWords.mayHoldAddress("Unit 5, Pine Court, Springfield"))
        #expect(AddressWords.isNewAddress("ship to my office: 100 Century Avenue, Pudong, Shanghai"))
    }
}
