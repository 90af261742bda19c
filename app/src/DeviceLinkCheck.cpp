#include "DeviceLinkCheck.h"

#include <algorithm>

namespace sotto::app {

QList<DeviceLinkCheck::Device> DeviceLinkCheck::check(const crypto::VerificationLink &link,
                                                      const QHash<std::int32_t, Known> &known) {
  QList<Device> result;
  result.reserve(link.devices.size());
  for (const auto &device : link.devices) {
    Outcome outcome = Outcome::UnknownDevice;
    if (auto found = known.constFind(device.deviceId);
        found != known.constEnd() && !found->identityKey.isEmpty()) {
      if (found->identityKey != device.identityKey)
        outcome = Outcome::FingerprintMismatch;
      else
        outcome = found->verified ? Outcome::AlreadyVerified : Outcome::Verified;
    }
    result.append({device.deviceId, outcome});
  }
  return result;
}

bool DeviceLinkCheck::mayRecord(const QList<Device> &devices) {
  const auto is = [](Outcome wanted) { return [wanted](const Device &d) { return d.outcome == wanted; }; };
  return std::none_of(devices.begin(), devices.end(), is(Outcome::FingerprintMismatch)) &&
         std::any_of(devices.begin(), devices.end(), is(Outcome::Verified));
}

} // namespace sotto::app
