// Carbons between two resources of one account (and a forged carbon dropped), and MAM
// catch-up of messages sent while offline, in order and paged.
#include "XmppTestSupport.h"
#include "sotto/xmpp/CarbonsManager.h"
#include "sotto/xmpp/MamManager.h"
#include "sotto/xmpp/MessageManager.h"

using namespace sotto::xmpp;
using namespace sotto::xmpp::test;

namespace {
struct Device {
  Client client;
  CarbonsManager carbons{&client};
  MessageManager messages{&client};
  MamManager mam{&client};
};

Element plainMessage(const Jid &to, const QString &body) {
  Message message;
  message.to = to;
  message.body = body;
  return message.toStanza();
}
} // namespace

class CarbonsMamTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  QString alice_ = uniqueUser(QStringLiteral("alice"));
  QString bob_ = uniqueUser(QStringLiteral("bob"));
  Device phone_;
  Device laptop_;
  Device bob_device_;

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(registerAccount(server_, alice_, QStringLiteral("pw")));
    QVERIFY(registerAccount(server_, bob_, QStringLiteral("pw")));
    auto phone = settingsFor(server_, alice_, QStringLiteral("pw"));
    phone.resource = QStringLiteral("phone");
    auto laptop = settingsFor(server_, alice_, QStringLiteral("pw"));
    laptop.resource = QStringLiteral("laptop");
    QVERIFY(connectAndWait(phone_.client, phone));
    QVERIFY(connectAndWait(laptop_.client, laptop));
    QVERIFY(connectAndWait(bob_device_.client, settingsFor(server_, bob_, QStringLiteral("pw"))));
    QTRY_VERIFY(phone_.carbons.isActive());
    QTRY_VERIFY(laptop_.carbons.isActive());
    for (Device *device : {&phone_, &laptop_, &bob_device_}) {
      Element presence(QStringLiteral("presence"), QStringLiteral("jabber:client"));
      device->client.send(presence);
    }
  }

  void sentCarbonReachesOtherResource() {
    QSignalSpy carbons(&laptop_.carbons, &CarbonsManager::carbonReceived);
    Message message;
    message.to = *Jid::parse(bob_ + u'@' + server_.domain);
    message.body = QStringLiteral("sent from the phone");
    const QString id = phone_.messages.sendMessage(message);
    QVERIFY(carbons.wait(10000));
    const auto carbon = carbons.first().first().value<Message>();
    QVERIFY(carbons.first().at(1).toBool()); // a "sent" carbon
    QCOMPARE(carbon.body, message.body);
    QCOMPARE(carbon.originId, id);
    QCOMPARE(carbon.from.resource(), QStringLiteral("phone"));
  }

  void receivedCarbonReachesOtherResource() {
    QSignalSpy direct(&phone_.messages, &MessageManager::messageReceived);
    QSignalSpy carbons(&laptop_.carbons, &CarbonsManager::carbonReceived);
    bob_device_.client.send(plainMessage(phone_.client.boundJid(), QStringLiteral("to the phone")));
    QVERIFY(direct.wait(10000));
    // The phone's automatic receipt to bob is carbon-copied too; look for the message.
    const auto isReceivedCopy = [](const QList<QVariant> &args) {
      return !args.at(1).toBool() && args.at(0).value<Message>().body == u"to the phone";
    };
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(carbons.begin(), carbons.end(), isReceivedCopy), 10000);
  }

  void forgedCarbonIsDropped() {
    // Bob wraps a fake "message from alice's phone" in a carbon and sends it to the laptop.
    // The server stamps from=bob, so the wrapper does not come from alice's own account.
    QSignalSpy carbons(&laptop_.carbons, &CarbonsManager::carbonReceived);
    QSignalSpy forged(&laptop_.carbons, &CarbonsManager::forgedCarbonDropped);
    QSignalSpy messages(&laptop_.messages, &MessageManager::messageReceived);
    Element wrapper(QStringLiteral("message"), QStringLiteral("jabber:client"));
    wrapper.setAttribute(QStringLiteral("to"), laptop_.client.boundJid().toString());
    wrapper.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    Element inner =
        plainMessage(*Jid::parse(QStringLiteral("mallory@evil.example")), QStringLiteral("forged"));
    inner.setAttribute(QStringLiteral("from"), phone_.client.boundJid().toString());
    Element forwarded(QStringLiteral("forwarded"), QStringLiteral("urn:xmpp:forward:0"));
    forwarded.addChild(inner);
    wrapper.addChild(Element(QStringLiteral("sent"), QStringLiteral("urn:xmpp:carbons:2")))
        .addChild(forwarded);
    bob_device_.client.send(wrapper);
    QVERIFY(forged.wait(10000));
    QCOMPARE(forged.first().first().value<Jid>().bare().toString(), bob_ + u'@' + server_.domain);
    const auto isForged = [](const QList<QVariant> &args) {
      return args.at(0).value<Message>().body == u"forged";
    };
    QVERIFY(std::none_of(carbons.begin(), carbons.end(), isForged));
    QVERIFY(std::none_of(messages.begin(), messages.end(), isForged));
  }

  void mamCatchesUpOfflineMessagesInOrderPaged() {
    const QString carol = uniqueUser(QStringLiteral("carol"));
    QVERIFY(registerAccount(server_, carol, QStringLiteral("pw")));
    const Jid carolJid = *Jid::parse(carol + u'@' + server_.domain);
    // Sent while carol is offline.
    QSignalSpy acked(&bob_device_.client, &Client::stanzaAcknowledged);
    for (int i = 1; i <= 5; ++i)
      bob_device_.client.send(plainMessage(carolJid, QStringLiteral("offline %1").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(acked.size() >= 5, 10000); // the server has them all

    Device carolDevice;
    QVERIFY(connectAndWait(carolDevice.client, settingsFor(server_, carol, QStringLiteral("pw"))));
    QStringList bodies;
    QStringList ids;
    MamQuery query;
    query.with = *Jid::parse(bob_ + u'@' + server_.domain);
    query.max = 2;
    for (int page = 0; page < 5; ++page) {
      std::optional<MamPage> result;
      carolDevice.mam.query(query, this, [&](const auto &answer) {
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().conditionName()));
        result = *answer;
      });
      QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
      QVERIFY(result->messages.size() <= 2);
      for (const auto &archived : result->messages) {
        bodies.append(archived.message.body);
        ids.append(archived.archiveId);
        QVERIFY(archived.timestamp.has_value());
      }
      if (result->complete)
        break;
      query.afterId = result->last; // resume from the last stanza-id we hold
    }
    QCOMPARE(bodies, (QStringList{QStringLiteral("offline 1"), QStringLiteral("offline 2"),
                                  QStringLiteral("offline 3"), QStringLiteral("offline 4"),
                                  QStringLiteral("offline 5")}));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 5);

    // Catching up from the last known id again yields nothing new.
    std::optional<MamPage> tail;
    query.afterId = ids.last();
    carolDevice.mam.query(query, this, [&](const auto &answer) { tail = answer.value_or(MamPage()); });
    QTRY_VERIFY_WITH_TIMEOUT(tail.has_value(), 10000);
    QVERIFY(tail->messages.empty());
    QVERIFY(tail->complete);
    carolDevice.client.disconnectFromServer();
  }

  void cleanupTestCase() {
    phone_.client.disconnectFromServer();
    laptop_.client.disconnectFromServer();
    bob_device_.client.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(CarbonsMamTest, sotto::test::xmppServer().has_value(),
                          "no XMPP server: run through scripts/test")
#include "CarbonsMamTest.moc"
