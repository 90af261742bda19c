#pragma once

#include "sotto/crypto/VerificationLink.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <cstdint>

namespace sotto::app {

// What a verification link (xmpp:JID?omemo-sid-ID=HEX;…) says about the devices we know
// of that JID, before anything is recorded. Kept apart from the controller so the rules
// can be tested without a server:
//  - a device whose key differs from the one we hold is a mismatch, and one mismatch
//    means nothing in the link is recorded (a tampered or outdated link verifies nothing);
//  - a device we do not know yet is reported and skipped (we cannot vouch for a key we
//    never received);
//  - the others become verified (or already were).
class DeviceLinkCheck {
public:
  enum class Outcome { Verified, AlreadyVerified, FingerprintMismatch, UnknownDevice };

  struct Known {
    QByteArray identityKey; // the key in effect (a pending changed key counts, not the old)
    bool verified = false;
  };
  struct Device {
    std::int32_t deviceId = 0;
    Outcome outcome = Outcome::UnknownDevice;
  };

  // `known`: device id → what we hold for it.
  static QList<Device> check(const crypto::VerificationLink &link, const QHash<std::int32_t, Known> &known);
  // Whether the results may be recorded: no mismatch and at least one device to verify.
  static bool mayRecord(const QList<Device> &devices);
};

} // namespace sotto::app
