// End-to-end figures against the loopback Prosody of scripts/lib/services.sh:
//  - message round trip: alice sends, bob's client parses it and answers, alice parses the
//    answer; 1,000 messages one after another, p50 / p99 / max;
//  - memory per connection: resident set growth for N more logged-in clients.
// Usage (after sotto_services_start): bench_xmpp_roundtrip [messages] [connections]
#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/MessageManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace sotto::xmpp;

namespace {

ClientSettings settingsFor(const QString &user) {
  ClientSettings settings;
  settings.jid =
      *Jid::parse(user + u'@' + qEnvironmentVariable("SOTTO_TEST_XMPP_DOMAIN", QStringLiteral("localhost")));
  settings.password = QStringLiteral("bench");
  settings.host = qEnvironmentVariable("SOTTO_TEST_XMPP_HOST");
  settings.port = static_cast<quint16>(qEnvironmentVariableIntValue("SOTTO_TEST_XMPP_TLS_PORT"));
  settings.tlsMode = TlsMode::DirectTls;
  settings.pinnedCertificateSha256 = qEnvironmentVariable("SOTTO_TEST_XMPP_CERT_SHA256");
  settings.registerAccount = true;
  settings.resource = QStringLiteral("bench");
  // SOTTO_BENCH_NO_SM=1 measures without XEP-0198 acks, to see what they cost.
  settings.streamManagement = qEnvironmentVariableIntValue("SOTTO_BENCH_NO_SM") == 0;
  return settings;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done() && timer.elapsed() < timeoutMs)
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
  return done();
}

bool connectClient(Client &client, const ClientSettings &settings) {
  bool up = false;
  bool failed = false;
  QObject context;
  QObject::connect(&client, &Client::connected, &context, [&] { up = true; });
  QObject::connect(&client, &Client::errorOccurred, &context, [&](const ClientError &error) {
    std::fprintf(stderr, "connect failed: %s\n", qPrintable(error.message));
    failed = true;
  });
  client.connectToServer(settings);
  waitUntil([&] { return up || failed; }, 30000);
  return up;
}

long residentKiB() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly))
    return 0;
  for (const QByteArray &line : status.readAll().split('\n')) {
    if (line.startsWith("VmRSS:"))
      return line.mid(6).trimmed().split(' ').first().toLong();
  }
  return 0;
}

QString unique(const char *prefix) {
  return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  if (qEnvironmentVariable("SOTTO_TEST_XMPP_HOST").isEmpty()) {
    std::fprintf(stderr, "no test server: source scripts/lib/services.sh and run sotto_services_start\n");
    return 2;
  }
  const int messages = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int connections = argc > 2 ? std::atoi(argv[2]) : 50;

  Client alice;
  Client bob;
  MessageManager aliceMessages(&alice);
  MessageManager bobMessages(&bob);
  aliceMessages.setAutoReceipts(false);
  bobMessages.setAutoReceipts(false);
  const auto aliceSettings = settingsFor(unique("rta"));
  const auto bobSettings = settingsFor(unique("rtb"));
  if (!connectClient(alice, aliceSettings) || !connectClient(bob, bobSettings))
    return 1;

  // bob answers each message at once; alice measures send → answer parsed.
  QObject::connect(&bobMessages, &MessageManager::messageReceived, [&](const Message &message) {
    Message echo;
    echo.to = message.from;
    echo.body = message.body;
    bobMessages.sendMessage(echo);
  });
  std::vector<double> samples;
  samples.reserve(static_cast<std::size_t>(messages));
  QElapsedTimer clock;
  int answered = 0;
  QObject::connect(&aliceMessages, &MessageManager::messageReceived, [&](const Message &) {
    samples.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    ++answered;
  });
  const Jid bobJid = bob.boundJid();
  for (int i = 0; i < messages; ++i) {
    Message message;
    message.to = bobJid;
    message.body = QStringLiteral("round trip %1").arg(i);
    clock.start();
    aliceMessages.sendMessage(message);
    if (!waitUntil([&] { return answered > i; }, 10000)) {
      std::fprintf(stderr, "message %d got no answer\n", i);
      return 1;
    }
  }
  std::sort(samples.begin(), samples.end());
  const auto at = [&](double q) { return samples[static_cast<std::size_t>(q * double(samples.size() - 1))]; };
  std::printf("round trip over %d messages: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n", messages, at(0.5),
              at(0.99), samples.back());

  // Memory: RSS growth for `connections` more logged-in clients (TLS, SM, parser state).
  const long before = residentKiB();
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < connections; ++i) {
    clients.push_back(std::make_unique<Client>());
    if (!connectClient(*clients.back(), settingsFor(unique("mem"))))
      return 1;
  }
  const long after = residentKiB();
  std::printf("memory: %ld KiB RSS for %d connections = %.1f KiB per connection\n", after - before,
              connections, double(after - before) / connections);
  for (auto &client : clients)
    client->disconnectFromServer();
  alice.disconnectFromServer();
  bob.disconnectFromServer();
  return 0;
}
