// SRV lookup (RFC 6120 §3.2, XEP-0368) against a real DNS server: dnsmasq, started by the
// test on a loopback address of its own, serves the records. Direct TLS records come
// before STARTTLS ones whatever their priorities; within a service, priority then weight;
// a "." target means "not offered"; no record at all means domain:5222 with STARTTLS.
// Qt 6.4's QDnsLookup only queries port 53, so this needs root (CI runs as root) and
// skips otherwise.
#include "EndpointResolver.h"
#include "TestEnvironment.h"

#include <QDnsLookup>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <unistd.h>

using namespace sotto::xmpp;

namespace {

QString dnsmasqPath() {
  return QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

bool canRunDnsServer() {
  return ::geteuid() == 0 && !dnsmasqPath().isEmpty();
}

// dnsmasq answering only for *.test from the given SRV records, on 127.53.x.y:53 (a
// random loopback address, so parallel runs and a system resolver never collide).
class LocalDnsServer {
public:
  bool start(const QStringList &srvRecords) {
    const quint32 host = QRandomGenerator::global()->bounded(1u, 65535u);
    address_ = QHostAddress((127u << 24) | (53u << 16) | host);
    QStringList arguments{QStringLiteral("--keep-in-foreground"),
                          QStringLiteral("--conf-file=/dev/null"),
                          QStringLiteral("--pid-file="),
                          QStringLiteral("--no-resolv"),
                          QStringLiteral("--no-hosts"),
                          QStringLiteral("--no-poll"),
                          QStringLiteral("--bind-interfaces"),
                          QStringLiteral("--listen-address=") + address_.toString(),
                          QStringLiteral("--port=53"),
                          QStringLiteral("--local=/test/"),
                          QStringLiteral("--host-record=ready.test,127.0.0.9"),
                          QStringLiteral("--log-facility=-")};
    for (const QString &record : srvRecords)
      arguments << QStringLiteral("--srv-host=") + record;
    process_.setProcessChannelMode(QProcess::MergedChannels);
    process_.start(dnsmasqPath(), arguments);
    if (!process_.waitForStarted(5000))
      return false;
    // Ready once it answers; until then the query fails fast (connection refused).
    for (int attempt = 0; attempt < 50; ++attempt) {
      QDnsLookup probe(QDnsLookup::A, QStringLiteral("ready.test"), address_);
      QSignalSpy finished(&probe, &QDnsLookup::finished);
      probe.lookup();
      if (!finished.wait(2000))
        continue;
      if (probe.error() == QDnsLookup::NoError && !probe.hostAddressRecords().isEmpty())
        return true;
      if (process_.state() != QProcess::Running)
        break;
      QTest::qWait(50); // dnsmasq is still binding: nothing to wait on but time
    }
    qWarning() << "dnsmasq did not come up:" << process_.readAll();
    return false;
  }

  ~LocalDnsServer() {
    process_.terminate();
    if (!process_.waitForFinished(5000))
      process_.kill();
  }

  [[nodiscard]] QHostAddress address() const { return address_; }

private:
  QProcess process_;
  QHostAddress address_;
};

QList<Endpoint> resolve(const QHostAddress &nameserver, const QString &domain) {
  EndpointResolver resolver;
  resolver.setNameserver(nameserver);
  QSignalSpy resolved(&resolver, &EndpointResolver::resolved);
  resolver.resolve(domain);
  if (!resolved.wait(10000))
    return {};
  return resolved.first().first().value<QList<Endpoint>>();
}

QStringList describe(const QList<Endpoint> &endpoints) {
  QStringList out;
  for (const Endpoint &endpoint : endpoints)
    out << QStringLiteral("%1:%2/%3")
               .arg(endpoint.host)
               .arg(endpoint.port)
               .arg(endpoint.directTls ? QStringLiteral("tls") : QStringLiteral("starttls"));
  return out;
}

} // namespace

class EndpointResolverTest : public QObject {
  Q_OBJECT
  LocalDnsServer dns_;

private Q_SLOTS:
  void initTestCase() {
    // --srv-host=NAME,TARGET,PORT,PRIORITY,WEIGHT
    QVERIFY(dns_.start({
        // both services; STARTTLS has the lower (better) priority numbers, yet direct TLS
        // goes first; within one service priority, then the heavier weight.
        QStringLiteral("_xmpps-client._tcp.both.test,tls-backup.both.test,5223,20,0"),
        QStringLiteral("_xmpps-client._tcp.both.test,tls.both.test,443,10,0"),
        QStringLiteral("_xmpp-client._tcp.both.test,light.both.test,5222,0,1"),
        QStringLiteral("_xmpp-client._tcp.both.test,heavy.both.test,5269,0,50"),
        QStringLiteral("_xmpp-client._tcp.both.test,last.both.test,5280,5,100"),
        // STARTTLS only
        QStringLiteral("_xmpp-client._tcp.starttls.test,xmpp.starttls.test,5222,0,0"),
        // direct TLS only
        QStringLiteral("_xmpps-client._tcp.direct.test,xmpps.direct.test,5223,0,0"),
        // "decidedly not available" (RFC 2782): a target of "."
        QStringLiteral("_xmpps-client._tcp.dot.test,.,0,0,0"),
        QStringLiteral("_xmpp-client._tcp.dot.test,xmpp.dot.test,5222,0,0"),
    }));
  }

  void directTlsFirstThenPriorityThenWeight() {
    QCOMPARE(
        describe(resolve(dns_.address(), QStringLiteral("both.test"))),
        QStringList({QStringLiteral("tls.both.test:443/tls"), QStringLiteral("tls-backup.both.test:5223/tls"),
                     QStringLiteral("heavy.both.test:5269/starttls"),
                     QStringLiteral("light.both.test:5222/starttls"),
                     QStringLiteral("last.both.test:5280/starttls")}));
  }

  void onlyStartTls() {
    QCOMPARE(describe(resolve(dns_.address(), QStringLiteral("starttls.test"))),
             QStringList({QStringLiteral("xmpp.starttls.test:5222/starttls")}));
  }

  void onlyDirectTls() {
    QCOMPARE(describe(resolve(dns_.address(), QStringLiteral("direct.test"))),
             QStringList({QStringLiteral("xmpps.direct.test:5223/tls")}));
  }

  void dotTargetMeansNotOffered() {
    QCOMPARE(describe(resolve(dns_.address(), QStringLiteral("dot.test"))),
             QStringList({QStringLiteral("xmpp.dot.test:5222/starttls")}));
  }

  void noRecordsFallsBackToTheDomainOnPort5222() {
    QCOMPARE(describe(resolve(dns_.address(), QStringLiteral("nothing.test"))),
             QStringList({QStringLiteral("nothing.test:5222/starttls")}));
  }

  void unreachableNameserverFallsBackToo() {
    // Nothing listens there: both lookups fail, the domain itself is still tried.
    QCOMPARE(describe(resolve(QHostAddress(QStringLiteral("127.53.0.0")), QStringLiteral("both.test"))),
             QStringList({QStringLiteral("both.test:5222/starttls")}));
  }
};

SOTTO_TEST_MAIN_REQUIRING(
    EndpointResolverTest, canRunDnsServer(),
    "needs dnsmasq (Debian dnsmasq-base) and root: QDnsLookup in Qt 6.4 only queries port 53")
#include "EndpointResolverTest.moc"
