#pragma once

#include "sotto/crypto/SecureBytes.h"

namespace sotto::crypto {

// Backup passphrases. The default is generated: 30 decimal digits (≈ 99.7 bits) shown
// as 6 groups of 5, easy to write down and to type on any keyboard layout. A user's own
// passphrase is accepted when it has at least kMinUserLength characters (Unicode code
// points) after normalisation, and at least kMinDistinct different ones.
class BackupPassphrase {
public:
  static constexpr int kDigits = 30;
  static constexpr int kGroupSize = 5;
  static constexpr int kMinUserLength = 16;
  static constexpr int kMinDistinct = 6;

  // "12345 67890 …" (ASCII, groups separated by one space), from the CSPRNG.
  [[nodiscard]] static SecureBytes generate();
  // Removes ASCII whitespace and '-' so "12345-67890" and "12345 67890" match. The same
  // rule applies to users' own passphrases, on both write and read. Input is UTF-8.
  [[nodiscard]] static SecureBytes normalise(const SecureBytes &input);
  // The rule above, applied to an already normalised passphrase.
  [[nodiscard]] static bool isStrongEnough(const SecureBytes &normalised);
};

} // namespace sotto::crypto
