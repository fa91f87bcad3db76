import ArgumentParser

/// The utterances of `shopchat bench`'s TCP load; each connection cycles through them.
enum LoadMix: String, ExpressibleByArgument, CaseIterable {
    case browse, cart

    var texts: [String] {
        switch self {
        case .browse: ["what's in my cart", "search rice cooker under 300", "show my coupons", "how many points do I have"]
        case .cart: ["search rice cooker under 300", "add the first one", "what's in my cart", "empty my cart"]
        }
    }
}
