#pragma once

#include "sotto/crypto/SignalEngine.h"

#include "SignalErrors.h"
#include "StoreBridge.h"

#include <signal/signal_protocol.h>

#include <QRecursiveMutex>

namespace sotto::crypto {

struct SignalEngine::Private {
  explicit Private(ProtocolStore &s) : store(s), bridge(s) {}
  ~Private();
  Private(const Private &) = delete;
  Private &operator=(const Private &) = delete;

  SignalEngine *owner = nullptr;
  ProtocolStore &store;
  detail::StoreBridge bridge;
  QRecursiveMutex mutex; // libsignal asks for locking functions; one engine = one thread
  signal_context *context = nullptr;
  signal_protocol_store_context *storeContext = nullptr;
  std::function<void()> bundleChanged;

  // Runs one libsignal operation against the staging layer: its writes reach the
  // ProtocolStore only if `operation` returned a value, and then prekeys it consumed are
  // replenished. `operation` returns tl::expected<T, CryptoError>.
  template <typename F> auto transact(F &&operation) -> decltype(operation()) {
    bridge.rollback();
    auto result = operation();
    if (!result) {
      const bool storeFailed = bridge.storeFailed();
      bridge.rollback();
      if (storeFailed)
        return tl::unexpected(CryptoError::StoreFailure);
      return result;
    }
    if (auto committed = bridge.commit(); !committed)
      return tl::unexpected(committed.error());
    if (auto handled = handleConsumedPreKeys(); !handled)
      return tl::unexpected(handled.error());
    return result;
  }

  tl::expected<void, CryptoError> handleConsumedPreKeys();
};

} // namespace sotto::crypto
