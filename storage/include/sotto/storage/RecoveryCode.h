#pragma once

#include "sotto/crypto/SecureBytes.h"

#include <QString>

#include <optional>

namespace sotto::storage {

// The recovery code shown once at profile creation: 24 characters of Crockford's base32
// (120 random bits) in six groups of four, e.g. "7K2M-QX9D-…". It wraps the database key
// just like a passphrase, so a lost keychain entry is not lost history.
class RecoveryCode {
public:
  static constexpr int kLength = 24;
  static constexpr int kGroup = 4;

  // A fresh code from the CSPRNG, formatted in groups.
  [[nodiscard]] static QString generate();
  // What the user typed, forgiving case, spaces, dashes and the look-alikes O/0 and I/L/1;
  // nothing when it cannot be a code. The result is the 24-character canonical form.
  [[nodiscard]] static std::optional<crypto::SecureBytes> normalize(const QString &typed);
};

} // namespace sotto::storage
