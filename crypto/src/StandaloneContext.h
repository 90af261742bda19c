#pragma once

#include <signal/signal_protocol.h>

namespace sotto::crypto::detail {

// A libsignal context with the OpenSSL provider and no stores, for work that needs no
// account (fingerprints, parsing). Null if libsignal could not allocate one.
class StandaloneContext {
public:
  StandaloneContext();
  ~StandaloneContext();
  StandaloneContext(const StandaloneContext &) = delete;
  StandaloneContext &operator=(const StandaloneContext &) = delete;
  [[nodiscard]] signal_context *get() const { return context_; }

private:
  signal_context *context_ = nullptr;
};

} // namespace sotto::crypto::detail
