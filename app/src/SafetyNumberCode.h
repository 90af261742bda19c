#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sotto::app {

// The text a Sotto safety-number QR code carries: libsignal's scannable fingerprint (a
// small protobuf, crypto::SafetyNumber::scannable) as "sotto-safety-number:" + base64url.
// Text rather than raw bytes because QR readers and ZXing hand back text reliably, and a
// phone that scans it shows something recognisable instead of binary noise.
class SafetyNumberCode {
public:
  static QString encode(const QByteArray &scannable);
  // nullopt for anything that is not such a code (other prefix, bad base64, absurd size).
  static std::optional<QByteArray> decode(const QString &text);
  // Whether the text claims to be a code (the prefix), valid or not: tells a damaged
  // Sotto code from unrelated content.
  static bool looksLikeCode(const QString &text);
};

} // namespace sotto::app
