#include "sotto/crypto/BackupPassphrase.h"

#include <sodium.h>

#include <QtGlobal>

#include <array>

namespace sotto::crypto {

SecureBytes BackupPassphrase::generate() {
  if (sodium_init() < 0)
    qFatal("libsodium could not initialise: no secure randomness available");
  constexpr int groups = kDigits / kGroupSize;
  SecureBytes out(static_cast<std::size_t>(kDigits + groups - 1));
  std::size_t pos = 0;
  for (int i = 0; i < kDigits; ++i) {
    if (i > 0 && i % kGroupSize == 0)
      out.data()[pos++] = ' ';
    // randombytes_uniform rejects out-of-range samples: no modulo bias.
    out.data()[pos++] = static_cast<unsigned char>('0' + randombytes_uniform(10));
  }
  return out;
}

SecureBytes BackupPassphrase::normalise(const SecureBytes &input) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < input.size(); ++i) {
    const unsigned char c = input.data()[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' && c != '-')
      ++kept;
  }
  SecureBytes out(kept);
  std::size_t pos = 0;
  for (std::size_t i = 0; i < input.size(); ++i) {
    const unsigned char c = input.data()[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' && c != '-')
      out.data()[pos++] = c;
  }
  return out;
}

bool BackupPassphrase::isStrongEnough(const SecureBytes &normalised) {
  // Count UTF-8 code points (every byte that is not a continuation byte) so that a
  // passphrase in any script is judged by characters, not bytes. Distinct characters are
  // collected on the stack (and wiped) only until kMinDistinct are found.
  std::array<quint32, kMinDistinct> distinct{};
  int distinctCount = 0;
  int length = 0;
  quint32 current = 0;
  const auto remember = [&](quint32 character) {
    if (distinctCount >= kMinDistinct)
      return;
    for (int k = 0; k < distinctCount; ++k)
      if (distinct[static_cast<std::size_t>(k)] == character)
        return;
    distinct[static_cast<std::size_t>(distinctCount++)] = character;
  };
  for (std::size_t i = 0; i < normalised.size(); ++i) {
    const unsigned char c = normalised.data()[i];
    if ((c & 0xC0) != 0x80) {
      if (i > 0)
        remember(current);
      current = 0;
      ++length;
    }
    current = (current << 8) | c;
  }
  if (length > 0)
    remember(current);
  sodium_memzero(distinct.data(), sizeof distinct);
  sodium_memzero(&current, sizeof current);
  return length >= kMinUserLength && distinctCount >= kMinDistinct;
}

} // namespace sotto::crypto
