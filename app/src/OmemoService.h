#pragma once

#include "sotto/app/AppError.h"
#include "sotto/crypto/OmemoDecryptor.h"
#include "sotto/crypto/OmemoEncryptor.h"
#include "sotto/crypto/SignalEngine.h"
#include "sotto/storage/OmemoStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace sotto::xmpp {
class Client;
class Element;
class Jid;
class PepManager;
struct PepItem;
struct StanzaError;
} // namespace sotto::xmpp

namespace sotto::app {

// One account's OMEMO lifecycle and trust policy: our identity and device id, our device
// in the device list (added back whenever a list arrives without it), our bundle on PEP,
// contacts' device lists from PEP notifications, bundles fetched just before the first
// message to a device, and which devices a message may be encrypted to:
//  - trusted or verified devices always; untrusted never;
//  - undecided ones only under blind trust (a setting, on by default) and only while no
//    device of that contact is verified;
//  - devices silent for 90 days are skipped;
//  - a contact whose known device changed its key, or who gained a device after we had
//    sessions with them, is blocked until the user decides (safetyNumberChanged).
class OmemoService : public QObject {
  Q_OBJECT
public:
  static constexpr qint64 kStaleAfterMs = 90LL * 24 * 3600 * 1000;
  // How long a device list counts as current without a PEP event for it: lists are read
  // when unknown (first send, or after a new session: events may have been missed while
  // offline), kept current by +notify events, and read again after this bound in case an
  // event was lost or never comes (no presence subscription, no events).
  static constexpr qint64 kListMaxAgeMs = 5LL * 60 * 1000;

  OmemoService(storage::Database &database, std::int64_t accountId, QString accountJid, xmpp::Client *client,
               xmpp::PepManager *pep, QObject *parent = nullptr);
  ~OmemoService() override;

  // Makes our identity on first use; false when the store cannot be read or written.
  bool initialise();
  [[nodiscard]] std::int32_t deviceId() const { return deviceId_; }
  [[nodiscard]] crypto::SignalEngine &engine() { return *engine_; }
  [[nodiscard]] storage::OmemoStore &store() { return store_; }

  // After each new (not resumed) session: our device list and bundle.
  void publishOwnDevice();

  using RecipientsCallback =
      std::function<void(const tl::expected<QList<crypto::ProtocolAddress>, AppError::Code> &)>;
  // Every device a message to `peerJid` goes to (theirs and our own other devices), with
  // sessions built from freshly fetched bundles where there were none.
  void prepareRecipients(const QString &peerJid, RecipientsCallback callback);
  // A message came from this device of `jid` and built a session, or could not be
  // decrypted. A device missing from the list we know means the list is stale (a contact
  // without a presence subscription sends no PEP events): it is read again now, and
  // sessions are built for the devices it names. At most once per device and session.
  void noteSenderDevice(const QString &jid, std::int32_t deviceId);
  // Tests only: the clock (ms since the epoch) that ages device lists (kListMaxAgeMs).
  void setClock(std::function<qint64()> nowMs) { clock_ = std::move(nowMs); }
  // Sends an empty OMEMO message (key transport) to these devices of jid, building a
  // session from the bundle first where there is none: repairs a broken session, or
  // replaces one, so that the device's next message reaches us again.
  void sendKeyTransport(const QString &jid, const QList<std::int32_t> &deviceIds);

  // Publishes our device list without `deviceId` (a lost or stale device of ours). Our
  // own device cannot be removed this way. False when it is not in the list.
  bool removeOwnDevice(std::int32_t deviceId);

  [[nodiscard]] bool isBlocked(const QString &jid) const;
  bool setTrust(const QString &jid, std::int32_t deviceId, crypto::TrustState trust);
  // The new key a known device showed and we refused until the user decides (empty if
  // none): setTrust would record this one, so a verification must compare against it.
  [[nodiscard]] QByteArray changedKey(const QString &jid, std::int32_t deviceId) const {
    return changedKeys_.value(jid).value(deviceId);
  }
  [[nodiscard]] bool blindTrust() const;
  bool setBlindTrust(bool enabled);

Q_SIGNALS:
  void devicesChanged(const QString &jid);
  void safetyNumberChanged(const QString &jid);

private:
  void onItemsPublished(const xmpp::Jid &from, const QString &node, const QList<xmpp::PepItem> &items);
  // The payload of a node's newest item: a null element when the node is empty or
  // missing, which for OMEMO means "no devices" / "no bundle", not an error.
  using NewestCallback = std::function<void(const tl::expected<xmpp::Element, xmpp::StanzaError> &)>;
  void fetchNewest(const QString &jid, const QString &node, NewestCallback callback);
  void publishItem(const QString &node, const xmpp::Element &payload, const char *what);
  void applyDeviceList(const QString &jid, const QList<std::int32_t> &ids);
  void publishDeviceList(QList<std::int32_t> ids);
  void publishBundle();
  void rotateSignedPreKeyIfDue();
  void fetchDeviceList(const QString &jid, std::function<void()> done);
  void buildMissingSessions(const QString &peerJid, RecipientsCallback callback);
  [[nodiscard]] QList<std::int32_t> eligibleDevices(const QString &jid) const;
  void block(const QString &jid);

  storage::Database &database_;
  std::int64_t accountId_;
  QString accountJid_;
  xmpp::Client *client_;
  xmpp::PepManager *pep_;
  storage::OmemoStore store_;
  std::unique_ptr<crypto::SignalEngine> engine_;
  std::int32_t deviceId_ = 0;
  QTimer rotationTimer_;               // the signed prekey ages in long sessions too
  QHash<QString, qint64> listFetched_; // when each device list was last read or pushed (ms)
  QSet<QString> unknownSendersAsked_;  // "jid/device" whose list noteSenderDevice read again
  std::function<qint64()> clock_;      // null: the system clock
  [[nodiscard]] qint64 now() const;
  // A bundle's identity key refused because the device had another one: kept so that a
  // user decision (setTrust) can accept it.
  QHash<QString, QHash<std::int32_t, QByteArray>> changedKeys_;
};

} // namespace sotto::app
