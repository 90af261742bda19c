#pragma once

#include "sotto/crypto/CryptoError.h"
#include "sotto/crypto/ProtocolStore.h"

#include "StagedMap.h"

#include <signal/signal_protocol.h>

#include <tl/expected.hpp>

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace sotto::crypto::detail {

// libsignal's store callbacks, answered from a ProtocolStore through a staging layer.
//
// Why staging: libsignal writes through the store in the middle of an operation (an
// incoming PreKey message saves the sender's identity before its MAC is checked), so a
// tampered message could change stored state. Here every write of one operation lands in
// an overlay; reads see the overlay first; commit() applies it to the ProtocolStore only
// after the operation succeeded and rollback() forgets it. The ProtocolStore never sees
// a failed operation.
class StoreBridge {
public:
  explicit StoreBridge(ProtocolStore &store) : store_(store) {}
  StoreBridge(const StoreBridge &) = delete;
  StoreBridge &operator=(const StoreBridge &) = delete;

  // Points the store context's callbacks at this object. Returns a libsignal code.
  int install(signal_protocol_store_context *context);

  [[nodiscard]] ProtocolStore &store() { return store_; }

  // Caches our own identity (read on every PreKey message); null clears the cache.
  void setLocalIdentity(std::optional<LocalIdentity> identity) { local_ = std::move(identity); }
  [[nodiscard]] const std::optional<LocalIdentity> &localIdentity() const { return local_; }

  // While deferred, one-time prekeys that libsignal consumes stay in the store (a
  // duplicate PreKey message during catch-up must still decrypt); they are remembered
  // and handed out by takeConsumedPreKeys() once deferral ends.
  void setDeferPreKeyRemoval(bool defer) { defer_ = defer; }
  [[nodiscard]] bool deferPreKeyRemoval() const { return defer_; }

  tl::expected<void, CryptoError> commit();
  void rollback();
  // True if a ProtocolStore call failed since the last commit/rollback.
  [[nodiscard]] bool storeFailed() const { return storeFailed_; }
  // Prekey ids consumed by committed operations and not yet replenished.
  QList<std::uint32_t> takeConsumedPreKeys();
  [[nodiscard]] bool hasConsumedPreKeys() const { return !consumed_.isEmpty(); }

  // The staged view, also used by the callbacks.
  std::optional<QByteArray> session(const ProtocolAddress &address, bool &ok);
  std::optional<QByteArray> preKey(std::uint32_t id, bool &ok);
  std::optional<QByteArray> signedPreKey(std::uint32_t id, bool &ok);
  void stageSession(const ProtocolAddress &address, std::optional<QByteArray> record);
  void stagePreKey(std::uint32_t id, std::optional<QByteArray> record) {
    preKeys_.stage(id, std::move(record));
  }
  void stageSignedPreKey(std::uint32_t id, std::optional<QByteArray> record) {
    signedPreKeys_.stage(id, std::move(record));
  }
  void consumePreKey(std::uint32_t id);
  QList<std::int32_t> subDeviceSessions(const QString &name, bool &ok);
  int deleteAllSessions(const QString &name, bool &ok);
  void stageIdentity(const ProtocolAddress &address, const QByteArray &key) {
    identities_.stage(address, key);
  }
  // The address libsignal passes, as a ProtocolAddress. Callbacks within one operation
  // nearly always name the same address, so the last conversion is reused.
  const ProtocolAddress &address(const signal_protocol_address *address);
  std::optional<bool> isTrusted(const ProtocolAddress &address, const QByteArray &key);

  // Marks a failed store call; the callbacks then answer SG_ERR_MINIMUM.
  void markStoreFailed() { storeFailed_ = true; }

private:
  ProtocolStore &store_;
  std::optional<LocalIdentity> local_;
  StagedMap<ProtocolAddress, QByteArray> sessions_;
  StagedMap<std::uint32_t, QByteArray> preKeys_;
  StagedMap<std::uint32_t, QByteArray> signedPreKeys_;
  StagedMap<ProtocolAddress, QByteArray> identities_;
  QByteArray lastName_;
  ProtocolAddress lastAddress_;
  QSet<std::uint32_t> stagedConsumed_;
  QSet<std::uint32_t> consumed_;
  bool defer_ = false;
  bool storeFailed_ = false;
};

} // namespace sotto::crypto::detail
