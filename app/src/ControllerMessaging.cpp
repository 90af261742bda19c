// MessagingController: the message and trust half of its API (the account half is in
// MessagingController.cpp). Thin: the work is in MessageService and OmemoService.
#include "sotto/app/MessagingController.h"

#include "Session.h"
#include "SessionSafetyNumber.h"

#include "sotto/crypto/DeviceFingerprint.h"
#include "sotto/crypto/KeyManager.h"
#include "sotto/crypto/SafetyNumber.h"

#include <QVariantMap>

namespace sotto::app {

qint64 MessagingController::send(const QString &peerJid, const QString &text) {
  if (!session_ || !session_->messages) {
    reportError(session_ ? Error::NoAccount : Error::NoProfile);
    return 0;
  }
  return session_->messages->send(peerJid, text);
}

bool MessagingController::retry(qint64 messageId) {
  if (!session_ || !session_->messages) {
    reportError(session_ ? Error::NoAccount : Error::NoProfile);
    return false;
  }
  return session_->messages->retry(messageId);
}

bool MessagingController::markRead(const QString &conversation) {
  return session_ && session_->messages && session_->messages->markRead(conversation);
}

void MessagingController::setOutgoingFilterForTests(std::function<void(xmpp::Element &)> filter) {
  if (session_ && session_->messages)
    session_->messages->setOutgoingFilter(std::move(filter));
}

void MessagingController::setDeviceListClockForTests(std::function<qint64()> nowMs) {
  if (session_ && session_->omemo)
    session_->omemo->setClock(std::move(nowMs));
}

QStringList MessagingController::contacts() const {
  QStringList result;
  if (!session_ || !session_->roster)
    return result;
  for (const auto &item : session_->roster->items())
    result.append(item.jid.bareString());
  result.sort();
  return result;
}

void MessagingController::addContact(const QString &jid) {
  if (!session_ || !session_->roster)
    return reportError(session_ ? Error::NoAccount : Error::NoProfile);
  const auto parsed = xmpp::Jid::parse(jid);
  if (!parsed || parsed->local().isEmpty())
    return reportError(Error::InvalidJid);
  const xmpp::Jid bare = parsed->bare();
  session_->roster->addItem(bare, QString(), {}, this, [this, bare](const auto &result) {
    if (!result)
      return reportError(Error::ProtocolError);
    session_->roster->subscribe(bare);
    Q_EMIT contactsChanged();
  });
}

QVariantList MessagingController::devices(const QString &jid) const {
  QVariantList result;
  if (!session_ || !session_->omemo)
    return result;
  auto &store = session_->omemo->store();
  auto devices = store.devices(jid);
  auto identities = store.identities(jid);
  if (!devices || !identities)
    return result;
  const bool own = jid == session_->accountJid;
  QList<std::int32_t> listed;
  for (const auto &device : *devices) {
    QVariantMap entry;
    entry[QStringLiteral("deviceId")] = device.deviceId;
    entry[QStringLiteral("active")] = device.active;
    entry[QStringLiteral("own")] = own && device.deviceId == session_->omemo->deviceId();
    entry[QStringLiteral("lastSeen")] = qint64(device.lastSeen);
    entry[QStringLiteral("trust")] = QVariant::fromValue(Trust::Undecided);
    entry[QStringLiteral("fingerprint")] = QString();
    for (const auto &identity : *identities)
      if (identity.deviceId == device.deviceId) {
        entry[QStringLiteral("trust")] = QVariant::fromValue(static_cast<Trust>(identity.trust));
        entry[QStringLiteral("fingerprint")] =
            crypto::DeviceFingerprint::display(identity.identityKey).value_or(QString());
      }
    if (own && device.deviceId == session_->omemo->deviceId()) {
      entry[QStringLiteral("trust")] = QVariant::fromValue(Trust::Verified);
      entry[QStringLiteral("fingerprint")] = ownFingerprint();
    }
    result.append(entry);
    listed.append(device.deviceId);
  }
  for (const auto &identity : *identities) {
    if (listed.contains(identity.deviceId))
      continue;
    result.append(
        QVariantMap{{QStringLiteral("deviceId"), identity.deviceId},
                    {QStringLiteral("active"), true},
                    {QStringLiteral("own"), false},
                    {QStringLiteral("lastSeen"), qint64(identity.lastSeen)},
                    {QStringLiteral("trust"), QVariant::fromValue(static_cast<Trust>(identity.trust))},
                    {QStringLiteral("fingerprint"),
                     crypto::DeviceFingerprint::display(identity.identityKey).value_or(QString())}});
  }
  return result;
}

bool MessagingController::removeOwnDevice(int deviceId) {
  if (!session_ || !session_->omemo || !session_->omemo->removeOwnDevice(deviceId)) {
    reportError(Error::UnknownDevice);
    return false;
  }
  return true;
}

bool MessagingController::setTrust(const QString &jid, int deviceId, Trust level) {
  if (!session_ || !session_->omemo)
    return false;
  if (!session_->omemo->setTrust(jid, deviceId, static_cast<crypto::TrustState>(level))) {
    reportError(Error::UnknownDevice);
    return false;
  }
  return true;
}

QString MessagingController::safetyNumber(const QString &jid) const {
  if (!session_)
    return {};
  auto number = sessionSafetyNumber(*session_, jid);
  return number ? number->groups().join(QLatin1Char(' ')) : QString();
}

QString MessagingController::ownFingerprint() const {
  if (!session_ || !session_->omemo)
    return {};
  crypto::KeyManager keys(session_->omemo->engine());
  auto key = keys.identityPublicKey();
  return key ? crypto::DeviceFingerprint::display(*key).value_or(QString()) : QString();
}

bool MessagingController::blindTrust() const {
  return !session_ || !session_->omemo || session_->omemo->blindTrust();
}

void MessagingController::setBlindTrust(bool enabled) {
  if (session_ && session_->omemo && session_->omemo->setBlindTrust(enabled))
    Q_EMIT blindTrustChanged();
}

} // namespace sotto::app
