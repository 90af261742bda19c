#pragma once

#include <QHashFunctions>
#include <QString>

#include <cstdint>

namespace sotto::crypto {

// Where a Signal session lives: one device of one account. `name` is the bare JID as
// the peer published it (crypto does not normalise it; callers pass the same spelling
// every time). Device ids are 1 … 2^31−1 (OMEMO clients parse them as signed 32-bit).
struct ProtocolAddress {
  QString name;
  std::int32_t deviceId = 0;

  friend bool operator==(const ProtocolAddress &, const ProtocolAddress &) = default;
};

inline size_t qHash(const ProtocolAddress &address, size_t seed = 0) noexcept {
  return qHashMulti(seed, address.name, address.deviceId);
}

} // namespace sotto::crypto
