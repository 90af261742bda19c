#pragma once

#include "sotto/crypto/CryptoError.h"
#include "sotto/crypto/ProtocolStore.h"

#include <tl/expected.hpp>

#include <functional>
#include <memory>

namespace sotto::crypto {

// One account's Signal protocol engine: the libsignal context with the OpenSSL provider
// and the store callbacks wired to a ProtocolStore. KeyManager, SessionCipher, the OMEMO
// classes and the fingerprints all work through one engine. Not thread-safe: use an
// engine (and its store) from one thread.
class SignalEngine {
public:
  static tl::expected<std::unique_ptr<SignalEngine>, CryptoError> create(ProtocolStore &store);
  ~SignalEngine();
  SignalEngine(const SignalEngine &) = delete;
  SignalEngine &operator=(const SignalEngine &) = delete;

  [[nodiscard]] ProtocolStore &store();

  // Called after a decrypt consumed one-time prekeys and fresh ones were stored: the
  // bundle on the server must be published again. Never called while deferred.
  void setBundleChangedHandler(std::function<void()> handler);

  // During catch-up (MAM), consumed one-time prekeys stay usable so a duplicate PreKey
  // message still decrypts; setting it back to false removes them, makes replacements
  // and calls the bundle handler once.
  tl::expected<void, CryptoError> setDeferPreKeyRemoval(bool defer);

  struct Private; // internal to sotto_crypto
  Private &d() { return *d_; }

private:
  explicit SignalEngine(std::unique_ptr<Private> d);
  std::unique_ptr<Private> d_;
};

} // namespace sotto::crypto
