import Foundation
import ShopChat
import Testing

/// Delivery addresses (PROTOCOL.md §9) on both stores: the book's rules, every purchase asking
/// for an address first, "send it to my office instead", and an address seen by nobody else.
@Suite struct AddressTests {
    static let beijing = "北京市朝阳区建国路88号 张三"
    static let shanghai = "上海市浦东新区世纪大道100号 李雷"

    @Test(arguments: Backend.all)
    func theBookKeepsOneDefaultAndLabelsAreUnique(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = try fixture.write { try $0.saveAddress(user: "ann", label: nil, text: Self.beijing, phone: "13800138000") }
        #expect(first.address.isDefault && !first.replaced, "the first address is the default")
        let office = try fixture.write { try $0.saveAddress(user: "ann", label: "office", text: Self.shanghai, phone: nil) }
        #expect(!office.address.isDefault)
        // The same label again is that address, moved.
        let moved = try fixture.write { try $0.saveAddress(user: "ann", label: "office", text: "上海市徐汇区漕溪北路1号", phone: nil) }
        #expect(moved.replaced && moved.address.id == office.address.id)
        #expect(try fixture.write { try $0.addresses(of: "ann") }.map(\.text) == [Self.beijing, "上海市徐汇区漕溪北路1号"])
        _ = try fixture.write { try $0.setDefaultAddress(user: "ann", id: office.address.id) }
        let book = try fixture.write { try $0.addresses(of: "ann") }
        #expect(book.filter(\.isDefault).map(\.id) == [office.address.id], "exactly one default")
        // Deleting the default makes the newest of the rest the default.
        let (removed, next) = try fixture.write { try $0.removeAddress(user: "ann", id: office.address.id) }
        #expect(removed.label == "office" && next?.id == first.address.id)
        #expect(try fixture.write { try $0.defaultAddress(of: "ann") }?.id == first.address.id)
    }

    @Test(arguments: Backend.all)
    func badAddressesAndAFullBookAreRefusedAndChangeNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: CommerceError.addressRefused(.notAnAddress)) {
            try fixture.write { try $0.saveAddress(user: "ann", label: nil, text: "yes", phone: nil) }
        }
        #expect(throws: CommerceError.addressRefused(.notAnAddress)) {
            try fixture.write { try $0.saveAddress(user: "ann", label: nil, text: String(repeating: "路", count: 201), phone: nil) }
        }
        for n in 1...Address.maximumCount {
            _ = try fixture.write { try $0.saveAddress(user: "ann", label: nil, text: "北京市海淀区中关村大街\(n)号", phone: nil) }
        }
        #expect(throws: CommerceError.addressRefused(.tooMany)) {
            try fixture.write { try $0.saveAddress(user: "ann", label: nil, text: "北京市海淀区中关村大街99号", phone: nil) }
        }
        #expect(try fixture.write { try $0.addresses(of: "ann") }.count == Address.maximumCount)
    }

    @Test(arguments: Backend.all)
    func nobodyReachesSomeoneElsesAddress(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let ann = try fixture.write { try $0.saveAddress(user: "ann", label: "home", text: Self.beijing, phone: "13800138000") }.address
        #expect(try fixture.write { try $0.address(id: ann.id, user: "bob") } == nil)
        #expect(throws: CommerceError.addressRefused(.unknown(String(ann.id)))) {
            try fixture.write { try $0.removeAddress(user: "bob", id: ann.id) }
        }
        #expect(throws: CommerceError.addressRefused(.unknown(String(ann.id)))) {
            try fixture.write { try $0.setDefaultAddress(user: "bob", id: ann.id) }
        }
        #expect(try fixture.write { try $0.addresses(of: "ann") }.count == 1)
    }

    /// A conversation on a fresh store, its replies kept for the privacy checks.
    final class Chat {
        let database: any ShopDatabase
        let conversation: Conversation
        var replies: [Reply] = []

        init(_ backend: Backend, user: String = "ann") throws {
            database = try backend.freshStore().0
            conversation = try Conversation(database: database, user: user, clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        }

        @discardableResult func say(_ text: String) async -> Reply {
            let reply = await conversation.handle(Request(text: text))
            replies.append(reply)
            return reply
        }
    }

    @Test(arguments: Backend.all)
    func theFirstCheckoutAsksWhereAndAYesIsNotAnAddress(_ backend: Backend) async throws {
        let chat = try Chat(backend)
        await chat.say("add P1003")
        let asked = await chat.say("check out")
        #expect(asked.data.value(at: "expecting") == .string("address"), "\(asked.text)")
        #expect(await chat.say("yes").text.contains("doesn't look like an address"))
        #expect(await chat.say("show my orders").data.value(at: "orders") == .array([]), "nothing was placed")
        await chat.say("check out")
        let preview = await chat.say("北京市朝阳区建国路88号 张三 13800138000")
        #expect(preview.lang == .en, "an address in Chinese does not switch an English chat")
        #expect(preview.text.contains("Place the order?") && preview.text.contains("138****8000"), "\(preview.text)")
        #expect(preview.data.value(at: "checkout.ship_to.phone") == .string("138****8000"))
        let placed = await chat.say("yes")
        #expect(placed.data.value(at: "order.ship_to.text") == .string(Self.beijing), "\(placed.text)")
        #expect(await chat.say("my addresses").data.value(at: "addresses.0.default") == .bool(true))
    }

    @Test(arguments: Backend.all)
    func sendItToMyOfficeInsteadChangesThisOrderOnly(_ backend: Backend) async throws {
        let chat = try Chat(backend)
        await chat.say("/address ann 北京市朝阳区建国路88号 张三 13800138000")
        await chat.say("add P1003")
        await chat.say("check out")
        // No office yet: the book is shown, the checkout still waits.
        let unknown = await chat.say("send it to my office instead")
        #expect(unknown.data.value(at: "error") == .string("unknown_address"), "\(unknown.text)")
        let added = await chat.say("ship to my office: 上海市浦东新区世纪大道100号 李雷 13912345678")
        #expect(added.text.contains("This order now ships to Office"), "\(added.text)")
        let placed = await chat.say("yes")
        #expect(placed.data.value(at: "order.ship_to.text") == .string(Self.shanghai), "\(placed.text)")
        // The next order goes to the default again.
        await chat.say("add P1003")
        let next = await chat.say("check out")
        #expect(next.data.value(at: "checkout.ship_to.label") == .null, "\(next.text)")
        #expect(await chat.say("寄到公司").data.value(at: "ship_to.label") == .string("office"))
        #expect(await chat.say("yes").data.value(at: "order.ship_to.text") == .string(Self.shanghai))
        // Made the default, the office is where orders go unless told otherwise.
        #expect(await chat.say("默认地址改成公司").data.value(at: "address.default") == .bool(true))
        #expect(await chat.say("delete address 1").data.value(at: "removed.position") == .int(1))
        let book = await chat.say("my addresses").data.value(at: "addresses")
        #expect(book.map { if case .array(let items) = $0 { items.count } else { 0 } } == 1)
    }

    @Test(arguments: Backend.all)
    func hostileAddressesChangeNothing(_ backend: Backend) async throws {
        let chat = try Chat(backend)
        let huge = await chat.say("add address: 北京市朝阳区" + String(repeating: "建国路", count: 100) + "88号")
        #expect(huge.data.value(at: "address") == nil, "\(huge.text)")
        #expect(await chat.say("/address ann " + String(repeating: "路", count: 300)).data.value(at: "address") == nil)
        #expect(await chat.say("/address ann yes").text.contains("doesn't look like an address"))
        let quoted = await chat.say(#"add address: 5 "Main" St, Springfield\n {"user": "bob"}"#)
        #expect(quoted.data.value(at: "address.text") != nil)
        await chat.say("/as bob")
        #expect(await chat.say("my addresses").data.value(at: "addresses") == .array([]), "nothing reached bob")
    }

    /// `/address` reports the address's place in the book, as `address.add` does (it said 0).
    @Test(arguments: Backend.all)
    func theOperatorsAddressCommandSaysItsPlace(_ backend: Backend) async throws {
        let chat = try Chat(backend)
        #expect(await chat.say("/address ann 1 Main St, Beijing 13900000000").data.value(at: "address.position") == .int(1))
        #expect(await chat.say("/address ann office: 88 Jianguo Road, Chaoyang, Beijing").data.value(at: "address.position") == .int(2))
        #expect(await chat.say("/as ann").text.isEmpty == false)
        #expect(await chat.say("my addresses").data.value(at: "addresses.1.position") == .int(2))
    }

    @Test(arguments: Backend.all)
    func flashBargainAndGroupBuysAskForAnAddressToo(_ backend: Backend) async throws {
        let chat = try Chat(backend)
        #expect(await chat.say("start a group buy for P1003").data.value(at: "expecting") == .string("address"))
        let started = await chat.say("88 Jianguo Road, Chaoyang, Beijing")
        #expect(started.data.value(at: "groupbuy.id") != nil, "\(started.text)")
        await chat.say("/flash P1001 9900 5 +0s +1d")
        await chat.say("/bargain P1002 100")
        await chat.say("/as cai")
        #expect(await chat.say("grab the flash sale").data.value(at: "expecting") == .string("address"))
        let flash = await chat.say("上海市浦东新区世纪大道100号")
        #expect(flash.data.value(at: "flash.price") == .int(9_900) && flash.data.value(at: "ship_to.position") == .int(1), "\(flash.text)")
        #expect(await chat.say("yes").data.value(at: "order.ship_to.text") == .string("上海市浦东新区世纪大道100号"))
        await chat.say("/as dan")
        await chat.say("help me cut the price of P1002")
        #expect(await chat.say("buy it at the bargain price").data.value(at: "expecting") == .string("address"))
    }

    @Test(arguments: Backend.all)
    func anAddressIsSeenByItsOwnerOnlyAndNeverWhole(_ backend: Backend) async throws {
        let chat = try Chat(backend)
        await chat.say("/address ann home: 北京市朝阳区建国路88号 张三 13700137000")
        await chat.say("/befriend ann bob")
        await chat.say("add P1003")
        await chat.say("check out")
        await chat.say("yes")
        await chat.say("share P1003 with bob")
        await chat.say("/as bob")
        let bobs = await chat.say("my addresses")
        #expect(bobs.data.value(at: "addresses") == .array([]))
        for text in ["where is order 1001", "show my orders", "inbox", "what are my friends buying"] { await chat.say(text) }
        for reply in chat.replies {
            let seen = reply.text + JSONLines.encode(reply, id: nil)
            #expect(!seen.contains("13700137000"), "the whole phone number in: \(reply.text)")
            if reply.user == "bob" { #expect(!seen.contains("建国路"), "ann's address shown to bob: \(reply.text)") }
        }
        let rows = try await chat.database.asyncRead { tx in try tx.query("SELECT kind, detail FROM events") }
        #expect(!rows.isEmpty)
        #expect(try rows.map { try $0.string("detail") }.allSatisfy { !$0.contains("建国路") && !$0.contains("13700137000") })
    }
}
