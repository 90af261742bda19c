#include "sotto/crypto/VerificationLink.h"

#include "sotto/crypto/DeviceFingerprint.h"

#include <QUrl>

namespace sotto::crypto {

namespace {

constexpr qsizetype kMaxLinkLength = 16 * 1024; // a QR code holds under 3 KB anyway
constexpr qsizetype kMaxDevices = 128;
const QString kScheme = QStringLiteral("xmpp:");
const QString kSidPrefix = QStringLiteral("omemo-sid-");

// RFC 5122: the JID is percent-encoded in the path; '@' and '/' stay readable.
QString encodeJid(const QString &jid) {
  return QString::fromUtf8(QUrl::toPercentEncoding(jid, "@/"));
}

std::optional<std::int32_t> parseDeviceId(QStringView text) {
  if (text.isEmpty() || text.size() > 10)
    return std::nullopt;
  for (QChar c : text)
    if (c < QLatin1Char('0') || c > QLatin1Char('9'))
      return std::nullopt;
  bool ok = false;
  const qlonglong value = text.toLongLong(&ok);
  if (!ok || value < 1 || value > 0x7fffffffLL)
    return std::nullopt;
  return static_cast<std::int32_t>(value);
}

} // namespace

tl::expected<QString, CryptoError> VerificationLink::toString() const {
  if (jid.isEmpty() || jid.contains(QLatin1Char('?')) || devices.isEmpty())
    return tl::unexpected(CryptoError::InvalidArgument);
  QStringList parameters;
  for (const auto &device : devices) {
    auto hex = DeviceFingerprint::hex(device.identityKey);
    if (!hex || device.deviceId < 1)
      return tl::unexpected(CryptoError::InvalidArgument);
    parameters.append(kSidPrefix + QString::number(device.deviceId) + QLatin1Char('=') + *hex);
  }
  return kScheme + encodeJid(jid) + QLatin1Char('?') + parameters.join(QLatin1Char(';'));
}

tl::expected<VerificationLink, CryptoError> VerificationLink::parse(const QString &text) {
  const auto invalid = tl::unexpected(CryptoError::InvalidArgument);
  const QString trimmed = text.trimmed();
  if (trimmed.size() > kMaxLinkLength || !trimmed.startsWith(kScheme, Qt::CaseInsensitive))
    return invalid;
  const QStringView rest = QStringView(trimmed).mid(kScheme.size());
  const qsizetype question = rest.indexOf(QLatin1Char('?'));
  if (question <= 0)
    return invalid;
  VerificationLink link;
  link.jid = QUrl::fromPercentEncoding(rest.left(question).toUtf8());
  // A bare JID: one '@' at most, no resource, nothing that cannot be in a JID.
  if (link.jid.isEmpty() || link.jid.contains(QLatin1Char('/')) || link.jid.count(QLatin1Char('@')) > 1 ||
      link.jid.startsWith(QLatin1Char('@')) || link.jid.endsWith(QLatin1Char('@')) ||
      link.jid.contains(QLatin1Char(' ')))
    return invalid;

  const auto parameters = rest.mid(question + 1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
  for (QStringView parameter : parameters) {
    if (!parameter.startsWith(kSidPrefix, Qt::CaseInsensitive))
      continue;
    const qsizetype equals = parameter.indexOf(QLatin1Char('='));
    if (equals < 0)
      return invalid;
    const auto deviceId = parseDeviceId(parameter.mid(kSidPrefix.size(), equals - kSidPrefix.size()));
    const QString hex = parameter.mid(equals + 1).toString();
    if (!deviceId || hex.size() != 64)
      return invalid;
    auto key = DeviceFingerprint::keyFromHex(hex);
    if (!key)
      return invalid;
    for (const auto &existing : link.devices)
      if (existing.deviceId == *deviceId)
        return invalid; // one key per device; two would be a contradiction
    if (link.devices.size() >= kMaxDevices)
      return invalid;
    link.devices.append({*deviceId, *key});
  }
  if (link.devices.isEmpty())
    return invalid;
  return link;
}

} // namespace sotto::crypto
