#pragma once

// Shared helpers for the xmpp integration tests against the Prosody of scripts/test.
#include "TestEnvironment.h"
#include "sotto/xmpp/Client.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

namespace sotto::xmpp::test {

inline QString uniqueUser(const QString &prefix) {
  return prefix + QString::number(QRandomGenerator::global()->generate64(), 36);
}

inline ClientSettings settingsFor(const sotto::test::XmppServer &server, const QString &user,
                                  const QString &password, TlsMode mode = TlsMode::DirectTls) {
  ClientSettings settings;
  settings.jid = *Jid::parse(user + u'@' + server.domain);
  settings.password = password;
  settings.host = server.host;
  settings.tlsMode = mode;
  settings.port = mode == TlsMode::DirectTls ? server.directTlsPort : server.starttlsPort;
  settings.pinnedCertificateSha256 = server.certificateSha256;
  settings.reconnectInitialDelayMs = 100;
  settings.reconnectMaxDelayMs = 1000;
  settings.iqTimeoutMs = 10000;
  return settings;
}

// Connects and waits for the session, or for an error; returns true on a session.
inline bool connectAndWait(Client &client, const ClientSettings &settings, int timeoutMs = 20000) {
  QSignalSpy connected(&client, &Client::connected);
  QSignalSpy failed(&client, &Client::errorOccurred);
  client.connectToServer(settings);
  QDeadlineTimer deadline(timeoutMs);
  while (connected.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
    connected.wait(100);
  if (!failed.isEmpty())
    qWarning() << "connect failed:" << failed.first().first().value<ClientError>().message;
  return !connected.isEmpty();
}

// Registers a fresh account in-band and leaves it disconnected.
inline bool registerAccount(const sotto::test::XmppServer &server, const QString &user,
                            const QString &password) {
  Client client;
  auto settings = settingsFor(server, user, password);
  settings.registerAccount = true;
  const bool ok = connectAndWait(client, settings);
  client.disconnectFromServer();
  return ok;
}

} // namespace sotto::xmpp::test
