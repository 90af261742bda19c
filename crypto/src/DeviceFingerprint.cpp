#include "sotto/crypto/DeviceFingerprint.h"

namespace sotto::crypto {

namespace {
constexpr qsizetype kKeySize = 33;
constexpr char kKeyType = 0x05; // DJB_TYPE
} // namespace

tl::expected<QString, CryptoError> DeviceFingerprint::hex(const QByteArray &identityKey) {
  if (identityKey.size() != kKeySize || identityKey.at(0) != kKeyType)
    return tl::unexpected(CryptoError::InvalidKey);
  return QString::fromLatin1(identityKey.mid(1).toHex());
}

tl::expected<QString, CryptoError> DeviceFingerprint::display(const QByteArray &identityKey) {
  auto digits = hex(identityKey);
  if (!digits)
    return digits;
  QString grouped;
  for (qsizetype i = 0; i < digits->size(); i += 8) {
    if (!grouped.isEmpty())
      grouped += QLatin1Char(' ');
    grouped += digits->mid(i, 8);
  }
  return grouped;
}

tl::expected<QByteArray, CryptoError> DeviceFingerprint::keyFromHex(const QString &hexText) {
  QString digits = hexText;
  digits.remove(QLatin1Char(' '));
  if (digits.size() != 64)
    return tl::unexpected(CryptoError::InvalidKey);
  for (QChar c : digits)
    if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
      return tl::unexpected(CryptoError::InvalidKey);
  return QByteArray(1, kKeyType) + QByteArray::fromHex(digits.toLatin1());
}

} // namespace sotto::crypto
