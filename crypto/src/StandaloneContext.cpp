#include "StandaloneContext.h"

#include "OpenSslProvider.h"

namespace sotto::crypto::detail {

StandaloneContext::StandaloneContext() {
  if (signal_context_create(&context_, nullptr) < 0) {
    context_ = nullptr;
    return;
  }
  if (signal_context_set_crypto_provider(context_, &openSslProvider()) < 0) {
    signal_context_destroy(context_);
    context_ = nullptr;
  }
}

StandaloneContext::~StandaloneContext() {
  if (context_ != nullptr)
    signal_context_destroy(context_);
}

} // namespace sotto::crypto::detail
