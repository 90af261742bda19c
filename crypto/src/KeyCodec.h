#pragma once

#include "sotto/crypto/CryptoError.h"

#include "SignalHandle.h"

#include <signal/curve.h>

#include <tl/expected.hpp>

namespace sotto::crypto::detail {

// 33-byte serialized form (0x05 ‖ 32 bytes) of a public key.
tl::expected<QByteArray, CryptoError> serializePublic(const ec_public_key *key);
// Parses a 33-byte serialized public key; anything else is InvalidKey.
tl::expected<SignalRef<ec_public_key>, CryptoError> decodePublic(signal_context *context,
                                                                 const QByteArray &key);
// Next id after the newest one in a set of ids allocated sequentially in 1 … 0xFFFFFE
// (wrapping, as libsignal's key helper does). The newest id sits right before the
// largest circular gap, which is the unused part of the range.
std::uint32_t nextWrappingId(QList<std::uint32_t> ids);
std::uint32_t wrapId(std::uint64_t id);

} // namespace sotto::crypto::detail
