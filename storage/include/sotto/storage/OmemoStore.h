#pragma once

#include "sotto/crypto/ProtocolStore.h"
#include "sotto/storage/StorageError.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace sotto::storage {

class Database;

// crypto's ProtocolStore over SQLCipher, for one account: identities (with trust, first
// and last seen), prekeys, signed prekeys, sessions; plus the OMEMO device lists per JID.
// Every write goes through the shared connection, so a caller that opened a Transaction
// gets the ratchet state and the message it decrypted committed together:
//   auto tx = Transaction::begin(db); store.storeSession(…); messages.insert(…); tx->commit();
class OmemoStore final : public crypto::ProtocolStore {
public:
  using Clock = std::function<std::int64_t()>; // ms since epoch

  OmemoStore(Database &database, std::int64_t accountId, Clock clock = {});

  Result<std::optional<crypto::LocalIdentity>> loadLocalIdentity() const override;
  Result<void> saveLocalIdentity(const crypto::LocalIdentity &identity) override;

  Result<std::optional<QByteArray>> loadPreKey(std::uint32_t id) const override;
  Result<void> storePreKey(std::uint32_t id, const QByteArray &record) override;
  Result<bool> containsPreKey(std::uint32_t id) const override;
  Result<void> removePreKey(std::uint32_t id) override;
  Result<QList<std::uint32_t>> preKeyIds() const override;

  Result<std::optional<QByteArray>> loadSignedPreKey(std::uint32_t id) const override;
  Result<void> storeSignedPreKey(std::uint32_t id, const QByteArray &record) override;
  Result<bool> containsSignedPreKey(std::uint32_t id) const override;
  Result<void> removeSignedPreKey(std::uint32_t id) override;
  Result<QList<std::uint32_t>> signedPreKeyIds() const override;

  Result<std::optional<QByteArray>> loadSession(const crypto::ProtocolAddress &address) const override;
  Result<void> storeSession(const crypto::ProtocolAddress &address, const QByteArray &record) override;
  Result<bool> containsSession(const crypto::ProtocolAddress &address) const override;
  Result<bool> deleteSession(const crypto::ProtocolAddress &address) override;
  Result<int> deleteAllSessions(const QString &name) override;
  Result<QList<std::int32_t>> subDeviceSessions(const QString &name) const override;

  Result<std::optional<crypto::RemoteIdentity>>
  loadIdentity(const crypto::ProtocolAddress &address) const override;
  Result<void> saveIdentity(const crypto::ProtocolAddress &address, const QByteArray &identityKey) override;
  Result<bool> setIdentityTrust(const crypto::ProtocolAddress &address, crypto::TrustState trust) override;

  // --- beyond libsignal: what the trust UI and device-list handling need -------------------
  struct IdentityRecord {
    std::int32_t deviceId = 0;
    QByteArray identityKey;
    crypto::TrustState trust = crypto::TrustState::Undecided;
    std::int64_t firstSeen = 0;
    std::int64_t lastSeen = 0;
  };
  [[nodiscard]] sotto::storage::Result<QList<IdentityRecord>> identities(const QString &jid) const;

  struct DeviceRecord {
    std::int32_t deviceId = 0;
    bool active = false; // in the list the JID published last
    QString label;
    std::int64_t firstSeen = 0;
    std::int64_t lastSeen = 0;
  };
  // The JID published `deviceIds`: those become active (new ones are added), every other
  // known device of that JID becomes inactive (kept: its messages may still arrive).
  // Writes only what changed; a listed device's lastSeen moves on at most once per
  // kLastSeenGranularityMs (it only feeds the 90-day staleness rule).
  [[nodiscard]] Status updateDeviceList(const QString &jid, const QList<std::int32_t> &deviceIds);
  static constexpr std::int64_t kLastSeenGranularityMs = 24LL * 3600 * 1000;
  [[nodiscard]] sotto::storage::Result<QList<DeviceRecord>> devices(const QString &jid) const;

private:
  [[nodiscard]] std::int64_t now() const;

  Database &db_;
  std::int64_t accountId_;
  Clock clock_;
};

} // namespace sotto::storage
