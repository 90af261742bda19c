#include "OmemoElements.h"

namespace sotto::app::omemo {

namespace {

constexpr std::int64_t kMaxDeviceId = 0x7FFFFFFF;

std::optional<std::int32_t> parseDeviceId(const QString &text) {
  bool ok = false;
  const qlonglong value = text.trimmed().toLongLong(&ok);
  if (!ok || value < 1 || value > kMaxDeviceId)
    return std::nullopt;
  return static_cast<std::int32_t>(value);
}

std::optional<std::uint32_t> parseKeyId(const QString &text) {
  bool ok = false;
  const qulonglong value = text.trimmed().toULongLong(&ok);
  if (!ok || value > 0xFFFFFFFFULL)
    return std::nullopt;
  return static_cast<std::uint32_t>(value);
}

// Some clients wrap base64 in lines: whitespace is dropped, anything else must be valid.
std::optional<QByteArray> parseBase64(const QString &text) {
  QByteArray compact;
  compact.reserve(text.size());
  for (const QChar c : text)
    if (!c.isSpace())
      compact.append(static_cast<char>(c.toLatin1()));
  auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return std::nullopt;
  return *decoded;
}

QString base64(const QByteArray &data) {
  return QString::fromLatin1(data.toBase64());
}

} // namespace

xmpp::Element encodeMessage(const crypto::OmemoMessage &message) {
  xmpp::Element encrypted(QStringLiteral("encrypted"), kNamespace);
  xmpp::Element header(QStringLiteral("header"), kNamespace);
  header.setAttribute(QStringLiteral("sid"), QString::number(message.senderDeviceId));
  for (const auto &key : message.keys) {
    xmpp::Element keyElement(QStringLiteral("key"), kNamespace);
    keyElement.setAttribute(QStringLiteral("rid"), QString::number(key.deviceId));
    if (key.isPreKey)
      keyElement.setAttribute(QStringLiteral("prekey"), QStringLiteral("true"));
    keyElement.setText(base64(key.data));
    header.addChild(std::move(keyElement));
  }
  header.addTextChild(QStringLiteral("iv"), kNamespace, base64(message.iv));
  encrypted.addChild(std::move(header));
  if (message.payload)
    encrypted.addTextChild(QStringLiteral("payload"), kNamespace, base64(*message.payload));
  return encrypted;
}

std::optional<crypto::OmemoMessage> decodeMessage(const xmpp::Element &encrypted) {
  if (!encrypted.is(u"encrypted", kNamespace))
    return std::nullopt;
  const xmpp::Element *header = encrypted.firstChild(u"header", kNamespace);
  if (!header)
    return std::nullopt;
  crypto::OmemoMessage message;
  const auto sid = parseDeviceId(header->attribute(u"sid"));
  const xmpp::Element *ivElement = header->firstChild(u"iv", kNamespace);
  if (!sid || !ivElement)
    return std::nullopt;
  message.senderDeviceId = *sid;
  const auto iv = parseBase64(ivElement->text());
  if (!iv)
    return std::nullopt;
  message.iv = *iv;
  for (const xmpp::Element *keyElement : header->childrenNamed(u"key", kNamespace)) {
    const auto rid = parseDeviceId(keyElement->attribute(u"rid"));
    const auto data = parseBase64(keyElement->text());
    if (!rid || !data)
      continue; // one bad key must not hide the key meant for us
    const QString prekey = keyElement->attribute(u"prekey");
    message.keys.append({QString(), *rid, *data, prekey == u"true" || prekey == u"1"});
  }
  if (const xmpp::Element *payload = encrypted.firstChild(u"payload", kNamespace)) {
    const auto data = parseBase64(payload->text());
    if (!data)
      return std::nullopt;
    message.payload = *data;
  }
  return message;
}

xmpp::Element encodeDeviceList(const QList<std::int32_t> &deviceIds) {
  xmpp::Element list(QStringLiteral("list"), kNamespace);
  for (const std::int32_t id : deviceIds) {
    xmpp::Element device(QStringLiteral("device"), kNamespace);
    device.setAttribute(QStringLiteral("id"), QString::number(id));
    list.addChild(std::move(device));
  }
  return list;
}

std::optional<QList<std::int32_t>> decodeDeviceList(const xmpp::Element &list) {
  if (!list.is(u"list", kNamespace))
    return std::nullopt;
  QList<std::int32_t> ids;
  for (const xmpp::Element *device : list.childrenNamed(u"device", kNamespace)) {
    const auto id = parseDeviceId(device->attribute(u"id"));
    if (id && !ids.contains(*id))
      ids.append(*id);
  }
  return ids;
}

xmpp::Element encodeBundle(const crypto::Bundle &bundle) {
  xmpp::Element element(QStringLiteral("bundle"), kNamespace);
  element.addTextChild(QStringLiteral("signedPreKeyPublic"), kNamespace, base64(bundle.signedPreKeyPublic))
      .setAttribute(QStringLiteral("signedPreKeyId"), QString::number(bundle.signedPreKeyId));
  element.addTextChild(QStringLiteral("signedPreKeySignature"), kNamespace,
                       base64(bundle.signedPreKeySignature));
  element.addTextChild(QStringLiteral("identityKey"), kNamespace, base64(bundle.identityKey));
  xmpp::Element prekeys(QStringLiteral("prekeys"), kNamespace);
  for (const auto &preKey : bundle.preKeys)
    prekeys.addTextChild(QStringLiteral("preKeyPublic"), kNamespace, base64(preKey.publicKey))
        .setAttribute(QStringLiteral("preKeyId"), QString::number(preKey.id));
  element.addChild(std::move(prekeys));
  return element;
}

std::optional<crypto::Bundle> decodeBundle(const xmpp::Element &element, std::int32_t deviceId) {
  if (!element.is(u"bundle", kNamespace))
    return std::nullopt;
  crypto::Bundle bundle;
  bundle.deviceId = deviceId;
  const xmpp::Element *signedPreKey = element.firstChild(u"signedPreKeyPublic", kNamespace);
  const xmpp::Element *signature = element.firstChild(u"signedPreKeySignature", kNamespace);
  const xmpp::Element *identity = element.firstChild(u"identityKey", kNamespace);
  if (!signedPreKey || !signature || !identity)
    return std::nullopt;
  const auto signedPreKeyId = parseKeyId(signedPreKey->attribute(u"signedPreKeyId"));
  const auto signedPreKeyData = parseBase64(signedPreKey->text());
  const auto signatureData = parseBase64(signature->text());
  const auto identityData = parseBase64(identity->text());
  if (!signedPreKeyId || !signedPreKeyData || !signatureData || !identityData)
    return std::nullopt;
  bundle.signedPreKeyId = *signedPreKeyId;
  bundle.signedPreKeyPublic = *signedPreKeyData;
  bundle.signedPreKeySignature = *signatureData;
  bundle.identityKey = *identityData;
  if (const xmpp::Element *prekeys = element.firstChild(u"prekeys", kNamespace)) {
    for (const xmpp::Element *preKey : prekeys->childrenNamed(u"preKeyPublic", kNamespace)) {
      const auto id = parseKeyId(preKey->attribute(u"preKeyId"));
      const auto data = parseBase64(preKey->text());
      if (id && data)
        bundle.preKeys.append({*id, *data});
    }
  }
  return bundle;
}

} // namespace sotto::app::omemo
