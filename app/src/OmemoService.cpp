#include "OmemoService.h"

#include "OmemoWire.h"

#include "sotto/app/Logging.h"
#include "sotto/crypto/KeyManager.h"
#include "sotto/crypto/SessionCipher.h"
#include "sotto/storage/SettingsRepository.h"
#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/Message.h"
#include "sotto/xmpp/PepManager.h"

#include <QDateTime>
#include <QUuid>

#include <chrono>
#include <memory>

namespace sotto::app {

namespace {
const QString kBlindTrust = QStringLiteral("omemo.blindTrust");
QString blockedKey(const QString &jid) {
  return QStringLiteral("omemo.blocked:") + jid;
}
} // namespace

OmemoService::OmemoService(storage::Database &database, std::int64_t accountId, QString accountJid,
                           xmpp::Client *client, xmpp::PepManager *pep, QObject *parent)
    : QObject(parent), database_(database), accountId_(accountId), accountJid_(std::move(accountJid)),
      client_(client), pep_(pep), store_(database, accountId) {
  // Asking for device-list notifications is what makes the server push them (caps); the
  // feature is in place before the first presence because the services exist before it.
  pep_->subscribeToNode(xmpp::omemo::kDeviceListNode.toString());
  connect(pep_, &xmpp::PepManager::itemsPublished, this, &OmemoService::onItemsPublished);
  // Rotation is checked at every new session and hourly in between: a session can last
  // longer than the signed prekey's week (KeyManagerOptions::signedPreKeyRotation).
  rotationTimer_.setInterval(std::chrono::hours(1));
  connect(&rotationTimer_, &QTimer::timeout, this, &OmemoService::rotateSignedPreKeyIfDue);
  rotationTimer_.start();
}

OmemoService::~OmemoService() = default;

bool OmemoService::initialise() {
  auto engine = crypto::SignalEngine::create(store_);
  if (!engine) {
    qCWarning(lcApp) << "cannot create the Signal engine:" << crypto::errorMessage(engine.error());
    return false;
  }
  engine_ = std::move(*engine);
  crypto::KeyManager keys(*engine_);
  if (auto made = keys.ensureIdentity(); !made) {
    qCWarning(lcApp) << "cannot make our OMEMO identity:" << crypto::errorMessage(made.error());
    return false;
  }
  auto id = keys.deviceId();
  if (!id)
    return false;
  deviceId_ = *id;
  // One-time prekeys consumed by a PreKey message are replaced by crypto; the new bundle
  // must reach the server or the next first contact would use a spent key.
  engine_->setBundleChangedHandler(
      [this] { QMetaObject::invokeMethod(this, &OmemoService::publishBundle, Qt::QueuedConnection); });
  return true;
}

void OmemoService::publishOwnDevice() {
  // A new session (not a resumed one): events sent while we were away are lost, so every
  // list is read again before it is next used.
  listFetched_.clear();
  unknownSendersAsked_.clear();
  // Our own list explicitly: some servers do not push it at the first login (ejabberd).
  fetchDeviceList(accountJid_, [this] {
    auto devices = store_.devices(accountJid_);
    QList<std::int32_t> ids;
    if (devices)
      for (const auto &device : *devices)
        if (device.active)
          ids.append(device.deviceId);
    if (!ids.contains(deviceId_)) {
      ids.append(deviceId_);
      publishDeviceList(ids);
    }
  });
  crypto::KeyManager keys(*engine_);
  (void)keys.rotateSignedPreKey();
  (void)keys.replenishPreKeys();
  publishBundle();
}

void OmemoService::rotateSignedPreKeyIfDue() {
  if (!engine_)
    return;
  crypto::KeyManager keys(*engine_);
  auto rotated = keys.rotateSignedPreKey();
  if (!rotated) {
    qCWarning(lcApp) << "cannot rotate the signed prekey:" << crypto::errorMessage(rotated.error());
    return;
  }
  // Offline, the next session publishes the bundle anyway (publishOwnDevice).
  if (*rotated && client_->state() == xmpp::Client::State::Connected)
    publishBundle();
}

void OmemoService::publishItem(const QString &node, const xmpp::Element &payload, const char *what) {
  pep_->publish(node, {QStringLiteral("current"), payload}, {}, this,
                [what](const tl::expected<void, xmpp::StanzaError> &published) {
                  if (!published)
                    qCWarning(lcApp) << "our OMEMO" << what
                                     << "could not be published:" << published.error().conditionName();
                });
}

void OmemoService::publishDeviceList(QList<std::int32_t> ids) {
  publishItem(xmpp::omemo::kDeviceListNode.toString(), omemo_wire::encodeDeviceList(ids), "device list");
  (void)store_.updateDeviceList(accountJid_, ids);
}

void OmemoService::publishBundle() {
  crypto::KeyManager keys(*engine_);
  auto bundle = keys.bundle();
  if (!bundle) {
    qCWarning(lcApp) << "cannot make our bundle:" << crypto::errorMessage(bundle.error());
    return;
  }
  publishItem(xmpp::omemo::bundleNode(static_cast<quint32>(deviceId_)), omemo_wire::encodeBundle(*bundle),
              "bundle");
}

void OmemoService::onItemsPublished(const xmpp::Jid &from, const QString &node,
                                    const QList<xmpp::PepItem> &items) {
  // PepManager has checked the origin: events for our own nodes come from our account.
  if (node != xmpp::omemo::kDeviceListNode || items.isEmpty())
    return;
  if (auto ids = omemo_wire::decodeDeviceList(items.back().payload)) {
    // The server pushed the current list: as good as reading it.
    listFetched_.insert(from.bareString(), now());
    applyDeviceList(from.bareString(), *ids);
  }
}

void OmemoService::fetchNewest(const QString &jid, const QString &node, NewestCallback callback) {
  const auto target = xmpp::Jid::parse(jid);
  if (!target)
    return callback(xmpp::Element());
  pep_->retrieveItems(*target, node, 0, this,
                      [callback](const tl::expected<QList<xmpp::PepItem>, xmpp::StanzaError> &items) {
                        if (!items) {
                          if (items.error().condition == xmpp::StanzaErrorCondition::ItemNotFound)
                            return callback(xmpp::Element());
                          return callback(tl::unexpected(items.error()));
                        }
                        // Servers keep one item on these nodes; should there be more, the newest is last.
                        callback(items->isEmpty() ? xmpp::Element() : items->back().payload);
                      });
}

void OmemoService::applyDeviceList(const QString &jid, const QList<std::int32_t> &ids) {
  if (jid == accountJid_) {
    (void)store_.updateDeviceList(jid, ids);
    if (!ids.contains(deviceId_)) {
      // Another client of ours published a list without us: add ourselves back, keep theirs.
      auto withUs = ids;
      withUs.append(deviceId_);
      publishDeviceList(withUs);
    }
    Q_EMIT devicesChanged(jid);
    return;
  }
  // Once we talk to a contact, a device that appears changes their safety number: it may
  // be a reinstall, or a device the server added. Nothing more is sent to them until the
  // user has looked (setTrust on any of their devices lifts the block).
  auto sessions = store_.subDeviceSessions(jid);
  auto before = store_.devices(jid);
  // (Only against a list we had read before: the first list we see of someone who wrote
  // to us first is not a change.)
  if (sessions && before && !sessions->isEmpty() && !before->isEmpty()) {
    bool anyNew = false;
    for (const auto id : ids) {
      bool known = sessions->contains(id);
      for (const auto &device : *before)
        known = known || device.deviceId == id;
      anyNew = anyNew || !known;
    }
    if (anyNew)
      block(jid);
  }
  (void)store_.updateDeviceList(jid, ids);
  Q_EMIT devicesChanged(jid);
}

void OmemoService::fetchDeviceList(const QString &jid, std::function<void()> done) {
  const auto target = xmpp::Jid::parse(jid);
  if (!target)
    return done();
  fetchNewest(jid, xmpp::omemo::kDeviceListNode.toString(),
              [this, jid, done](const tl::expected<xmpp::Element, xmpp::StanzaError> &result) {
                listFetched_.insert(jid, now());
                if (result) {
                  const auto ids = result->isNull()
                                       ? std::optional<QList<std::int32_t>>(QList<std::int32_t>{})
                                       : omemo_wire::decodeDeviceList(*result);
                  if (ids)
                    applyDeviceList(jid, *ids);
                } else {
                  // forbidden / not-authorized: not readable for us; treated as no devices.
                }
                done();
              });
}

void OmemoService::prepareRecipients(const QString &peerJid, RecipientsCallback callback) {
  // A list is read before the send when it is unknown or older than kListMaxAgeMs (PEP
  // events keep it current in between), or when no device of it is active.
  // Offline, what we know is used: the message is encrypted now and waits in the outbox.
  const bool online = client_->state() == xmpp::Client::State::Connected;
  auto needsFetch = [this, online](const QString &jid) {
    const qint64 fetchedAt = listFetched_.value(jid, -1);
    const bool stale = fetchedAt < 0 || now() - fetchedAt >= kListMaxAgeMs;
    if (stale && online)
      return true;
    auto devices = store_.devices(jid);
    if (devices)
      for (const auto &device : *devices)
        if (device.active)
          return false;
    return true;
  };
  auto afterOwn = [this, peerJid, callback, needsFetch] {
    if (needsFetch(peerJid))
      return fetchDeviceList(peerJid, [this, peerJid, callback] { buildMissingSessions(peerJid, callback); });
    buildMissingSessions(peerJid, callback);
  };
  if (needsFetch(accountJid_))
    return fetchDeviceList(accountJid_, afterOwn);
  afterOwn();
}

qint64 OmemoService::now() const {
  return clock_ ? clock_() : QDateTime::currentMSecsSinceEpoch();
}

void OmemoService::noteSenderDevice(const QString &jid, std::int32_t deviceId) {
  if (jid == accountJid_ && deviceId == deviceId_)
    return;
  if (auto devices = store_.devices(jid))
    for (const auto &device : *devices)
      if (device.deviceId == deviceId && device.active)
        return;
  const QString key = jid + QLatin1Char('/') + QString::number(deviceId);
  if (unknownSendersAsked_.contains(key))
    return; // a device its owner never listed: asking once per session is enough
  unknownSendersAsked_.insert(key);
  fetchDeviceList(jid, [this, jid] { buildMissingSessions(jid, [](const auto &) {}); });
}

void OmemoService::sendKeyTransport(const QString &jid, const QList<std::int32_t> &deviceIds) {
  prepareRecipients(jid, [this, jid, deviceIds](const auto &recipients) {
    if (!recipients)
      return;
    QList<crypto::ProtocolAddress> targets;
    for (const auto &address : *recipients)
      if (address.name == jid && deviceIds.contains(address.deviceId))
        targets.append(address);
    if (targets.isEmpty())
      return;
    crypto::OmemoEncryptor encryptor(*engine_);
    auto outcome = encryptor.keyTransport(targets);
    if (!outcome)
      return;
    xmpp::Message out;
    out.to = *xmpp::Jid::parse(jid);
    out.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.storeHint = true;
    out.extra = {omemo_wire::encodeMessage(outcome->message)};
    client_->send(out.toStanza());
  });
}

QList<std::int32_t> OmemoService::eligibleDevices(const QString &jid) const {
  QList<std::int32_t> result;
  auto devices = store_.devices(jid);
  auto identities = store_.identities(jid);
  if (!devices || !identities)
    return result;
  bool anyVerified = false;
  for (const auto &identity : *identities)
    anyVerified = anyVerified || identity.trust == crypto::TrustState::Verified;
  const bool blind = blindTrust() && !anyVerified;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  for (const auto &device : *devices) {
    if (!device.active || (jid == accountJid_ && device.deviceId == deviceId_))
      continue;
    qint64 lastSeen = device.lastSeen;
    auto trust = crypto::TrustState::Undecided;
    for (const auto &identity : *identities)
      if (identity.deviceId == device.deviceId) {
        trust = identity.trust;
        lastSeen = std::max<qint64>(lastSeen, identity.lastSeen);
      }
    if (now - lastSeen > kStaleAfterMs)
      continue;
    if (trust == crypto::TrustState::Trusted || trust == crypto::TrustState::Verified ||
        (trust == crypto::TrustState::Undecided && blind))
      result.append(device.deviceId);
  }
  return result;
}

void OmemoService::buildMissingSessions(const QString &peerJid, RecipientsCallback callback) {
  struct Pending {
    int outstanding = 0;
    bool finished = false;
  };
  auto pending = std::make_shared<Pending>();
  auto finish = [this, peerJid, callback, pending] {
    if (pending->outstanding > 0 || pending->finished)
      return;
    pending->finished = true;
    if (isBlocked(peerJid))
      return callback(tl::unexpected(AppError::Code::SafetyNumberChanged));
    auto devices = store_.devices(peerJid);
    bool anyActive = false;
    if (devices)
      for (const auto &device : *devices)
        anyActive = anyActive || device.active;
    if (!anyActive)
      return callback(tl::unexpected(AppError::Code::NoOmemoDevice));
    crypto::SessionCipher sessions(*engine_);
    QList<crypto::ProtocolAddress> recipients;
    for (const QString &jid : {peerJid, accountJid_})
      for (const auto id : eligibleDevices(jid)) {
        const crypto::ProtocolAddress address{jid, id};
        if (sessions.hasSession(address).value_or(false))
          recipients.append(address);
      }
    bool anyPeer = false;
    for (const auto &address : recipients)
      anyPeer = anyPeer || address.name == peerJid;
    if (!anyPeer)
      return callback(tl::unexpected(isBlocked(peerJid) ? AppError::Code::SafetyNumberChanged
                                                        : AppError::Code::NoTrustedDevice));
    callback(recipients);
  };

  crypto::SessionCipher sessions(*engine_);
  for (const QString &jid : {peerJid, accountJid_}) {
    auto devices = store_.devices(jid);
    if (!devices)
      continue;
    for (const auto &device : *devices) {
      const crypto::ProtocolAddress address{jid, device.deviceId};
      if (!device.active || (jid == accountJid_ && device.deviceId == deviceId_) ||
          sessions.hasSession(address).value_or(false))
        continue;
      ++pending->outstanding;
      fetchNewest(
          jid, xmpp::omemo::bundleNode(static_cast<quint32>(device.deviceId)),
          [this, address, pending, finish](const tl::expected<xmpp::Element, xmpp::StanzaError> &result) {
            --pending->outstanding;
            const auto bundle = result && !result->isNull()
                                    ? omemo_wire::decodeBundle(*result, address.deviceId)
                                    : std::optional<crypto::Bundle>();
            if (bundle) {
              crypto::SessionCipher cipher(*engine_);
              auto built = cipher.buildSession(address, *bundle);
              if (!built && built.error() == crypto::CryptoError::UntrustedIdentity) {
                changedKeys_[address.name][address.deviceId] = bundle->identityKey;
                block(address.name);
              } else if (!built) {
                qCInfo(lcApp) << "no session with a device:" << crypto::errorMessage(built.error());
              }
            }
            finish();
          });
    }
  }
  finish();
}

bool OmemoService::removeOwnDevice(std::int32_t deviceId) {
  if (deviceId == deviceId_)
    return false;
  auto devices = store_.devices(accountJid_);
  if (!devices)
    return false;
  QList<std::int32_t> ids;
  bool found = false;
  for (const auto &device : *devices) {
    if (!device.active)
      continue;
    if (device.deviceId == deviceId)
      found = true;
    else
      ids.append(device.deviceId);
  }
  if (!found)
    return false;
  if (!ids.contains(deviceId_))
    ids.append(deviceId_);
  publishDeviceList(ids);
  Q_EMIT devicesChanged(accountJid_);
  return true;
}

bool OmemoService::isBlocked(const QString &jid) const {
  storage::SettingsRepository settings(database_);
  return settings.string(blockedKey(jid), {}, accountId_).value_or(QString()) == QLatin1String("1");
}

void OmemoService::block(const QString &jid) {
  if (isBlocked(jid))
    return;
  storage::SettingsRepository settings(database_);
  (void)settings.setString(blockedKey(jid), QStringLiteral("1"), accountId_);
  Q_EMIT safetyNumberChanged(jid);
}

bool OmemoService::setTrust(const QString &jid, std::int32_t deviceId, crypto::TrustState trust) {
  const crypto::ProtocolAddress address{jid, deviceId};
  // A refused new key for a known device: the user's decision makes it the stored key.
  if (auto changed = changedKeys_.value(jid).value(deviceId); !changed.isEmpty()) {
    (void)store_.deleteSession(address);
    if (!store_.saveIdentity(address, changed))
      return false;
    changedKeys_[jid].remove(deviceId);
  }
  auto set = store_.setIdentityTrust(address, trust);
  if (!set || !*set)
    return false;
  // A decision about this contact's keys ends the block that a change imposed.
  storage::SettingsRepository settings(database_);
  (void)settings.remove(blockedKey(jid), accountId_);
  Q_EMIT devicesChanged(jid);
  return true;
}

bool OmemoService::blindTrust() const {
  storage::SettingsRepository settings(database_);
  return settings.string(kBlindTrust, QStringLiteral("1"), accountId_).value_or(QStringLiteral("1")) ==
         QLatin1String("1");
}

bool OmemoService::setBlindTrust(bool enabled) {
  storage::SettingsRepository settings(database_);
  return settings.setString(kBlindTrust, enabled ? QStringLiteral("1") : QStringLiteral("0"), accountId_)
      .has_value();
}

} // namespace sotto::app
