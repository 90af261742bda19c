// Connection, TLS, registration and SASL against the real Prosody of scripts/test.
#include "XmppTestSupport.h"
#include "sotto/xmpp/AccountManager.h"

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

class ClientConnectionTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  QString user_ = uniqueUser(QStringLiteral("conn"));
  QString password_ = QStringLiteral("secret-ß-") + QString::number(QRandomGenerator::global()->generate());

private Q_SLOTS:
  void initTestCase() {
    Client client;
    auto settings = settingsFor(server_, user_, password_);
    settings.registerAccount = true;
    QSignalSpy registered(&client, &Client::accountRegistered);
    QVERIFY(connectAndWait(client, settings));
    QCOMPARE(registered.size(), 1);
    QCOMPARE(client.boundJid().bare(), settings.jid);
    QVERIFY(!client.boundJid().resource().isEmpty());
    QVERIFY(client.isStreamManagementEnabled());
    client.disconnectFromServer();
    QCOMPARE(client.state(), Client::State::Disconnected);
  }

  void registeringTakenNameIsConflict() {
    Client client;
    auto settings = settingsFor(server_, user_, QStringLiteral("other"));
    settings.registerAccount = true;
    QSignalSpy failed(&client, &Client::errorOccurred);
    QVERIFY(!connectAndWait(client, settings));
    QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::RegistrationConflict);
    QCOMPARE(client.state(), Client::State::Disconnected);
  }

  void loginsWithEachMechanism_data() {
    QTest::addColumn<SaslMechanism>("mechanism");
    QTest::addColumn<TlsMode>("mode");
    QTest::newRow("strongest, direct TLS") << SaslMechanism::Strongest << TlsMode::DirectTls;
    QTest::newRow("strongest, STARTTLS") << SaslMechanism::Strongest << TlsMode::StartTls;
    QTest::newRow("SCRAM-SHA-1") << SaslMechanism::ScramSha1 << TlsMode::DirectTls;
    QTest::newRow("PLAIN over TLS") << SaslMechanism::Plain << TlsMode::StartTls;
  }
  void loginsWithEachMechanism() {
    QFETCH(SaslMechanism, mechanism);
    QFETCH(TlsMode, mode);
    Client client;
    auto settings = settingsFor(server_, user_, password_, mode);
    settings.mechanism = mechanism;
    settings.resource = QStringLiteral("res-%1").arg(int(mechanism));
    QVERIFY(connectAndWait(client, settings));
    QCOMPARE(client.boundJid().resource(), settings.resource);
    client.disconnectFromServer();
  }

  void scramSha256And512AreUsedWhenOffered() {
    // Prosody 0.12 with internal_hashed stores SCRAM-SHA-1 keys only and offers no other
    // SCRAM; when a server offers them, forcing one must either work or say it is absent.
    for (auto mechanism : {SaslMechanism::ScramSha256, SaslMechanism::ScramSha512}) {
      Client client;
      auto settings = settingsFor(server_, user_, password_);
      settings.mechanism = mechanism;
      QSignalSpy failed(&client, &Client::errorOccurred);
      if (connectAndWait(client, settings)) {
        client.disconnectFromServer();
        continue;
      }
      QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::NoSupportedMechanism);
    }
  }

  void wrongPasswordIsAuthenticationFailed_data() {
    QTest::addColumn<SaslMechanism>("mechanism");
    QTest::newRow("SCRAM") << SaslMechanism::Strongest;
    QTest::newRow("PLAIN") << SaslMechanism::Plain;
  }
  void wrongPasswordIsAuthenticationFailed() {
    QFETCH(SaslMechanism, mechanism);
    Client client;
    auto settings = settingsFor(server_, user_, QStringLiteral("wrong"));
    settings.mechanism = mechanism;
    QSignalSpy failed(&client, &Client::errorOccurred);
    QVERIFY(!connectAndWait(client, settings));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::AuthenticationFailed);
    // Wrong credentials are not retried.
    QCOMPARE(client.state(), Client::State::Disconnected);
  }

  void untrustedCertificateIsReportedWithFingerprint_data() {
    QTest::addColumn<TlsMode>("mode");
    QTest::newRow("direct TLS") << TlsMode::DirectTls;
    QTest::newRow("STARTTLS") << TlsMode::StartTls;
  }
  void untrustedCertificateIsReportedWithFingerprint() {
    QFETCH(TlsMode, mode);
    Client client;
    auto settings = settingsFor(server_, user_, password_, mode);
    settings.pinnedCertificateSha256.clear();
    QSignalSpy failed(&client, &Client::errorOccurred);
    QVERIFY(!connectAndWait(client, settings));
    const auto error = failed.first().first().value<ClientError>();
    QCOMPARE(error.code, ClientErrors::Code::CertificateUntrusted);
    QCOMPARE(error.certificateSha256, server_.certificateSha256);
    QCOMPARE(client.state(), Client::State::Disconnected);
  }

  void wrongPinIsUntrusted() {
    Client client;
    auto settings = settingsFor(server_, user_, password_);
    settings.pinnedCertificateSha256 = QString(64, u'0');
    QSignalSpy failed(&client, &Client::errorOccurred);
    QVERIFY(!connectAndWait(client, settings));
    QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::CertificateUntrusted);
  }

  void changesPassword() {
    const QString user = uniqueUser(QStringLiteral("pwchange"));
    QVERIFY(registerAccount(server_, user, QStringLiteral("old-password")));
    Client client;
    AccountManager account(&client);
    QVERIFY(connectAndWait(client, settingsFor(server_, user, QStringLiteral("old-password"))));
    std::optional<bool> changed;
    account.changePassword(QStringLiteral("new-password"), this,
                           [&](const auto &result) { changed = bool(result); });
    QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 10000);
    QVERIFY(*changed);
    QCOMPARE(client.settings().password, QStringLiteral("new-password"));
    client.disconnectFromServer();

    Client withNew;
    QVERIFY(connectAndWait(withNew, settingsFor(server_, user, QStringLiteral("new-password"))));
    withNew.disconnectFromServer();
    Client withOld;
    QSignalSpy failed(&withOld, &Client::errorOccurred);
    QVERIFY(!connectAndWait(withOld, settingsFor(server_, user, QStringLiteral("old-password"))));
    QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::AuthenticationFailed);
  }

  void refusedPortIsConnectionFailed() {
    Client client;
    auto settings = settingsFor(server_, user_, password_);
    settings.port = 1; // nothing listens there
    settings.autoReconnect = false;
    QSignalSpy failed(&client, &Client::errorOccurred);
    QVERIFY(!connectAndWait(client, settings));
    QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::ConnectionFailed);
  }
};

SOTTO_TEST_MAIN_REQUIRING(ClientConnectionTest, sotto::test::xmppServer().has_value(),
                          "no XMPP server: run through scripts/test")
#include "ClientConnectionTest.moc"
