#pragma once

#include <sotto/crypto/ProtocolStore.h>

#include <QHash>
#include <QMap>

namespace sotto::crypto::testing {

// ProtocolStore in plain containers, for tests and benchmarks. Not for production: it
// keeps secrets in ordinary QByteArrays and forgets everything on destruction.
//
// Two test hooks: state() returns everything stored, comparable with ==, so a test can
// prove that a failed operation left the store unchanged; setFailing(true) makes every
// call fail with StoreError::Unavailable, to exercise error paths.
class InMemoryProtocolStore : public ProtocolStore {
public:
  struct State {
    std::optional<LocalIdentity> local;
    QMap<std::uint32_t, QByteArray> preKeys;
    QMap<std::uint32_t, QByteArray> signedPreKeys;
    QHash<ProtocolAddress, QByteArray> sessions;
    QHash<ProtocolAddress, RemoteIdentity> identities;

    bool operator==(const State &other) const;
  };

  InMemoryProtocolStore() = default;

  [[nodiscard]] const State &state() const { return state_; }
  // Puts a snapshot back (fuzz targets undo a successful decrypt this way).
  void restore(const State &state) { state_ = state; }
  void setFailing(bool failing) { failing_ = failing; }
  // How many writes (store/remove/delete/save) succeeded so far; a cheap change detector.
  [[nodiscard]] int writeCount() const { return writes_; }

  Result<std::optional<LocalIdentity>> loadLocalIdentity() const override;
  Result<void> saveLocalIdentity(const LocalIdentity &identity) override;

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

  Result<std::optional<QByteArray>> loadSession(const ProtocolAddress &address) const override;
  Result<void> storeSession(const ProtocolAddress &address, const QByteArray &record) override;
  Result<bool> containsSession(const ProtocolAddress &address) const override;
  Result<bool> deleteSession(const ProtocolAddress &address) override;
  Result<int> deleteAllSessions(const QString &name) override;
  Result<QList<std::int32_t>> subDeviceSessions(const QString &name) const override;

  Result<std::optional<RemoteIdentity>> loadIdentity(const ProtocolAddress &address) const override;
  Result<void> saveIdentity(const ProtocolAddress &address, const QByteArray &identityKey) override;
  Result<bool> setIdentityTrust(const ProtocolAddress &address, TrustState trust) override;

private:
  [[nodiscard]] bool failing() const { return failing_; }

  State state_;
  bool failing_ = false;
  int writes_ = 0;
};

} // namespace sotto::crypto::testing
