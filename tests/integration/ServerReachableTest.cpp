// The Prosody fixture from scripts/test answers over TLS, both direct (XEP-0368) and
// through STARTTLS, with the certificate scripts/test announced and the features Sotto's
// tests rely on. The xmpp module's own tests go much further; this one checks the fixture.
#include "TestEnvironment.h"

#include <QSslCertificate>
#include <QSslSocket>
#include <QtTest>

namespace {

QString certificateFingerprint(const QSslSocket &socket) {
  return QString::fromLatin1(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex());
}

// Reads until `marker` has arrived or 10 s have passed, without sleeping.
QByteArray readUntil(QSslSocket &socket, const QByteArray &marker) {
  QByteArray received;
  QDeadlineTimer deadline(10000);
  while (!received.contains(marker) && !deadline.hasExpired()) {
    if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
      break;
    received += socket.readAll();
  }
  return received;
}

QByteArray streamHeader(const QString &domain) {
  return QStringLiteral("<?xml version='1.0'?><stream:stream to='%1' version='1.0' xml:lang='en' "
                        "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>")
      .arg(domain)
      .toUtf8();
}

void pinServerCertificate(QSslSocket &socket, const sotto::test::XmppServer &server) {
  // The fixture's certificate is self-signed: accept exactly that one, by fingerprint.
  QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket, server](const QList<QSslError> &) {
    if (certificateFingerprint(socket) == server.certificateSha256)
      socket.ignoreSslErrors();
  });
}

} // namespace

class ServerReachableTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void directTlsOffersScramAndRegistration() {
    const auto server = sotto::test::xmppServer();
    QVERIFY(server->directTlsPort != 0);
    QSslSocket socket;
    pinServerCertificate(socket, *server);
    socket.connectToHostEncrypted(server->host, server->directTlsPort, server->domain);
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    QCOMPARE(certificateFingerprint(socket), server->certificateSha256);

    socket.write(streamHeader(server->domain));
    const QByteArray features = readUntil(socket, "</stream:features>");
    QVERIFY2(features.contains("<stream:features"), features.constData());
    QVERIFY(features.contains("SCRAM-SHA-1"));
    QVERIFY(features.contains("http://jabber.org/features/iq-register"));
    QVERIFY2(!features.contains("urn:ietf:params:xml:ns:xmpp-tls"), "no STARTTLS inside TLS");
  }

  void starttlsIsRequiredBeforeAuthentication() {
    const auto server = sotto::test::xmppServer();
    QSslSocket socket;
    pinServerCertificate(socket, *server);
    socket.connectToHost(server->host, server->starttlsPort);
    QVERIFY(socket.waitForConnected(10000));
    socket.write(streamHeader(server->domain));
    const QByteArray plainFeatures = readUntil(socket, "</stream:features>");
    QVERIFY2(plainFeatures.contains("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'"),
             plainFeatures.constData());
    // c2s_require_encryption: no SASL mechanism may be offered on the plain stream.
    QVERIFY(!plainFeatures.contains("<mechanism>"));

    socket.write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    QVERIFY(readUntil(socket, "<proceed").contains("<proceed"));
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    socket.write(streamHeader(server->domain));
    const QByteArray features = readUntil(socket, "</stream:features>");
    QVERIFY2(features.contains("SCRAM-SHA-1"), features.constData());
  }
};

SOTTO_TEST_MAIN_REQUIRING(ServerReachableTest, sotto::test::xmppServer().has_value(),
                          "no XMPP server: run through scripts/test")
#include "ServerReachableTest.moc"
