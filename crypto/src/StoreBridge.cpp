#include "StoreBridge.h"

#include "SignalHandle.h"

#include "sotto/crypto/Logging.h"

namespace sotto::crypto::detail {

namespace {

// Store failures travel through libsignal as this code (it passes callback errors on).
constexpr int kStoreError = SG_ERR_MINIMUM;

StoreBridge &bridge(void *userData) {
  return *static_cast<StoreBridge *>(userData);
}

ProtocolAddress toAddress(const signal_protocol_address *address) {
  return {QString::fromUtf8(address->name, static_cast<qsizetype>(address->name_len)), address->device_id};
}

QString toName(const char *name, std::size_t len) {
  return QString::fromUtf8(name, static_cast<qsizetype>(len));
}

QByteArray toBytes(const std::uint8_t *data, std::size_t len) {
  return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(len));
}

// --- sessions ---------------------------------------------------------------------------
int loadSession(signal_buffer **record, signal_buffer **userRecord, const signal_protocol_address *address,
                void *userData) {
  *userRecord = nullptr;
  bool ok = true;
  auto found = bridge(userData).session(toAddress(address), ok);
  if (!ok)
    return kStoreError;
  if (!found)
    return 0;
  *record = signal_buffer_create(bytes(*found), static_cast<std::size_t>(found->size()));
  return *record != nullptr ? 1 : SG_ERR_NOMEM;
}

int subDeviceSessionsCallback(signal_int_list **sessions, const char *name, std::size_t nameLen,
                              void *userData) {
  bool ok = true;
  const auto devices = bridge(userData).subDeviceSessions(toName(name, nameLen), ok);
  if (!ok)
    return kStoreError;
  SignalIntList list(signal_int_list_alloc());
  if (!list)
    return SG_ERR_NOMEM;
  for (std::int32_t device : devices)
    if (signal_int_list_push_back(list.get(), device) < 0)
      return SG_ERR_NOMEM;
  *sessions = list.release();
  return static_cast<int>(devices.size());
}

int storeSession(const signal_protocol_address *address, std::uint8_t *record, std::size_t recordLen,
                 std::uint8_t *, std::size_t, void *userData) {
  bridge(userData).stageSession(toAddress(address), toBytes(record, recordLen));
  return SG_SUCCESS;
}

int containsSession(const signal_protocol_address *address, void *userData) {
  bool ok = true;
  const bool found = bridge(userData).session(toAddress(address), ok).has_value();
  return ok ? (found ? 1 : 0) : kStoreError;
}

int deleteSession(const signal_protocol_address *address, void *userData) {
  bool ok = true;
  const auto key = toAddress(address);
  const bool found = bridge(userData).session(key, ok).has_value();
  if (!ok)
    return kStoreError;
  bridge(userData).stageSession(key, std::nullopt);
  return found ? 1 : 0;
}

int deleteAllSessionsCallback(const char *name, std::size_t nameLen, void *userData) {
  bool ok = true;
  const int count = bridge(userData).deleteAllSessions(toName(name, nameLen), ok);
  return ok ? count : kStoreError;
}

// --- one-time prekeys --------------------------------------------------------------------
int loadPreKey(signal_buffer **record, std::uint32_t id, void *userData) {
  bool ok = true;
  auto found = bridge(userData).preKey(id, ok);
  if (!ok)
    return kStoreError;
  if (!found)
    return SG_ERR_INVALID_KEY_ID;
  *record = signal_buffer_create(bytes(*found), static_cast<std::size_t>(found->size()));
  return *record != nullptr ? SG_SUCCESS : SG_ERR_NOMEM;
}

int storePreKey(std::uint32_t id, std::uint8_t *record, std::size_t len, void *userData) {
  bridge(userData).stagePreKey(id, toBytes(record, len));
  return SG_SUCCESS;
}

int containsPreKey(std::uint32_t id, void *userData) {
  bool ok = true;
  const bool found = bridge(userData).preKey(id, ok).has_value();
  return ok ? (found ? 1 : 0) : kStoreError;
}

int removePreKey(std::uint32_t id, void *userData) {
  bridge(userData).consumePreKey(id);
  return SG_SUCCESS;
}

// --- signed prekeys ----------------------------------------------------------------------
int loadSignedPreKey(signal_buffer **record, std::uint32_t id, void *userData) {
  bool ok = true;
  auto found = bridge(userData).signedPreKey(id, ok);
  if (!ok)
    return kStoreError;
  if (!found)
    return SG_ERR_INVALID_KEY_ID;
  *record = signal_buffer_create(bytes(*found), static_cast<std::size_t>(found->size()));
  return *record != nullptr ? SG_SUCCESS : SG_ERR_NOMEM;
}

int storeSignedPreKey(std::uint32_t id, std::uint8_t *record, std::size_t len, void *userData) {
  bridge(userData).stageSignedPreKey(id, toBytes(record, len));
  return SG_SUCCESS;
}

int containsSignedPreKey(std::uint32_t id, void *userData) {
  bool ok = true;
  const bool found = bridge(userData).signedPreKey(id, ok).has_value();
  return ok ? (found ? 1 : 0) : kStoreError;
}

int removeSignedPreKey(std::uint32_t id, void *userData) {
  bridge(userData).stageSignedPreKey(id, std::nullopt);
  return SG_SUCCESS;
}

// --- identities ----------------------------------------------------------------------------
int identityKeyPair(signal_buffer **publicData, signal_buffer **privateData, void *userData) {
  const auto &local = bridge(userData).localIdentity();
  if (!local)
    return SG_ERR_INVALID_KEY; // no identity yet: KeyManager::ensureIdentity() was not run
  SignalBuffer pub = makeBuffer(local->identityPublicKey);
  SignalBuffer priv = makeBuffer(local->identityPrivateKey.data(), local->identityPrivateKey.size());
  if (!pub || !priv)
    return SG_ERR_NOMEM;
  *publicData = pub.release();
  *privateData = priv.release();
  return SG_SUCCESS;
}

int registrationId(void *userData, std::uint32_t *id) {
  const auto &local = bridge(userData).localIdentity();
  if (!local)
    return SG_ERR_INVALID_KEY;
  *id = local->registrationId;
  return SG_SUCCESS;
}

int saveIdentity(const signal_protocol_address *address, std::uint8_t *key, std::size_t len, void *userData) {
  if (key != nullptr) // null means "forget"; libsignal never asks that of us, and we would not comply
    bridge(userData).stageIdentity(toAddress(address), toBytes(key, len));
  return SG_SUCCESS;
}

int isTrustedIdentity(const signal_protocol_address *address, std::uint8_t *key, std::size_t len,
                      void *userData) {
  const auto trusted = bridge(userData).isTrusted(toAddress(address), toBytes(key, len));
  if (!trusted)
    return kStoreError;
  return *trusted ? 1 : 0;
}

} // namespace

int StoreBridge::install(signal_protocol_store_context *context) {
  signal_protocol_session_store sessions{};
  sessions.load_session_func = loadSession;
  sessions.get_sub_device_sessions_func = subDeviceSessionsCallback;
  sessions.store_session_func = storeSession;
  sessions.contains_session_func = containsSession;
  sessions.delete_session_func = deleteSession;
  sessions.delete_all_sessions_func = deleteAllSessionsCallback;
  sessions.user_data = this;

  signal_protocol_pre_key_store preKeys{};
  preKeys.load_pre_key = loadPreKey;
  preKeys.store_pre_key = storePreKey;
  preKeys.contains_pre_key = containsPreKey;
  preKeys.remove_pre_key = removePreKey;
  preKeys.user_data = this;

  signal_protocol_signed_pre_key_store signedPreKeys{};
  signedPreKeys.load_signed_pre_key = loadSignedPreKey;
  signedPreKeys.store_signed_pre_key = storeSignedPreKey;
  signedPreKeys.contains_signed_pre_key = containsSignedPreKey;
  signedPreKeys.remove_signed_pre_key = removeSignedPreKey;
  signedPreKeys.user_data = this;

  signal_protocol_identity_key_store identities{};
  identities.get_identity_key_pair = identityKeyPair;
  identities.get_local_registration_id = registrationId;
  identities.save_identity = saveIdentity;
  identities.is_trusted_identity = isTrustedIdentity;
  identities.user_data = this;

  int rc = signal_protocol_store_context_set_session_store(context, &sessions);
  if (rc >= 0)
    rc = signal_protocol_store_context_set_pre_key_store(context, &preKeys);
  if (rc >= 0)
    rc = signal_protocol_store_context_set_signed_pre_key_store(context, &signedPreKeys);
  if (rc >= 0)
    rc = signal_protocol_store_context_set_identity_key_store(context, &identities);
  return rc;
}

std::optional<QByteArray> StoreBridge::session(const ProtocolAddress &address, bool &ok) {
  if (auto it = sessions_.constFind(address); it != sessions_.cend())
    return *it;
  auto loaded = store_.loadSession(address);
  if (!loaded) {
    ok = false;
    markStoreFailed();
    return std::nullopt;
  }
  return *loaded;
}

std::optional<QByteArray> StoreBridge::preKey(std::uint32_t id, bool &ok) {
  if (auto it = preKeys_.constFind(id); it != preKeys_.cend())
    return *it;
  auto loaded = store_.loadPreKey(id);
  if (!loaded) {
    ok = false;
    markStoreFailed();
    return std::nullopt;
  }
  return *loaded;
}

std::optional<QByteArray> StoreBridge::signedPreKey(std::uint32_t id, bool &ok) {
  if (auto it = signedPreKeys_.constFind(id); it != signedPreKeys_.cend())
    return *it;
  auto loaded = store_.loadSignedPreKey(id);
  if (!loaded) {
    ok = false;
    markStoreFailed();
    return std::nullopt;
  }
  return *loaded;
}

void StoreBridge::stageSession(const ProtocolAddress &address, std::optional<QByteArray> record) {
  sessions_.insert(address, std::move(record));
}

void StoreBridge::consumePreKey(std::uint32_t id) {
  stagedConsumed_.insert(id);
  if (!defer_)
    preKeys_.insert(id, std::nullopt);
}

QList<std::int32_t> StoreBridge::subDeviceSessions(const QString &name, bool &ok) {
  auto stored = store_.subDeviceSessions(name);
  if (!stored) {
    ok = false;
    markStoreFailed();
    return {};
  }
  QSet<std::int32_t> devices(stored->cbegin(), stored->cend());
  for (auto it = sessions_.cbegin(); it != sessions_.cend(); ++it) {
    if (it.key().name != name)
      continue;
    if (it->has_value())
      devices.insert(it.key().deviceId);
    else
      devices.remove(it.key().deviceId);
  }
  return QList<std::int32_t>(devices.cbegin(), devices.cend());
}

int StoreBridge::deleteAllSessions(const QString &name, bool &ok) {
  const auto devices = subDeviceSessions(name, ok);
  if (!ok)
    return 0;
  for (std::int32_t device : devices)
    sessions_.insert({name, device}, std::nullopt);
  return static_cast<int>(devices.size());
}

std::optional<bool> StoreBridge::isTrusted(const ProtocolAddress &address, const QByteArray &key) {
  if (auto it = identities_.constFind(address); it != identities_.cend())
    return *it == key;
  auto trusted = store_.isTrustedIdentity(address, key);
  if (!trusted) {
    markStoreFailed();
    return std::nullopt;
  }
  return *trusted;
}

tl::expected<void, CryptoError> StoreBridge::commit() {
  if (storeFailed_) {
    rollback();
    return tl::unexpected(CryptoError::StoreFailure);
  }
  bool ok = true;
  auto check = [&](const auto &result) { ok = ok && result.has_value(); };
  // Identities first: a session must never be stored for a device whose key is not.
  for (auto it = identities_.cbegin(); it != identities_.cend() && ok; ++it)
    check(store_.saveIdentity(it.key(), *it));
  for (auto it = signedPreKeys_.cbegin(); it != signedPreKeys_.cend() && ok; ++it)
    check(it->has_value() ? store_.storeSignedPreKey(it.key(), **it) : store_.removeSignedPreKey(it.key()));
  for (auto it = preKeys_.cbegin(); it != preKeys_.cend() && ok; ++it)
    check(it->has_value() ? store_.storePreKey(it.key(), **it) : store_.removePreKey(it.key()));
  for (auto it = sessions_.cbegin(); it != sessions_.cend() && ok; ++it) {
    if (it->has_value())
      check(store_.storeSession(it.key(), **it));
    else
      check(store_.deleteSession(it.key()));
  }
  if (ok)
    consumed_.unite(stagedConsumed_);
  rollback();
  if (!ok) {
    qCWarning(lcCrypto) << "the protocol store failed while saving an operation's changes";
    return tl::unexpected(CryptoError::StoreFailure);
  }
  return {};
}

void StoreBridge::rollback() {
  sessions_.clear();
  preKeys_.clear();
  signedPreKeys_.clear();
  identities_.clear();
  stagedConsumed_.clear();
  storeFailed_ = false;
}

QList<std::uint32_t> StoreBridge::takeConsumedPreKeys() {
  QList<std::uint32_t> ids(consumed_.cbegin(), consumed_.cend());
  consumed_.clear();
  return ids;
}

} // namespace sotto::crypto::detail
