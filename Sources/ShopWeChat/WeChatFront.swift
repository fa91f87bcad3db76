import ShopChat
