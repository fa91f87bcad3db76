import ShopChat

/// Where a deployment would send pushes at once instead of waiting for the receiver's next
/// message: WeChat's customer-service API (`POST https://api.weixin.qq.com/cgi-bin/message/custom/send?access_token=…`
/// with `{"touser": OPENID, "msgtype": "text", "text": {"content": …}}`), allowed within 48 hours
/// of the user's last message. This release ships no sender (it needs the AppSecret and an
/// access-token cache, both outside this server's trust); without one, or when one fails, a push
/// waits in the receiver's mailbox and is shown with their next message.
public protocol CustomerServicePush: Sendable {
    /// Sends `text` to `openID`; true when WeChat accepted it (then it is not queued).
    func send(_ text: String, toOpenID openID: String, event: ShopEvent) async -> Bool
}
