/// The whole shopchat engine as one import, for gateways that embed it:
/// ``Conversation`` (the entry point), ``Request`` and ``Reply``, the stores ``SQLiteDatabase``
/// and ``PostgresStore``, ``IntentEngine`` for understanding alone, and ``ShopServer`` for
/// serving JSON Lines over TCP.
@_exported import ShopCommerce
@_exported import ShopConversation
@_exported import ShopIntents
@_exported import ShopProtocol
@_exported import ShopServer
@_exported import ShopStorage
