#include "SessionSafetyNumber.h"

#include "Session.h"

#include "sotto/crypto/KeyManager.h"

namespace sotto::app {

std::optional<crypto::SafetyNumber> sessionSafetyNumber(Session &session, const QString &jid) {
  if (!session.omemo)
    return std::nullopt;
  auto &store = session.omemo->store();
  auto keysOf = [&store](const QString &who, std::int32_t skip) {
    QList<QByteArray> keys;
    auto devices = store.devices(who);
    auto identities = store.identities(who);
    if (!devices || !identities)
      return keys;
    // A device we only know from its messages (its list never fetched) still counts;
    // one its owner removed from the list does not.
    for (const auto &identity : *identities) {
      bool inactive = identity.deviceId == skip;
      for (const auto &device : *devices)
        inactive = inactive || (device.deviceId == identity.deviceId && !device.active);
      if (!inactive)
        keys.append(identity.identityKey);
    }
    return keys;
  };
  crypto::KeyManager keys(session.omemo->engine());
  auto ownKey = keys.identityPublicKey();
  if (!ownKey)
    return std::nullopt;
  crypto::SafetyNumber::Side local{session.accountJid, keysOf(session.accountJid, session.omemo->deviceId())};
  local.identityKeys.append(*ownKey);
  const crypto::SafetyNumber::Side remote{jid, keysOf(jid, 0)};
  if (remote.identityKeys.isEmpty())
    return std::nullopt;
  auto number = crypto::SafetyNumber::compute(local, remote);
  if (!number)
    return std::nullopt;
  return *number;
}

} // namespace sotto::app
