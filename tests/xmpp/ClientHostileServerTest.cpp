// The Client against a local fake server that misbehaves on purpose: one that offers no
// STARTTLS (credentials must never leave in plain text) and one that sends hostile XML
// (a clean stream error, never a crash).
#include "sotto/xmpp/Client.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace sotto::xmpp;

namespace {
const QByteArray kServerHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                 "xmlns:stream='http://etherx.jabber.org/streams' id='fake' from='localhost' "
                                 "version='1.0'>";

// Answers the client's stream header with `reply` and records everything the client sends.
class FakeServer : public QObject {
public:
  explicit FakeServer(QByteArray reply) : reply_(std::move(reply)) {
    server_.listen(QHostAddress::LocalHost);
    connect(&server_, &QTcpServer::newConnection, this, [this] {
      QTcpSocket *socket = server_.nextPendingConnection();
      connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const bool first = received_.isEmpty();
        received_ += socket->readAll();
        if (first)
          socket->write(reply_);
      });
    });
  }
  quint16 port() const { return server_.serverPort(); }
  const QByteArray &received() const { return received_; }

private:
  QTcpServer server_;
  QByteArray reply_;
  QByteArray received_;
};

ClientSettings settingsFor(quint16 port) {
  ClientSettings settings;
  settings.jid = *Jid::parse(QStringLiteral("alice@localhost"));
  settings.password = QStringLiteral("secret-password");
  settings.host = QStringLiteral("127.0.0.1");
  settings.port = port;
  settings.tlsMode = TlsMode::StartTls;
  settings.autoReconnect = false;
  return settings;
}
} // namespace

class ClientHostileServerTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void neverAuthenticatesWithoutTls() {
    FakeServer server(kServerHeader + "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                      "<mechanism>PLAIN</mechanism></mechanisms></stream:features>");
    Client client;
    QSignalSpy failed(&client, &Client::errorOccurred);
    client.connectToServer(settingsFor(server.port()));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ClientError>().code, ClientErrors::Code::EncryptionUnavailable);
    QCOMPARE(client.state(), Client::State::Disconnected);
    QVERIFY(!server.received().contains("<auth"));
    QVERIFY(!server.received().contains("secret-password"));
    QVERIFY(!server.received().contains(QByteArray("secret-password").toBase64()));
  }

  void hostileXmlEndsInStreamError_data() {
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<StreamErrorCondition>("condition");
    QTest::newRow("billion laughs") << QByteArray("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>"
                                                  "<!ENTITY b '&a;&a;&a;&a;'>]>")
                                    << StreamErrorCondition::RestrictedXml;
    QTest::newRow("invalid UTF-8") << kServerHeader + "<message><body>\xff\xfe</body></message>"
                                   << StreamErrorCondition::UnsupportedEncoding;
    QTest::newRow("huge stanza") << kServerHeader + "<message><body>" + QByteArray(2 * 1024 * 1024, 'x')
                                 << StreamErrorCondition::PolicyViolation;
    QTest::newRow("server stream error")
        << kServerHeader +
               "<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"
        << StreamErrorCondition::SystemShutdown;
  }
  void hostileXmlEndsInStreamError() {
    QFETCH(QByteArray, reply);
    QFETCH(StreamErrorCondition, condition);
    FakeServer server(reply);
    Client client;
    QSignalSpy failed(&client, &Client::errorOccurred);
    client.connectToServer(settingsFor(server.port()));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<ClientError>();
    QCOMPARE(error.code, ClientErrors::Code::StreamError);
    QCOMPARE(error.streamCondition, condition);
    QCOMPARE(client.state(), Client::State::Disconnected);
  }
};

QTEST_GUILESS_MAIN(ClientHostileServerTest)
#include "ClientHostileServerTest.moc"
