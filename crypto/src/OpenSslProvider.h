#pragma once

#include <signal/signal_protocol.h>

namespace sotto::crypto::detail {

// libsignal's crypto callbacks on OpenSSL 3 EVP: CSPRNG, HMAC-SHA256, SHA-512 and AES in
// CBC/PKCS#5 and CTR mode (128/192/256-bit keys, 16-byte IV). Stateless apart from
// per-call contexts, so one provider serves every signal_context.
const signal_crypto_provider &openSslProvider();

} // namespace sotto::crypto::detail
