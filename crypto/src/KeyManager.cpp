#include "sotto/crypto/KeyManager.h"

#include "sotto/crypto/Logging.h"
#include "sotto/crypto/SignalEngine.h"

#include "KeyCodec.h"
#include "SignalEnginePrivate.h"

#include <signal/key_helper.h>
#include <signal/ratchet.h>
#include <signal/session_pre_key.h>

#include <openssl/rand.h>

#include <algorithm>

namespace sotto::crypto {

using namespace detail;

namespace {

struct SignedPreKeyInfo {
  std::uint32_t id = 0;
  std::uint64_t timestampMs = 0;
};

tl::expected<QList<SignedPreKeyInfo>, CryptoError> signedPreKeysByAge(SignalEngine::Private &d) {
  auto ids = d.store.signedPreKeyIds();
  if (!ids)
    return tl::unexpected(CryptoError::StoreFailure);
  QList<SignedPreKeyInfo> keys;
  for (std::uint32_t id : *ids) {
    auto record = d.store.loadSignedPreKey(id);
    if (!record)
      return tl::unexpected(CryptoError::StoreFailure);
    if (!*record)
      continue;
    SignalRef<session_signed_pre_key> key;
    if (session_signed_pre_key_deserialize(out(key), bytes(**record),
                                           static_cast<std::size_t>((*record)->size()), d.context) < 0) {
      qCWarning(lcCrypto) << "signed prekey" << id << "in the store is unreadable; ignoring it";
      continue;
    }
    keys.append({id, session_signed_pre_key_get_timestamp(key.get())});
  }
  std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
    return a.timestampMs != b.timestampMs ? a.timestampMs < b.timestampMs : a.id < b.id;
  });
  return keys;
}

tl::expected<std::int32_t, CryptoError> randomDeviceId() {
  std::uint32_t value = 0;
  do {
    if (RAND_bytes(reinterpret_cast<unsigned char *>(&value), sizeof value) != 1)
      return tl::unexpected(CryptoError::Internal);
    value &= 0x7fffffffu; // 1 … 2^31−1: Conversations parses device ids as signed 32-bit
  } while (value == 0);
  return static_cast<std::int32_t>(value);
}

} // namespace

KeyManager::KeyManager(SignalEngine &engine, KeyPolicy policy) : engine_(engine), policy_(policy) {
}

tl::expected<bool, CryptoError> KeyManager::ensureIdentity(const QDateTime &now) {
  auto &d = engine_.d();
  if (!d.bridge.localIdentity()) {
    SignalRef<ratchet_identity_key_pair> pair;
    if (int rc = signal_protocol_key_helper_generate_identity_key_pair(out(pair), d.context); rc < 0)
      return tl::unexpected(fromSignal(rc));
    LocalIdentity identity;
    auto publicKey = serializePublic(ratchet_identity_key_pair_get_public(pair.get()));
    if (!publicKey)
      return tl::unexpected(publicKey.error());
    identity.identityPublicKey = *publicKey;
    SignalBuffer privateKey;
    if (int rc = ec_private_key_serialize(out(privateKey), ratchet_identity_key_pair_get_private(pair.get()));
        rc < 0)
      return tl::unexpected(fromSignal(rc));
    identity.identityPrivateKey = toSecureBytes(privateKey.get());
    if (int rc = signal_protocol_key_helper_generate_registration_id(&identity.registrationId, 0, d.context);
        rc < 0)
      return tl::unexpected(fromSignal(rc));
    auto device = randomDeviceId();
    if (!device)
      return tl::unexpected(device.error());
    identity.deviceId = *device;
    if (!d.store.saveLocalIdentity(identity))
      return tl::unexpected(CryptoError::StoreFailure);
    d.bridge.setLocalIdentity(std::move(identity));
    qCInfo(lcCrypto) << "made a new identity for device" << *device;
    if (auto made = replenishPreKeys(); !made)
      return tl::unexpected(made.error());
    if (auto rotated = rotateSignedPreKey(now); !rotated)
      return tl::unexpected(rotated.error());
    return true;
  }
  // An existing profile: make sure nothing is missing (an interrupted first run).
  if (auto made = replenishPreKeys(); !made)
    return tl::unexpected(made.error());
  if (auto rotated = rotateSignedPreKey(now); !rotated)
    return tl::unexpected(rotated.error());
  return false;
}

tl::expected<std::int32_t, CryptoError> KeyManager::deviceId() const {
  const auto &local = engine_.d().bridge.localIdentity();
  if (!local)
    return tl::unexpected(CryptoError::InvalidArgument);
  return local->deviceId;
}

tl::expected<QByteArray, CryptoError> KeyManager::identityPublicKey() const {
  const auto &local = engine_.d().bridge.localIdentity();
  if (!local)
    return tl::unexpected(CryptoError::InvalidArgument);
  return local->identityPublicKey;
}

tl::expected<Bundle, CryptoError> KeyManager::bundle() const {
  auto &d = engine_.d();
  const auto &local = d.bridge.localIdentity();
  if (!local)
    return tl::unexpected(CryptoError::InvalidArgument);
  Bundle bundle;
  bundle.deviceId = local->deviceId;
  bundle.identityKey = local->identityPublicKey;

  auto signedKeys = signedPreKeysByAge(d);
  if (!signedKeys)
    return tl::unexpected(signedKeys.error());
  if (signedKeys->isEmpty())
    return tl::unexpected(CryptoError::InvalidKeyId);
  const std::uint32_t current = signedKeys->last().id;
  auto record = d.store.loadSignedPreKey(current);
  if (!record || !*record)
    return tl::unexpected(CryptoError::StoreFailure);
  SignalRef<session_signed_pre_key> signedKey;
  if (int rc = session_signed_pre_key_deserialize(out(signedKey), bytes(**record),
                                                  static_cast<std::size_t>((*record)->size()), d.context);
      rc < 0)
    return tl::unexpected(fromSignal(rc));
  auto signedPublic =
      serializePublic(ec_key_pair_get_public(session_signed_pre_key_get_key_pair(signedKey.get())));
  if (!signedPublic)
    return tl::unexpected(signedPublic.error());
  bundle.signedPreKeyId = current;
  bundle.signedPreKeyPublic = *signedPublic;
  bundle.signedPreKeySignature =
      QByteArray(reinterpret_cast<const char *>(session_signed_pre_key_get_signature(signedKey.get())),
                 static_cast<qsizetype>(session_signed_pre_key_get_signature_len(signedKey.get())));

  auto ids = d.store.preKeyIds();
  if (!ids)
    return tl::unexpected(CryptoError::StoreFailure);
  std::sort(ids->begin(), ids->end());
  for (std::uint32_t id : *ids) {
    auto preKeyRecord = d.store.loadPreKey(id);
    if (!preKeyRecord)
      return tl::unexpected(CryptoError::StoreFailure);
    if (!*preKeyRecord)
      continue;
    SignalRef<session_pre_key> preKey;
    if (session_pre_key_deserialize(out(preKey), bytes(**preKeyRecord),
                                    static_cast<std::size_t>((*preKeyRecord)->size()), d.context) < 0) {
      qCWarning(lcCrypto) << "one-time prekey" << id << "in the store is unreadable; leaving it out";
      continue;
    }
    auto publicKey = serializePublic(ec_key_pair_get_public(session_pre_key_get_key_pair(preKey.get())));
    if (!publicKey)
      return tl::unexpected(publicKey.error());
    bundle.preKeys.append({id, *publicKey});
  }
  return bundle;
}

tl::expected<bool, CryptoError> KeyManager::replenishPreKeys() {
  auto &d = engine_.d();
  auto ids = d.store.preKeyIds();
  if (!ids)
    return tl::unexpected(CryptoError::StoreFailure);
  const auto missing = policy_.preKeyCount - static_cast<int>(ids->size());
  if (missing <= 0)
    return false;
  PreKeyList head;
  if (int rc = signal_protocol_key_helper_generate_pre_keys(out(head), nextWrappingId(*ids),
                                                            static_cast<unsigned int>(missing), d.context);
      rc < 0)
    return tl::unexpected(fromSignal(rc));
  for (auto *node = head.get(); node != nullptr; node = signal_protocol_key_helper_key_list_next(node)) {
    session_pre_key *key = signal_protocol_key_helper_key_list_element(node);
    SignalBuffer record;
    if (int rc = session_pre_key_serialize(out(record), key); rc < 0)
      return tl::unexpected(fromSignal(rc));
    if (!d.store.storePreKey(session_pre_key_get_id(key), toByteArray(record.get())))
      return tl::unexpected(CryptoError::StoreFailure);
  }
  return true;
}

tl::expected<bool, CryptoError> KeyManager::rotateSignedPreKey(const QDateTime &now) {
  auto &d = engine_.d();
  const auto &local = d.bridge.localIdentity();
  if (!local)
    return tl::unexpected(CryptoError::InvalidArgument);
  auto keys = signedPreKeysByAge(d);
  if (!keys)
    return tl::unexpected(keys.error());
  const auto nowMs = static_cast<std::uint64_t>(std::max<qint64>(0, now.toMSecsSinceEpoch()));
  const auto ageMs = [&](std::uint64_t timestamp) {
    return std::chrono::milliseconds(nowMs > timestamp ? nowMs - timestamp : 0);
  };

  bool changed = false;
  if (keys->isEmpty() || ageMs(keys->last().timestampMs) >= policy_.signedPreKeyRotation) {
    QList<std::uint32_t> ids;
    for (const auto &key : *keys)
      ids.append(key.id);
    const std::uint32_t id = nextWrappingId(ids);
    SignalRef<ratchet_identity_key_pair> identity;
    {
      auto publicKey = decodePublic(d.context, local->identityPublicKey);
      if (!publicKey)
        return tl::unexpected(publicKey.error());
      SignalRef<ec_private_key> privateKey;
      if (int rc = curve_decode_private_point(out(privateKey), local->identityPrivateKey.data(),
                                              local->identityPrivateKey.size(), d.context);
          rc < 0)
        return tl::unexpected(fromSignal(rc));
      if (int rc = ratchet_identity_key_pair_create(out(identity), publicKey->get(), privateKey.get());
          rc < 0)
        return tl::unexpected(fromSignal(rc));
    }
    SignalRef<session_signed_pre_key> signedKey;
    if (int rc = signal_protocol_key_helper_generate_signed_pre_key(out(signedKey), identity.get(), id, nowMs,
                                                                    d.context);
        rc < 0)
      return tl::unexpected(fromSignal(rc));
    SignalBuffer record;
    if (int rc = session_signed_pre_key_serialize(out(record), signedKey.get()); rc < 0)
      return tl::unexpected(fromSignal(rc));
    if (!d.store.storeSignedPreKey(id, toByteArray(record.get())))
      return tl::unexpected(CryptoError::StoreFailure);
    keys->append({id, nowMs});
    changed = true;
  }

  // Each replaced key stays until its successor has been public for the grace period.
  for (qsizetype i = 0; i + 1 < keys->size(); ++i) {
    if (ageMs((*keys)[i + 1].timestampMs) >= policy_.signedPreKeyGrace &&
        !d.store.removeSignedPreKey((*keys)[i].id))
      return tl::unexpected(CryptoError::StoreFailure);
  }
  return changed;
}

} // namespace sotto::crypto
