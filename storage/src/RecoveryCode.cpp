#include "sotto/storage/RecoveryCode.h"

#include <sodium.h>

namespace sotto::storage {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr std::uint32_t kAlphabetSize = 32;
} // namespace

QString RecoveryCode::generate() {
  if (sodium_init() < 0)
    return {};
  QString code;
  for (int i = 0; i < kLength; ++i) {
    if (i > 0 && i % kGroup == 0)
      code += QLatin1Char('-');
    code += QLatin1Char(kAlphabet[randombytes_uniform(kAlphabetSize)]);
  }
  return code;
}

std::optional<crypto::SecureBytes> RecoveryCode::normalize(const QString &typed) {
  crypto::SecureBytes canonical(kLength);
  int length = 0;
  for (const QChar c : typed) {
    if (c.isSpace() || c == QLatin1Char('-'))
      continue;
    char ch = static_cast<char>(c.toUpper().toLatin1());
    if (ch == 'O')
      ch = '0';
    else if (ch == 'I' || ch == 'L')
      ch = '1';
    bool valid = false;
    for (std::uint32_t k = 0; k < kAlphabetSize; ++k)
      valid = valid || kAlphabet[k] == ch;
    if (!valid || length >= kLength)
      return std::nullopt;
    canonical.data()[length++] = static_cast<unsigned char>(ch);
  }
  if (length != kLength)
    return std::nullopt;
  return canonical;
}

} // namespace sotto::storage
