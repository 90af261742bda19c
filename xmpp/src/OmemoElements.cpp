#include "sotto/xmpp/OmemoElements.h"

#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp::omemo {

namespace {
// Generous bounds: real clients send tens of keys and 100 prekeys of 33 bytes.
constexpr qsizetype kMaxKeys = 1000;
constexpr qsizetype kMaxDevices = 1000;
constexpr qsizetype kMaxPreKeys = 1000;
constexpr qsizetype kMaxKeyBytes = 4096;
constexpr quint32 kMaxDeviceId = 0x7fffffff;

using Error = OmemoCodecError;

tl::expected<quint32, Error> parseId(const QString &text) {
  bool ok = false;
  const qulonglong value = text.trimmed().toULongLong(&ok);
  if (!ok || value == 0 || value > kMaxDeviceId)
    return tl::unexpected(Error::InvalidDeviceId);
  return static_cast<quint32>(value);
}

tl::expected<QByteArray, Error> parseBase64(const QString &text, qsizetype maxBytes) {
  QByteArray ascii = text.toLatin1();
  ascii.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', ""); // some clients wrap lines
  if (ascii.size() > (maxBytes / 3 + 2) * 4)
    return tl::unexpected(Error::InvalidSize);
  auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return tl::unexpected(Error::InvalidBase64);
  if (decoded.decoded.isEmpty() || decoded.decoded.size() > maxBytes)
    return tl::unexpected(Error::InvalidSize);
  return decoded.decoded;
}

QString base64(const QByteArray &bytes) {
  return QString::fromLatin1(bytes.toBase64());
}

Element child(const QString &name) {
  return Element(name, kNs.toString());
}

} // namespace

QString bundleNode(quint32 deviceId) {
  return QStringLiteral("eu.siacs.conversations.axolotl.bundles:") + QString::number(deviceId);
}

Element encodeEncrypted(const OmemoEnvelope &envelope) {
  Element encrypted = child(QStringLiteral("encrypted"));
  Element &header = encrypted.addChild(child(QStringLiteral("header")));
  header.setAttribute(QStringLiteral("sid"), QString::number(envelope.senderDeviceId));
  for (const auto &key : envelope.keys) {
    Element &k = header.addChild(child(QStringLiteral("key")));
    if (key.isPreKey)
      k.setAttribute(QStringLiteral("prekey"), QStringLiteral("true"));
    k.setAttribute(QStringLiteral("rid"), QString::number(key.deviceId));
    k.setText(base64(key.data));
  }
  header.addTextChild(QStringLiteral("iv"), kNs.toString(), base64(envelope.iv));
  if (envelope.payload)
    encrypted.addTextChild(QStringLiteral("payload"), kNs.toString(), base64(*envelope.payload));
  return encrypted;
}

tl::expected<OmemoEnvelope, OmemoCodecError> decodeEncrypted(const Element &encrypted) {
  if (!encrypted.is(u"encrypted", kNs))
    return tl::unexpected(Error::WrongElement);
  const Element *header = encrypted.firstChild(u"header", kNs);
  if (!header || !header->hasAttribute(u"sid"))
    return tl::unexpected(Error::MissingElement);
  OmemoEnvelope envelope;
  auto sid = parseId(header->attribute(u"sid"));
  if (!sid)
    return tl::unexpected(sid.error());
  envelope.senderDeviceId = *sid;
  const auto keys = header->childrenNamed(u"key", kNs);
  if (static_cast<qsizetype>(keys.size()) > kMaxKeys)
    return tl::unexpected(Error::TooMany);
  for (const Element *key : keys) {
    // A malformed key for some other device (another client's bug, or a hostile sender
    // adding junk) must not hide the key meant for us: it is skipped, not fatal.
    auto rid = parseId(key->attribute(u"rid"));
    auto data = parseBase64(key->text(), kMaxKeyBytes);
    if (!rid || !data)
      continue;
    const QString prekey = key->attribute(u"prekey");
    envelope.keys.append({*rid, *data, prekey == u"true" || prekey == u"1"});
  }
  const Element *iv = header->firstChild(u"iv", kNs);
  if (!iv)
    return tl::unexpected(Error::MissingElement);
  auto ivBytes = parseBase64(iv->text(), 16);
  if (!ivBytes)
    return tl::unexpected(ivBytes.error());
  if (ivBytes->size() != 12 && ivBytes->size() != 16)
    return tl::unexpected(Error::InvalidSize);
  envelope.iv = *ivBytes;
  if (const Element *payload = encrypted.firstChild(u"payload", kNs)) {
    // Bounded by the stream's stanza limit already; here only its form is checked.
    auto bytes = parseBase64(payload->text(), 1024 * 1024);
    if (!bytes)
      return tl::unexpected(bytes.error());
    envelope.payload = *bytes;
  }
  return envelope;
}

void addToMessage(Element &message, const OmemoEnvelope &envelope, const QString &fallbackBody) {
  message.addChild(encodeEncrypted(envelope));
  if (!fallbackBody.isEmpty())
    message.addTextChild(QStringLiteral("body"), ns::kClient.toString(), fallbackBody);
  message.addChild(Element(QStringLiteral("store"), ns::kHints.toString()));
  message.addChild(Element(QStringLiteral("encryption"), ns::kEme.toString()))
      .setAttribute(QStringLiteral("namespace"), kNs.toString())
      .setAttribute(QStringLiteral("name"), QStringLiteral("OMEMO"));
}

Element encodeDeviceList(const QList<quint32> &deviceIds) {
  Element list = child(QStringLiteral("list"));
  for (quint32 id : deviceIds)
    list.addChild(child(QStringLiteral("device"))).setAttribute(QStringLiteral("id"), QString::number(id));
  return list;
}

tl::expected<QList<quint32>, OmemoCodecError> decodeDeviceList(const Element &list) {
  if (!list.is(u"list", kNs))
    return tl::unexpected(Error::WrongElement);
  const auto devices = list.childrenNamed(u"device", kNs);
  if (static_cast<qsizetype>(devices.size()) > kMaxDevices)
    return tl::unexpected(Error::TooMany);
  QList<quint32> ids;
  for (const Element *device : devices) {
    // One bad entry (another client's bug) must not hide the other devices.
    auto id = parseId(device->attribute(u"id"));
    if (id && !ids.contains(*id))
      ids.append(*id);
  }
  return ids;
}

Element encodeBundle(const OmemoBundle &bundle) {
  Element element = child(QStringLiteral("bundle"));
  element
      .addTextChild(QStringLiteral("signedPreKeyPublic"), kNs.toString(), base64(bundle.signedPreKeyPublic))
      .setAttribute(QStringLiteral("signedPreKeyId"), QString::number(bundle.signedPreKeyId));
  element.addTextChild(QStringLiteral("signedPreKeySignature"), kNs.toString(),
                       base64(bundle.signedPreKeySignature));
  element.addTextChild(QStringLiteral("identityKey"), kNs.toString(), base64(bundle.identityKey));
  Element &prekeys = element.addChild(child(QStringLiteral("prekeys")));
  for (const auto &preKey : bundle.preKeys)
    prekeys.addTextChild(QStringLiteral("preKeyPublic"), kNs.toString(), base64(preKey.publicKey))
        .setAttribute(QStringLiteral("preKeyId"), QString::number(preKey.id));
  return element;
}

tl::expected<OmemoBundle, OmemoCodecError> decodeBundle(const Element &element) {
  if (!element.is(u"bundle", kNs))
    return tl::unexpected(Error::WrongElement);
  const Element *signedPreKey = element.firstChild(u"signedPreKeyPublic", kNs);
  const Element *signature = element.firstChild(u"signedPreKeySignature", kNs);
  const Element *identity = element.firstChild(u"identityKey", kNs);
  const Element *prekeys = element.firstChild(u"prekeys", kNs);
  if (!signedPreKey || !signature || !identity || !prekeys)
    return tl::unexpected(Error::MissingElement);
  OmemoBundle bundle;
  // Signed prekey ids may be 0 (libsignal counts from 0 in some clients); only the form
  // matters here.
  bool ok = false;
  bundle.signedPreKeyId = signedPreKey->attribute(u"signedPreKeyId").toUInt(&ok);
  if (!ok || bundle.signedPreKeyId > kMaxDeviceId)
    return tl::unexpected(Error::InvalidDeviceId);
  auto spk = parseBase64(signedPreKey->text(), 64);
  auto sig = parseBase64(signature->text(), 128);
  auto ik = parseBase64(identity->text(), 64);
  for (const auto *part : {&spk, &sig, &ik}) {
    if (!*part)
      return tl::unexpected(part->error());
  }
  bundle.signedPreKeyPublic = *spk;
  bundle.signedPreKeySignature = *sig;
  bundle.identityKey = *ik;
  const auto preKeys = prekeys->childrenNamed(u"preKeyPublic", kNs);
  if (static_cast<qsizetype>(preKeys.size()) > kMaxPreKeys)
    return tl::unexpected(Error::TooMany);
  for (const Element *preKey : preKeys) {
    // One malformed prekey leaves the others usable: a session needs only one.
    const quint32 id = preKey->attribute(u"preKeyId").toUInt(&ok);
    auto key = parseBase64(preKey->text(), 64);
    if (ok && id <= kMaxDeviceId && key)
      bundle.preKeys.append({id, *key});
  }
  if (bundle.preKeys.isEmpty())
    return tl::unexpected(Error::MissingElement);
  return bundle;
}

} // namespace sotto::xmpp::omemo
