@_exported import ShopCommerce
@_exported import ShopConversation
@_exported import ShopIntents
@_exported import ShopProtocol
@_exported import ShopStorage
@_exported import ShopServer
