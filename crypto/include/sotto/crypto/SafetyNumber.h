#pragma once

#include "sotto/crypto/CryptoError.h"

#include <tl/expected.hpp>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sotto::crypto {

// The Signal safety number between two accounts: libsignal's numeric fingerprint
// (fingerprint_generator_create_for_list, 5200 iterations, scannable version 1) over each
// side's bare JID and the identity keys of its active devices. Both sides compute the
// same 60 digits; any changed, added or removed key changes them.
class SafetyNumber {
public:
  struct Side {
    QString jid;
    QList<QByteArray> identityKeys; // 33-byte serialized keys, any order
  };

  static tl::expected<SafetyNumber, CryptoError> compute(const Side &local, const Side &remote);

  // 60 digits, no spaces.
  [[nodiscard]] const QString &digits() const { return digits_; }
  // 12 groups of 5 digits, as shown.
  [[nodiscard]] QStringList groups() const;
  // What our QR code carries (libsignal's scannable protobuf).
  [[nodiscard]] const QByteArray &scannable() const { return scannable_; }

  // Checks what the other side's QR code carried against ours: true on a match, false on
  // a mismatch (other keys or other JIDs: both go into the hashes), InvalidArgument for
  // another scannable version, InvalidMessage if it is not a scannable fingerprint.
  [[nodiscard]] tl::expected<bool, CryptoError> matchesScanned(const QByteArray &theirScannable) const;

private:
  QString digits_;
  QByteArray scannable_;
};

} // namespace sotto::crypto
