#include "OmemoWire.h"

#include "sotto/app/Logging.h"

namespace sotto::app::omemo_wire {

xmpp::Element encodeMessage(const crypto::OmemoMessage &message) {
  xmpp::OmemoEnvelope envelope;
  envelope.senderDeviceId = static_cast<quint32>(message.senderDeviceId);
  for (const auto &key : message.keys)
    envelope.keys.append({static_cast<quint32>(key.deviceId), key.data, key.isPreKey});
  envelope.iv = message.iv;
  envelope.payload = message.payload;
  return xmpp::omemo::encodeEncrypted(envelope);
}

std::optional<crypto::OmemoMessage> decodeMessage(const xmpp::Element &encrypted) {
  const auto envelope = xmpp::omemo::decodeEncrypted(encrypted);
  if (!envelope) {
    qCInfo(lcApp) << "unusable OMEMO element:" << envelope.error();
    return std::nullopt;
  }
  crypto::OmemoMessage message;
  message.senderDeviceId = static_cast<std::int32_t>(envelope->senderDeviceId);
  for (const auto &key : envelope->keys)
    message.keys.append({QString(), static_cast<std::int32_t>(key.deviceId), key.data, key.isPreKey});
  message.iv = envelope->iv;
  message.payload = envelope->payload;
  return message;
}

xmpp::Element encodeDeviceList(const QList<std::int32_t> &deviceIds) {
  QList<quint32> ids;
  ids.reserve(deviceIds.size());
  for (const auto id : deviceIds)
    ids.append(static_cast<quint32>(id));
  return xmpp::omemo::encodeDeviceList(ids);
}

std::optional<QList<std::int32_t>> decodeDeviceList(const xmpp::Element &list) {
  const auto decoded = xmpp::omemo::decodeDeviceList(list);
  if (!decoded)
    return std::nullopt;
  QList<std::int32_t> ids;
  ids.reserve(decoded->size());
  for (const auto id : *decoded)
    ids.append(static_cast<std::int32_t>(id));
  return ids;
}

xmpp::Element encodeBundle(const crypto::Bundle &bundle) {
  xmpp::OmemoBundle wire;
  wire.identityKey = bundle.identityKey;
  wire.signedPreKeyId = bundle.signedPreKeyId;
  wire.signedPreKeyPublic = bundle.signedPreKeyPublic;
  wire.signedPreKeySignature = bundle.signedPreKeySignature;
  for (const auto &preKey : bundle.preKeys)
    wire.preKeys.append({preKey.id, preKey.publicKey});
  return xmpp::omemo::encodeBundle(wire);
}

std::optional<crypto::Bundle> decodeBundle(const xmpp::Element &element, std::int32_t deviceId) {
  const auto wire = xmpp::omemo::decodeBundle(element);
  if (!wire) {
    qCInfo(lcApp) << "unusable OMEMO bundle:" << wire.error();
    return std::nullopt;
  }
  crypto::Bundle bundle;
  bundle.deviceId = deviceId;
  bundle.identityKey = wire->identityKey;
  bundle.signedPreKeyId = wire->signedPreKeyId;
  bundle.signedPreKeyPublic = wire->signedPreKeyPublic;
  bundle.signedPreKeySignature = wire->signedPreKeySignature;
  for (const auto &preKey : wire->preKeys)
    bundle.preKeys.append({preKey.id, preKey.publicKey});
  return bundle;
}

} // namespace sotto::app::omemo_wire
