#pragma once

#include "InMemoryProtocolStore.h"

#include <sotto/crypto/KeyManager.h>
#include <sotto/crypto/SessionCipher.h>
#include <sotto/crypto/SignalEngine.h>

#include <memory>

namespace sotto::crypto::testing {

// One account on one device, fully in memory: store, engine, keys and session cipher.
// Aborts the test binary (qFatal) if set-up fails, which only a broken build can cause.
struct TestDevice {
  explicit TestDevice(QString jid, KeyPolicy policy = {});

  [[nodiscard]] ProtocolAddress address() const { return {jid, deviceId}; }
  [[nodiscard]] Bundle bundle() const;

  QString jid;
  std::int32_t deviceId = 0;
  std::unique_ptr<InMemoryProtocolStore> store;
  std::unique_ptr<SignalEngine> engine;
  std::unique_ptr<KeyManager> keys;
  std::unique_ptr<SessionCipher> sessions;
  int bundleChanges = 0; // how often the engine asked for a bundle publish
};

} // namespace sotto::crypto::testing
