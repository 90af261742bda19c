// MessagingController: verification by QR code — the per-device links Conversations shows
// and scans, and Sotto's own safety-number code. Thin: the rules are in DeviceLinkCheck.
#include "sotto/app/MessagingController.h"

#include "DeviceLinkCheck.h"
#include "SafetyNumberCode.h"
#include "Session.h"
#include "SessionSafetyNumber.h"

#include "sotto/app/Logging.h"
#include "sotto/crypto/KeyManager.h"
#include "sotto/crypto/VerificationLink.h"

namespace sotto::app {

static_assert(int(MessagingController::DeviceCheck::Verified) == int(DeviceLinkCheck::Outcome::Verified) &&
                  int(MessagingController::DeviceCheck::AlreadyVerified) ==
                      int(DeviceLinkCheck::Outcome::AlreadyVerified) &&
                  int(MessagingController::DeviceCheck::FingerprintMismatch) ==
                      int(DeviceLinkCheck::Outcome::FingerprintMismatch) &&
                  int(MessagingController::DeviceCheck::UnknownDevice) ==
                      int(DeviceLinkCheck::Outcome::UnknownDevice),
              "the controller's device checks mirror DeviceLinkCheck's");

namespace {

// What we hold for each device of jid: the key in effect and whether it is verified. Our
// own device's key comes from our identity, not from the remote-identity table.
QHash<std::int32_t, DeviceLinkCheck::Known> knownDevices(Session &session, const QString &jid) {
  QHash<std::int32_t, DeviceLinkCheck::Known> known;
  auto &omemo = *session.omemo;
  if (auto identities = omemo.store().identities(jid))
    for (const auto &identity : *identities) {
      const QByteArray changed = omemo.changedKey(jid, identity.deviceId);
      // A refused new key is not verified, whatever the old one was.
      known.insert(identity.deviceId,
                   changed.isEmpty() ? DeviceLinkCheck::Known{identity.identityKey,
                                                              identity.trust == crypto::TrustState::Verified}
                                     : DeviceLinkCheck::Known{changed, false});
    }
  if (jid == session.accountJid) {
    crypto::KeyManager keys(omemo.engine());
    if (auto own = keys.identityPublicKey())
      known.insert(omemo.deviceId(), {*own, true});
  }
  return known;
}

bool sameBareJid(const QString &a, const QString &b) {
  return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString MessagingController::verificationLink(const QString &jid, int deviceId) const {
  if (!session_ || !session_->omemo || jid.isEmpty())
    return {};
  const auto known = knownDevices(*session_, jid);
  QList<std::int32_t> wanted;
  if (deviceId != 0) {
    wanted.append(deviceId);
  } else {
    auto devices = session_->omemo->store().devices(jid);
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
      bool active = true; // known only from its messages: counts, as in the safety number
      if (devices)
        for (const auto &device : *devices)
          active = device.deviceId == it.key() ? device.active : active;
      if (active)
        wanted.append(it.key());
    }
    std::sort(wanted.begin(), wanted.end());
  }
  crypto::VerificationLink link{jid, {}};
  for (std::int32_t id : wanted)
    if (known.contains(id))
      link.devices.append({id, known.value(id).identityKey});
  return link.toString().value_or(QString());
}

QVariantMap MessagingController::verifyFromLink(const QString &text, const QString &expectedJid) {
  const auto answer = [](LinkResult result, const QString &jid = {}, const QVariantList &devices = {}) {
    return QVariantMap{{QStringLiteral("result"), QVariant::fromValue(result)},
                       {QStringLiteral("jid"), jid},
                       {QStringLiteral("devices"), devices}};
  };
  if (!session_ || !session_->omemo)
    return answer(LinkResult::NotReady);
  auto link = crypto::VerificationLink::parse(text);
  if (!link)
    return answer(LinkResult::Malformed);
  if (!expectedJid.isEmpty() && !sameBareJid(link->jid, expectedJid))
    return answer(LinkResult::OtherContact, link->jid);
  // Stored JIDs are as the server wrote them; a link may differ in case only.
  const QString jid = sameBareJid(link->jid, session_->accountJid) ? session_->accountJid
                      : expectedJid.isEmpty()                      ? link->jid
                                                                   : expectedJid;
  const auto checks = DeviceLinkCheck::check(*link, knownDevices(*session_, jid));
  QVariantList devices;
  bool mismatch = false;
  bool anyKnown = false;
  for (const auto &device : checks) {
    devices.append(QVariantMap{
        {QStringLiteral("deviceId"), device.deviceId},
        {QStringLiteral("check"), QVariant::fromValue(static_cast<DeviceCheck>(device.outcome))}});
    mismatch = mismatch || device.outcome == DeviceLinkCheck::Outcome::FingerprintMismatch;
    anyKnown = anyKnown || device.outcome != DeviceLinkCheck::Outcome::UnknownDevice;
  }
  if (mismatch) {
    qCWarning(lcApp) << "verification link: a key does not match the one we hold; nothing recorded";
    return answer(LinkResult::Mismatch, jid, devices);
  }
  if (!anyKnown)
    return answer(LinkResult::NothingKnown, jid, devices);
  if (DeviceLinkCheck::mayRecord(checks))
    for (const auto &device : checks)
      if (device.outcome == DeviceLinkCheck::Outcome::Verified &&
          !session_->omemo->setTrust(jid, device.deviceId, crypto::TrustState::Verified)) {
        reportError(Error::StorageFailed);
        return answer(LinkResult::NotReady, jid, devices);
      }
  return answer(LinkResult::Verified, jid, devices);
}

QString MessagingController::safetyNumberCode(const QString &jid) const {
  if (!session_)
    return {};
  auto number = sessionSafetyNumber(*session_, jid);
  return number ? SafetyNumberCode::encode(number->scannable()) : QString();
}

MessagingController::CodeComparison MessagingController::compareSafetyNumberCode(const QString &jid,
                                                                                 const QString &code) const {
  const auto theirs = SafetyNumberCode::decode(code);
  if (!theirs)
    return CodeComparison::NotASafetyNumber;
  auto ours = session_ ? sessionSafetyNumber(*session_, jid) : std::nullopt;
  if (!ours)
    return CodeComparison::Unavailable;
  auto matches = ours->matchesScanned(*theirs);
  if (!matches)
    return CodeComparison::NotASafetyNumber;
  return *matches ? CodeComparison::Match : CodeComparison::Mismatch;
}

} // namespace sotto::app
