#pragma once

// Helpers for the app tests: throwaway profiles and controllers wired to the Prosody of
// scripts/test.
#include "TestEnvironment.h"
#include "sotto/app/MessagingController.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace sotto::app::test {

inline QString uniqueUser(const QString &prefix) {
  return prefix + QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Passphrase mode with fast Argon2 limits: tests must not depend on a keychain unless
// they test the keychain.
inline ProfileOptions profileOptions(const QString &directory, const sotto::test::XmppServer &server) {
  ProfileOptions options;
  options.directory = directory;
  options.passphrase = QStringLiteral("test passphrase");
  options.preferKeychain = false;
  options.fastKdfForTests = true;
  options.serverHost = server.host;
  options.serverPort = server.directTlsPort;
  options.directTls = true;
  options.pinnedCertificateSha256 = server.certificateSha256;
  return options;
}

// Waits until the controller is Online (true) or reports an error first (false).
inline bool waitOnline(MessagingController &controller, int timeoutMs = 20000) {
  QSignalSpy errors(&controller, &MessagingController::errorOccurred);
  QDeadlineTimer deadline(timeoutMs);
  while (controller.connectionState() != MessagingController::ConnectionState::Online &&
         !deadline.hasExpired()) {
    if (!errors.isEmpty()) {
      const auto code = errors.first().first().value<AppError::Code>();
      if (code != AppError::Code::ConnectionLost) {
        qWarning() << "controller error:" << code;
        return false;
      }
      errors.clear();
    }
    QTest::qWait(20);
  }
  return controller.connectionState() == MessagingController::ConnectionState::Online;
}

// Signs the controller out and waits until it is Offline (true), as the catch-up tests do
// before the other side writes to it.
inline bool signOutAndWaitOffline(MessagingController &controller, int timeoutMs = 5000) {
  controller.signOut();
  return QTest::qWaitFor(
      [&] { return controller.connectionState() == MessagingController::ConnectionState::Offline; },
      timeoutMs);
}

// The account `jid` (made by Peer::start, whose password is "pw-" and the user name) signed
// in again from a fresh profile in `dir`: the same person on another computer, so a new
// OMEMO device. True once it is online and has its device id.
inline bool signInFromAnotherProfile(MessagingController &controller, const QTemporaryDir &dir,
                                     const QString &jid, const sotto::test::XmppServer &server) {
  if (!controller.openProfile(profileOptions(dir.path(), server)))
    return false;
  controller.signIn(jid, QStringLiteral("pw-") + jid.section(u'@', 0, 0));
  return waitOnline(controller) && QTest::qWaitFor([&] { return controller.ownDeviceId() != 0; }, 15000);
}

} // namespace sotto::app::test

#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/xmpp/RosterManager.h"

// The xmpp tests' connection helpers (settingsFor, connectAndWait), by path: the app and
// ui tests that include this file need no include directory of their own for it.
#include "../xmpp/XmppTestSupport.h"

#include <optional>

namespace sotto::app::test {

// A registered, online controller on its own profile directory.
struct Peer {
  QTemporaryDir dir;
  std::unique_ptr<MessagingController> controller = std::make_unique<MessagingController>();
  QString jid;

  bool start(const sotto::test::XmppServer &server, const QString &prefix) {
    const QString user = uniqueUser(prefix);
    jid = user + u'@' + server.domain;
    if (!controller->openProfile(profileOptions(dir.path(), server)))
      return false;
    controller->createAccount(server.domain, user, QStringLiteral("pw-") + user);
    if (!waitOnline(*controller))
      return false;
    if (controller->ownDeviceId() == 0)
      qWarning() << "no OMEMO device id";
    return controller->ownDeviceId() != 0;
  }

  QList<storage::Message> history(const QString &peer, int limit = 1000) const {
    storage::ConversationRepository conversations(*controller->database());
    auto conversation = conversations.findByPeer(controller->accountId(), peer);
    if (!conversation || !conversation->has_value())
      return {};
    storage::MessageRepository messages(*controller->database());
    return messages.newest((*conversation)->id, limit).value_or(QList<storage::Message>());
  }
};

// Sends, retrying while the peer's device has not reached the server yet (it publishes
// right after its first login). Returns the local id once the message left encrypted.
inline qint64 sendWhenReady(MessagingController &from, const QString &to, const QString &text) {
  for (int attempt = 0; attempt < 50; ++attempt) {
    QSignalSpy errors(&from, &MessagingController::errorOccurred);
    const qint64 id = from.send(to, text);
    if (id == 0)
      return 0;
    QDeadlineTimer deadline(5000);
    bool failed = false;
    while (!deadline.hasExpired()) {
      storage::MessageRepository messages(*from.database());
      auto stored = messages.find(id);
      if (stored && stored->has_value() && (*stored)->state == storage::MessageState::Failed) {
        failed = true;
        break;
      }
      if (stored && stored->has_value() && (*stored)->state != storage::MessageState::Pending)
        return id;
      if (!errors.isEmpty()) {
        failed = true;
        break;
      }
      QTest::qWait(20);
    }
    if (!failed)
      return id;
    if (!errors.isEmpty())
      qInfo() << "not sent yet:" << errors.first().first().value<AppError::Code>();
    // Not ready: drop the failed attempt so history stays clean, and try again.
    storage::MessageRepository messages(*from.database());
    (void)messages.remove(id);
    QTest::qWait(200);
  }
  return 0;
}

// alice and bob signed in on the test server, and alice's first message (the PreKey message
// that makes the session) stored at bob's: where most two-account tests begin.
inline bool startWithFirstMessage(Peer &alice, Peer &bob, const sotto::test::XmppServer &server,
                                  const QString &text) {
  if (!alice.start(server, QStringLiteral("alice")) || !bob.start(server, QStringLiteral("bob")))
    return false;
  if (sendWhenReady(*alice.controller, bob.jid, text) == 0)
    return false;
  return QTest::qWaitFor([&] { return bob.history(alice.jid).size() == 1; }, 15000);
}

// Whether `devices` (MessagingController::devices) lists device `id` as active.
inline bool activeIn(const QVariantList &devices, int id) {
  for (const auto &device : devices)
    if (device.toMap().value(QStringLiteral("deviceId")).toInt() == id)
      return device.toMap().value(QStringLiteral("active")).toBool();
  return false;
}

// Each in the other's roster with a presence subscription, so that each gets the other's
// device-list events (PEP sends them to presence subscribers only).
inline bool subscribeBothWays(Peer &a, Peer &b) {
  a.controller->addContact(b.jid);
  b.controller->addContact(a.jid);
  QDeadlineTimer deadline(15000);
  while (!deadline.hasExpired()) {
    if (a.controller->contacts().contains(b.jid) && b.controller->contacts().contains(a.jid))
      return true;
    QTest::qWait(20);
  }
  return false;
}

// Another client of a peer's account (their phone, say), for what reaches Sotto from the
// account's other clients through the server: roster changes, which the server pushes to
// every client of the account (RFC 6121 §2.1.6).
struct OtherClient {
  xmpp::Client client;
  xmpp::RosterManager roster{&client};

  ~OtherClient() { client.disconnectFromServer(); }

  // The peer signed in with the password Peer::start gave the account.
  bool start(const sotto::test::XmppServer &server, const QString &accountJid,
             const QString &password = QString()) {
    const QString user = accountJid.section(u'@', 0, 0);
    auto settings =
        xmpp::test::settingsFor(server, user, password.isEmpty() ? QStringLiteral("pw-") + user : password);
    settings.resource = QStringLiteral("other-client");
    return xmpp::test::connectAndWait(client, settings);
  }

  // Sets (adds, or renames) the contact's roster item; true once the server took it.
  bool setRosterName(const QString &jid, const QString &name) {
    return answered([&](auto done) { roster.addItem(*xmpp::Jid::parse(jid), name, {}, &client, done); });
  }
  bool removeFromRoster(const QString &jid) {
    return answered([&](auto done) { roster.removeItem(*xmpp::Jid::parse(jid), &client, done); });
  }

private:
  template <typename Request> bool answered(Request request) {
    // Shared: an answer after the wait gave up must not write into a finished frame.
    auto ok = std::make_shared<std::optional<bool>>();
    request([ok](const tl::expected<void, xmpp::StanzaError> &result) { *ok = result.has_value(); });
    return QTest::qWaitFor([&ok] { return ok->has_value(); }, 10000) && **ok;
  }
};

} // namespace sotto::app::test
