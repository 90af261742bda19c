#pragma once

// A minimal libsignal store in plain C++ containers, wired straight to the C callbacks:
// what a program using libsignal-protocol-c directly would write. The benchmarks run the
// same operations through it and through Sotto's wrappers to measure their overhead.

#include <signal/signal_protocol.h>

#include <QByteArray>

#include <map>
#include <string>
#include <utility>

namespace sotto::bench {

class RawStore {
public:
  explicit RawStore(signal_context *context);
  ~RawStore();
  RawStore(const RawStore &) = delete;
  RawStore &operator=(const RawStore &) = delete;

  [[nodiscard]] signal_protocol_store_context *get() const { return store_; }

  QByteArray identityPublic;
  QByteArray identityPrivate;
  std::uint32_t registrationId = 0;
  std::map<std::pair<std::string, std::int32_t>, QByteArray> sessions;
  std::map<std::uint32_t, QByteArray> preKeys;
  std::map<std::uint32_t, QByteArray> signedPreKeys;
  std::map<std::pair<std::string, std::int32_t>, QByteArray> identities;

private:
  signal_protocol_store_context *store_ = nullptr;
};

// A signal_context with Sotto's OpenSSL provider, owned.
class RawContext {
public:
  RawContext();
  ~RawContext();
  RawContext(const RawContext &) = delete;
  RawContext &operator=(const RawContext &) = delete;
  [[nodiscard]] signal_context *get() const { return context_; }

private:
  signal_context *context_ = nullptr;
};

} // namespace sotto::bench
