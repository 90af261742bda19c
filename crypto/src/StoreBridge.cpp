#include "StoreBridge.h"

#include "SignalHandle.h"

#include "sotto/crypto/Logging.h"

#include <cstring>

namespace sotto::crypto::detail {

namespace {

// Store failures travel through libsignal as this code (it passes callback errors on).
constexpr int kStoreError = SG_ERR_MINIMUM;

StoreBridge &bridge(void *userData) {
  return *static_cast<StoreBridge *>(userData);
}

const ProtocolAddress &toAddress(const signal_protocol_address *address, void *userData) {
  return bridge(userData).address(address);
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
  auto found = bridge(userData).session(toAddress(address, userData), ok);
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
  bridge(userData).stageSession(toAddress(address, userData), toBytes(record, recordLen));
  return SG_SUCCESS;
}

int containsSession(const signal_protocol_address *address, void *userData) {
  bool ok = true;
  const bool found = bridge(userData).session(toAddress(address, userData), ok).has_value();
  return ok ? (found ? 1 : 0) : kStoreError;
}

int deleteSession(const signal_protocol_address *address, void *userData) {
  bool ok = true;
  const auto key = toAddress(address, userData);
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
    bridge(userData).stageIdentity(toAddress(address, userData), toBytes(key, len));
  return SG_SUCCESS;
}

int isTrustedIdentity(const signal_protocol_address *address, std::uint8_t *key, std::size_t len,
                      void *userData) {
  const auto trusted = bridge(userData).isTrusted(toAddress(address, userData), toBytes(key, len));
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

const ProtocolAddress &StoreBridge::address(const signal_protocol_address *address) {
  const auto nameLength = static_cast<qsizetype>(address->name_len);
  if (lastName_.size() != nameLength ||
      std::memcmp(lastName_.constData(), address->name, address->name_len) != 0) {
    lastName_ = QByteArray(address->name, nameLength);
    lastAddress_.name = QString::fromUtf8(lastName_);
  }
  lastAddress_.deviceId = address->device_id;
  return lastAddress_;
}

std::optional<QByteArray> StoreBridge::session(const ProtocolAddress &address, bool &ok) {
  if (const auto *entry = sessions_.find(address))
    return entry->value;
  auto loaded = store_.loadSession(address);
  if (!loaded) {
    ok = false;
    markStoreFailed();
    return std::nullopt;
  }
  sessions_.cache(address, *loaded);
  return *loaded;
}

std::optional<QByteArray> StoreBridge::preKey(std::uint32_t id, bool &ok) {
  if (const auto *entry = preKeys_.find(id))
    return entry->value;
  auto loaded = store_.loadPreKey(id);
  if (!loaded) {
    ok = false;
    markStoreFailed();
    return std::nullopt;
  }
  preKeys_.cache(id, *loaded);
  return *loaded;
}

std::optional<QByteArray> StoreBridge::signedPreKey(std::uint32_t id, bool &ok) {
  if (const auto *entry = signedPreKeys_.find(id))
    return entry->value;
  auto loaded = store_.loadSignedPreKey(id);
  if (!loaded) {
    ok = false;
    markStoreFailed();
    return std::nullopt;
  }
  signedPreKeys_.cache(id, *loaded);
  return *loaded;
}

void StoreBridge::stageSession(const ProtocolAddress &address, std::optional<QByteArray> record) {
  sessions_.stage(address, std::move(record));
}

void StoreBridge::consumePreKey(std::uint32_t id) {
  stagedConsumed_.insert(id);
  if (!defer_)
    preKeys_.stage(id, std::nullopt);
}

QList<std::int32_t> StoreBridge::subDeviceSessions(const QString &name, bool &ok) {
  auto stored = store_.subDeviceSessions(name);
  if (!stored) {
    ok = false;
    markStoreFailed();
    return {};
  }
  QSet<std::int32_t> devices(stored->cbegin(), stored->cend());
  for (const auto &entry : sessions_.entries()) {
    if (!entry.dirty || entry.key.name != name)
      continue;
    if (entry.value.has_value())
      devices.insert(entry.key.deviceId);
    else
      devices.remove(entry.key.deviceId);
  }
  return QList<std::int32_t>(devices.cbegin(), devices.cend());
}

int StoreBridge::deleteAllSessions(const QString &name, bool &ok) {
  const auto devices = subDeviceSessions(name, ok);
  if (!ok)
    return 0;
  for (std::int32_t device : devices)
    sessions_.stage({name, device}, std::nullopt);
  return static_cast<int>(devices.size());
}

std::optional<bool> StoreBridge::isTrusted(const ProtocolAddress &address, const QByteArray &key) {
  if (const auto *entry = identities_.find(address); entry != nullptr && entry->value)
    return *entry->value == key;
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
  for (const auto &entry : identities_.entries())
    if (ok && entry.dirty && entry.value)
      check(store_.saveIdentity(entry.key, *entry.value));
  for (const auto &entry : signedPreKeys_.entries())
    if (ok && entry.dirty)
      check(entry.value ? store_.storeSignedPreKey(entry.key, *entry.value)
                        : store_.removeSignedPreKey(entry.key));
  for (const auto &entry : preKeys_.entries())
    if (ok && entry.dirty)
      check(entry.value ? store_.storePreKey(entry.key, *entry.value) : store_.removePreKey(entry.key));
  for (const auto &entry : sessions_.entries()) {
    if (!ok || !entry.dirty)
      continue;
    if (entry.value)
      check(store_.storeSession(entry.key, *entry.value));
    else
      check(store_.deleteSession(entry.key));
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
