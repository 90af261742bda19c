#include "KeyCodec.h"

#include "SignalErrors.h"

#include <algorithm>

namespace sotto::crypto::detail {

namespace {
constexpr std::uint32_t kMaxId = 0xFFFFFE;
}

tl::expected<QByteArray, CryptoError> serializePublic(const ec_public_key *key) {
  SignalBuffer buffer;
  if (int rc = ec_public_key_serialize(out(buffer), key); rc < 0)
    return tl::unexpected(fromSignal(rc));
  return toByteArray(buffer.get());
}

tl::expected<SignalRef<ec_public_key>, CryptoError> decodePublic(signal_context *context,
                                                                 const QByteArray &key) {
  // curve_decode_point accepts a 32-byte key with no type byte on some paths; OMEMO
  // always carries the type byte, so demand exactly 33 bytes.
  if (key.size() != 33)
    return tl::unexpected(CryptoError::InvalidKey);
  SignalRef<ec_public_key> decoded;
  if (int rc = curve_decode_point(out(decoded), bytes(key), static_cast<std::size_t>(key.size()), context);
      rc < 0)
    return tl::unexpected(rc == SG_ERR_NOMEM ? CryptoError::OutOfMemory : CryptoError::InvalidKey);
  return decoded;
}

std::uint32_t wrapId(std::uint64_t id) {
  return static_cast<std::uint32_t>((id - 1) % kMaxId + 1);
}

std::uint32_t nextWrappingId(QList<std::uint32_t> ids) {
  if (ids.isEmpty())
    return 1;
  std::sort(ids.begin(), ids.end());
  // The gap after the last id wraps around to the first.
  std::uint32_t newest = ids.last();
  std::uint64_t largestGap = std::uint64_t{ids.first()} + kMaxId - ids.last();
  for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
    const std::uint64_t gap = ids[i + 1] - ids[i];
    if (gap > largestGap) {
      largestGap = gap;
      newest = ids[i];
    }
  }
  return wrapId(std::uint64_t{newest} + 1);
}

} // namespace sotto::crypto::detail
