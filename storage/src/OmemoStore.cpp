#include "sotto/storage/OmemoStore.h"

#include "Rows.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Logging.h"
#include "sotto/storage/Transaction.h"

#include <QDateTime>

#include <algorithm>

namespace sotto::storage {

namespace {

using crypto::StoreError;

// StorageError → StoreError, in one place: crypto only distinguishes "cannot answer" from
// "the stored value is broken".
tl::unexpected<StoreError> storeFailure(const StorageError &error) {
  qCWarning(lcStorage) << "OMEMO store:" << error.toString();
  return tl::unexpected(error.code == StorageError::Code::Corrupt ? StoreError::Corrupt
                                                                  : StoreError::Unavailable);
}

template <typename T> crypto::ProtocolStore::Result<T> convert(sotto::storage::Result<T> result) {
  if (!result)
    return storeFailure(result.error());
  return std::move(*result);
}

crypto::ProtocolStore::Result<void> convert(Status result) {
  if (!result)
    return storeFailure(result.error());
  return {};
}

QByteArray blobColumn(const Statement &row) {
  return row.blobAt(0);
}

} // namespace

OmemoStore::OmemoStore(Database &database, std::int64_t accountId, Clock clock)
    : db_(database), accountId_(accountId), clock_(std::move(clock)) {
}

std::int64_t OmemoStore::now() const {
  return clock_ ? clock_() : QDateTime::currentMSecsSinceEpoch();
}

// --- own identity ------------------------------------------------------------------------

crypto::ProtocolStore::Result<std::optional<crypto::LocalIdentity>> OmemoStore::loadLocalIdentity() const {
  auto select =
      db_.cached("SELECT device_id, registration_id, public_key, private_key FROM omemo_local_identity "
                 "WHERE account_id = ?1");
  if (select)
    select->bind(1, accountId_);
  return convert(detail::firstRow<crypto::LocalIdentity>(std::move(select), [](const Statement &row) {
    crypto::LocalIdentity identity;
    identity.deviceId = static_cast<std::int32_t>(row.int64At(0));
    identity.registrationId = static_cast<std::uint32_t>(row.int64At(1));
    identity.identityPublicKey = row.blobAt(2);
    QByteArray privateKey = row.blobAt(3);
    identity.identityPrivateKey = crypto::SecureBytes::fromByteArray(privateKey);
    return identity;
  }));
}

crypto::ProtocolStore::Result<void> OmemoStore::saveLocalIdentity(const crypto::LocalIdentity &identity) {
  auto replace = db_.cached("INSERT OR REPLACE INTO omemo_local_identity "
                            "(account_id, device_id, registration_id, public_key, private_key) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!replace)
    return storeFailure(replace.error());
  replace->bind(1, accountId_)
      .bind(2, identity.deviceId)
      .bind(3, static_cast<std::int64_t>(identity.registrationId))
      .bind(4, identity.identityPublicKey)
      .bind(5, identity.identityPrivateKey.data(), identity.identityPrivateKey.size());
  return convert(replace->run());
}

// --- prekeys -----------------------------------------------------------------------------

crypto::ProtocolStore::Result<std::optional<QByteArray>> OmemoStore::loadPreKey(std::uint32_t id) const {
  auto select = db_.cached("SELECT record FROM omemo_prekeys WHERE account_id = ?1 AND prekey_id = ?2");
  if (select)
    select->bind(1, accountId_).bind(2, static_cast<std::int64_t>(id));
  return convert(detail::firstRow<QByteArray>(std::move(select), blobColumn));
}

crypto::ProtocolStore::Result<void> OmemoStore::storePreKey(std::uint32_t id, const QByteArray &record) {
  auto replace =
      db_.cached("INSERT OR REPLACE INTO omemo_prekeys (account_id, prekey_id, record) VALUES (?1, ?2, ?3)");
  if (!replace)
    return storeFailure(replace.error());
  return convert(replace->bind(1, accountId_).bind(2, static_cast<std::int64_t>(id)).bind(3, record).run());
}

crypto::ProtocolStore::Result<bool> OmemoStore::containsPreKey(std::uint32_t id) const {
  auto loaded = loadPreKey(id);
  if (!loaded)
    return tl::unexpected(loaded.error());
  return loaded->has_value();
}

crypto::ProtocolStore::Result<void> OmemoStore::removePreKey(std::uint32_t id) {
  auto remove = db_.cached("DELETE FROM omemo_prekeys WHERE account_id = ?1 AND prekey_id = ?2");
  if (!remove)
    return storeFailure(remove.error());
  return convert(remove->bind(1, accountId_).bind(2, static_cast<std::int64_t>(id)).run());
}

crypto::ProtocolStore::Result<QList<std::uint32_t>> OmemoStore::preKeyIds() const {
  auto select = db_.cached("SELECT prekey_id FROM omemo_prekeys WHERE account_id = ?1 ORDER BY prekey_id");
  if (select)
    select->bind(1, accountId_);
  return convert(detail::collectRows<std::uint32_t>(
      std::move(select), [](const Statement &row) { return static_cast<std::uint32_t>(row.int64At(0)); }));
}

// --- signed prekeys ----------------------------------------------------------------------

crypto::ProtocolStore::Result<std::optional<QByteArray>>
OmemoStore::loadSignedPreKey(std::uint32_t id) const {
  auto select =
      db_.cached("SELECT record FROM omemo_signed_prekeys WHERE account_id = ?1 AND signed_prekey_id = ?2");
  if (select)
    select->bind(1, accountId_).bind(2, static_cast<std::int64_t>(id));
  return convert(detail::firstRow<QByteArray>(std::move(select), blobColumn));
}

crypto::ProtocolStore::Result<void> OmemoStore::storeSignedPreKey(std::uint32_t id,
                                                                  const QByteArray &record) {
  auto replace = db_.cached("INSERT OR REPLACE INTO omemo_signed_prekeys "
                            "(account_id, signed_prekey_id, record, created_at) VALUES (?1, ?2, ?3, ?4)");
  if (!replace)
    return storeFailure(replace.error());
  return convert(replace->bind(1, accountId_)
                     .bind(2, static_cast<std::int64_t>(id))
                     .bind(3, record)
                     .bind(4, now())
                     .run());
}

crypto::ProtocolStore::Result<bool> OmemoStore::containsSignedPreKey(std::uint32_t id) const {
  auto loaded = loadSignedPreKey(id);
  if (!loaded)
    return tl::unexpected(loaded.error());
  return loaded->has_value();
}

crypto::ProtocolStore::Result<void> OmemoStore::removeSignedPreKey(std::uint32_t id) {
  auto remove =
      db_.cached("DELETE FROM omemo_signed_prekeys WHERE account_id = ?1 AND signed_prekey_id = ?2");
  if (!remove)
    return storeFailure(remove.error());
  return convert(remove->bind(1, accountId_).bind(2, static_cast<std::int64_t>(id)).run());
}

crypto::ProtocolStore::Result<QList<std::uint32_t>> OmemoStore::signedPreKeyIds() const {
  auto select = db_.cached("SELECT signed_prekey_id FROM omemo_signed_prekeys WHERE account_id = ?1 "
                           "ORDER BY signed_prekey_id");
  if (select)
    select->bind(1, accountId_);
  return convert(detail::collectRows<std::uint32_t>(
      std::move(select), [](const Statement &row) { return static_cast<std::uint32_t>(row.int64At(0)); }));
}

// --- sessions ----------------------------------------------------------------------------

crypto::ProtocolStore::Result<std::optional<QByteArray>>
OmemoStore::loadSession(const crypto::ProtocolAddress &address) const {
  auto select =
      db_.cached("SELECT record FROM omemo_sessions WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3");
  if (select)
    select->bind(1, accountId_).bind(2, address.name).bind(3, address.deviceId);
  return convert(detail::firstRow<QByteArray>(std::move(select), blobColumn));
}

crypto::ProtocolStore::Result<void> OmemoStore::storeSession(const crypto::ProtocolAddress &address,
                                                             const QByteArray &record) {
  auto replace =
      db_.cached("INSERT OR REPLACE INTO omemo_sessions (account_id, jid, device_id, record, updated_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!replace)
    return storeFailure(replace.error());
  return convert(replace->bind(1, accountId_)
                     .bind(2, address.name)
                     .bind(3, address.deviceId)
                     .bind(4, record)
                     .bind(5, now())
                     .run());
}

crypto::ProtocolStore::Result<bool>
OmemoStore::containsSession(const crypto::ProtocolAddress &address) const {
  auto loaded = loadSession(address);
  if (!loaded)
    return tl::unexpected(loaded.error());
  return loaded->has_value();
}

crypto::ProtocolStore::Result<bool> OmemoStore::deleteSession(const crypto::ProtocolAddress &address) {
  auto remove =
      db_.cached("DELETE FROM omemo_sessions WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3");
  if (!remove)
    return storeFailure(remove.error());
  if (auto done = remove->bind(1, accountId_).bind(2, address.name).bind(3, address.deviceId).run(); !done)
    return storeFailure(done.error());
  return db_.changes() > 0;
}

crypto::ProtocolStore::Result<int> OmemoStore::deleteAllSessions(const QString &name) {
  auto remove = db_.cached("DELETE FROM omemo_sessions WHERE account_id = ?1 AND jid = ?2");
  if (!remove)
    return storeFailure(remove.error());
  if (auto done = remove->bind(1, accountId_).bind(2, name).run(); !done)
    return storeFailure(done.error());
  return db_.changes();
}

crypto::ProtocolStore::Result<QList<std::int32_t>> OmemoStore::subDeviceSessions(const QString &name) const {
  auto select = db_.cached(
      "SELECT device_id FROM omemo_sessions WHERE account_id = ?1 AND jid = ?2 ORDER BY device_id");
  if (select)
    select->bind(1, accountId_).bind(2, name);
  return convert(detail::collectRows<std::int32_t>(
      std::move(select), [](const Statement &row) { return static_cast<std::int32_t>(row.int64At(0)); }));
}

// --- remote identities -------------------------------------------------------------------

crypto::ProtocolStore::Result<std::optional<crypto::RemoteIdentity>>
OmemoStore::loadIdentity(const crypto::ProtocolAddress &address) const {
  auto select = db_.cached("SELECT identity_key, trust FROM omemo_identities "
                           "WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3");
  if (select)
    select->bind(1, accountId_).bind(2, address.name).bind(3, address.deviceId);
  return convert(detail::firstRow<crypto::RemoteIdentity>(std::move(select), [](const Statement &row) {
    return crypto::RemoteIdentity{row.blobAt(0), static_cast<crypto::TrustState>(row.intAt(1))};
  }));
}

crypto::ProtocolStore::Result<void> OmemoStore::saveIdentity(const crypto::ProtocolAddress &address,
                                                             const QByteArray &identityKey) {
  auto stored = loadIdentity(address);
  if (!stored)
    return tl::unexpected(stored.error());
  const std::int64_t timestamp = now();
  if (stored->has_value() && (*stored)->identityKey == identityKey) {
    auto touch = db_.cached("UPDATE omemo_identities SET last_seen = ?4 "
                            "WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3");
    if (!touch)
      return storeFailure(touch.error());
    return convert(
        touch->bind(1, accountId_).bind(2, address.name).bind(3, address.deviceId).bind(4, timestamp).run());
  }
  // New device, or a changed key: a changed key is a new identity, so trust starts over.
  auto replace = db_.cached("INSERT OR REPLACE INTO omemo_identities "
                            "(account_id, jid, device_id, identity_key, trust, first_seen, last_seen) "
                            "VALUES (?1, ?2, ?3, ?4, 0, ?5, ?5)");
  if (!replace)
    return storeFailure(replace.error());
  return convert(replace->bind(1, accountId_)
                     .bind(2, address.name)
                     .bind(3, address.deviceId)
                     .bind(4, identityKey)
                     .bind(5, timestamp)
                     .run());
}

crypto::ProtocolStore::Result<bool> OmemoStore::setIdentityTrust(const crypto::ProtocolAddress &address,
                                                                 crypto::TrustState trust) {
  auto update = db_.cached(
      "UPDATE omemo_identities SET trust = ?4 WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3");
  if (!update)
    return storeFailure(update.error());
  if (auto done = update->bind(1, accountId_)
                      .bind(2, address.name)
                      .bind(3, address.deviceId)
                      .bind(4, static_cast<int>(trust))
                      .run();
      !done)
    return storeFailure(done.error());
  return db_.changes() > 0;
}

// --- beyond libsignal --------------------------------------------------------------------

sotto::storage::Result<QList<OmemoStore::IdentityRecord>> OmemoStore::identities(const QString &jid) const {
  auto select =
      db_.cached("SELECT device_id, identity_key, trust, first_seen, last_seen FROM omemo_identities "
                 "WHERE account_id = ?1 AND jid = ?2 ORDER BY device_id");
  if (select)
    select->bind(1, accountId_).bind(2, jid);
  return detail::collectRows<IdentityRecord>(std::move(select), [](const Statement &row) {
    return IdentityRecord{static_cast<std::int32_t>(row.int64At(0)), row.blobAt(1),
                          static_cast<crypto::TrustState>(row.intAt(2)), row.int64At(3), row.int64At(4)};
  });
}

Status OmemoStore::updateDeviceList(const QString &jid, const QList<std::int32_t> &deviceIds) {
  // The same list is read again and again (every PEP event, every session start): only
  // what differs from the stored rows is written, so an unchanged list costs one SELECT.
  auto known = devices(jid);
  if (!known)
    return tl::unexpected(known.error());
  const std::int64_t timestamp = now();
  QList<std::int32_t> deactivate;
  QList<std::int32_t> activate; // back in the list, or seen in it a day after the last write
  QList<std::int32_t> insert;
  for (const auto &device : *known) {
    const bool listed = deviceIds.contains(device.deviceId);
    if (!listed && device.active)
      deactivate.append(device.deviceId);
    else if (listed && (!device.active || timestamp - device.lastSeen >= kLastSeenGranularityMs))
      activate.append(device.deviceId);
  }
  for (const std::int32_t deviceId : deviceIds) {
    const bool isKnown = std::any_of(known->cbegin(), known->cend(), [deviceId](const DeviceRecord &device) {
      return device.deviceId == deviceId;
    });
    if (!isKnown && !insert.contains(deviceId))
      insert.append(deviceId);
  }
  if (deactivate.isEmpty() && activate.isEmpty() && insert.isEmpty())
    return {};
  auto transaction = Transaction::begin(db_);
  if (!transaction)
    return tl::unexpected(transaction.error());
  const auto runEach = [this, &jid, timestamp](std::string_view sql,
                                               const QList<std::int32_t> &ids) -> Status {
    if (ids.isEmpty())
      return {};
    auto statement = db_.prepare(sql);
    if (!statement)
      return tl::unexpected(statement.error());
    const bool stamped = sql.find("?4") != std::string_view::npos;
    for (const std::int32_t deviceId : ids) {
      statement->bind(1, accountId_).bind(2, jid).bind(3, deviceId);
      if (stamped)
        statement->bind(4, timestamp);
      if (auto done = statement->run(); !done)
        return done;
    }
    return {};
  };
  if (auto done =
          runEach("UPDATE omemo_devices SET active = 0 WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3",
                  deactivate);
      !done)
    return done;
  if (auto done = runEach("UPDATE omemo_devices SET active = 1, last_seen = ?4 "
                          "WHERE account_id = ?1 AND jid = ?2 AND device_id = ?3",
                          activate);
      !done)
    return done;
  if (auto done = runEach("INSERT INTO omemo_devices (account_id, jid, device_id, active, first_seen, "
                          "last_seen) VALUES (?1, ?2, ?3, 1, ?4, ?4)",
                          insert);
      !done)
    return done;
  return transaction->commit();
}

sotto::storage::Result<QList<OmemoStore::DeviceRecord>> OmemoStore::devices(const QString &jid) const {
  auto select = db_.cached("SELECT device_id, active, label, first_seen, last_seen FROM omemo_devices "
                           "WHERE account_id = ?1 AND jid = ?2 ORDER BY device_id");
  if (select)
    select->bind(1, accountId_).bind(2, jid);
  return detail::collectRows<DeviceRecord>(std::move(select), [](const Statement &row) {
    return DeviceRecord{static_cast<std::int32_t>(row.int64At(0)), row.intAt(1) != 0, row.textAt(2),
                        row.int64At(3), row.int64At(4)};
  });
}

} // namespace sotto::storage
