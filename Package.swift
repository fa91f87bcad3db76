// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "shopchat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "shopchat", targets: ["shopchat"]),
        .library(name: "ShopIntents", targets: ["ShopIntents"]),
        .library(name: "ShopChat", targets: ["ShopChat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        // `serve`'s signals and graceful shutdown.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // `swift package generate-documentation`: the DocC catalogs of ShopChat and ShopIntents.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Byte-level text helpers every module's word checks share (no dependencies).
        .target(name: "ShopText", swiftSettings: strict),
        .target(
            name: "ShopIntents",
            dependencies: ["ShopText"],
            resources: [.process("Resources")],
            swiftSettings: strict
        ),
        .target(name: "ShopCommerce", dependencies: ["ShopText"], resources: [.process("Resources")], swiftSettings: strict),
        .target(
            name: "ShopStorage",
            dependencies: [
                "ShopCommerce",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ShopConversation",
            dependencies: ["ShopText", "ShopIntents", "ShopCommerce", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(name: "ShopProtocol", dependencies: ["ShopConversation"], swiftSettings: strict),
        .target(
            name: "ShopServer",
            dependencies: [
                "ShopProtocol", "ShopIntents",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ShopChat",
            dependencies: ["ShopIntents", "ShopCommerce", "ShopStorage", "ShopConversation", "ShopProtocol", "ShopServer"],
            swiftSettings: strict
        ),
        // Channel fronts on the same engine: WeChat Official Account, MCP, the operator's HTTP port.
        .target(
            name: "ShopWeChat",
            dependencies: [
                "ShopChat",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ShopMCP",
            dependencies: ["ShopChat", .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "ShopAdmin",
            dependencies: [
                "ShopChat",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "shopchat",
            dependencies: [
                "ShopChat", "CEditLine", "ShopWeChat", "ShopMCP", "ShopAdmin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "shopchat-gateway-example", dependencies: ["ShopChat"], path: "Examples/Gateway", swiftSettings: strict),
        .testTarget(
            name: "ShopIntentsTests", dependencies: ["ShopIntents", "ShopText"], resources: [.copy("Corpus")], swiftSettings: strict),
        .testTarget(name: "ShopCommerceTests", dependencies: ["ShopChat"], swiftSettings: strict),
        .testTarget(name: "ShopConversationTests", dependencies: ["ShopChat"], swiftSettings: strict),
        .testTarget(name: "DialogTests", dependencies: ["ShopChat"], swiftSettings: strict),
        // Starting and stopping the real `shopchat` binary, for the terminal and server tests.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "ReplTests", dependencies: ["ShopChat", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "WeChatTests", dependencies: ["ShopWeChat", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "MCPTests", dependencies: ["ShopMCP", "TestSupport", .product(name: "MCP", package: "swift-sdk")], swiftSettings: strict),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "ShopChat", "ShopServer", "TestSupport", .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
    ]
)
