#include "SafetyNumberCode.h"

namespace sotto::app {

namespace {
const QString kPrefix = QStringLiteral("sotto-safety-number:");
constexpr qsizetype kMaxEncoded = 1024; // the protobuf is under 100 bytes
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString SafetyNumberCode::encode(const QByteArray &scannable) {
  return kPrefix + QString::fromLatin1(scannable.toBase64(kOptions));
}

bool SafetyNumberCode::looksLikeCode(const QString &text) {
  return text.trimmed().startsWith(kPrefix, Qt::CaseInsensitive);
}

std::optional<QByteArray> SafetyNumberCode::decode(const QString &text) {
  const QString trimmed = text.trimmed();
  if (!looksLikeCode(trimmed) || trimmed.size() > kPrefix.size() + kMaxEncoded)
    return std::nullopt;
  const QString encoded = trimmed.mid(kPrefix.size());
  for (QChar c : encoded)
    if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
      return std::nullopt;
  auto decoded =
      QByteArray::fromBase64Encoding(encoded.toLatin1(), kOptions | QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded || decoded.decoded.isEmpty())
    return std::nullopt;
  return decoded.decoded;
}

} // namespace sotto::app
