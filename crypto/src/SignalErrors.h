#pragma once

#include "sotto/crypto/CryptoError.h"

namespace sotto::crypto::detail {

// The one place libsignal's negative return codes become CryptoError values.
CryptoError fromSignal(int code);

} // namespace sotto::crypto::detail
