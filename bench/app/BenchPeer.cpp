#include "BenchPeer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <ctime>

#include <unistd.h>

namespace sotto::app::bench {

bool haveServer() {
  return !qEnvironmentVariable("SOTTO_TEST_XMPP_HOST").isEmpty() &&
         qEnvironmentVariableIntValue("SOTTO_TEST_XMPP_TLS_PORT") > 0;
}

QString serverDomain() {
  return qEnvironmentVariable("SOTTO_TEST_XMPP_DOMAIN", QStringLiteral("localhost"));
}

QString uniqueUser(const char *prefix) {
  return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

double processCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double serverCpuSeconds() {
  const QString directory = QFileInfo(qEnvironmentVariable("SOTTO_TEST_SERVER_CTL")).absolutePath();
  QFile pidFile(directory + QStringLiteral("/prosody.pid"));
  if (!pidFile.open(QIODevice::ReadOnly))
    return -1;
  QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pidFile.readAll().trimmed())));
  if (!stat.open(QIODevice::ReadOnly))
    return -1;
  // Fields 14 and 15 (utime, stime) in clock ticks, counted after the command name's ')'.
  const QByteArray line = stat.readAll();
  const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
  if (fields.size() < 13)
    return -1;
  return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  // Sleeps in the event loop until something happens (the tick bounds the wait, so the
  // timeout is seen): processEvents(flags, maxtime) would spin and take CPU from Prosody.
  QTimer tick;
  tick.start(20);
  while (!done() && timer.elapsed() < timeoutMs)
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
  return done();
}

BenchPeer::BenchPeer() : controller_(std::make_unique<MessagingController>()) {
}

BenchPeer::~BenchPeer() {
  controller_->signOut();
  // Lets the stream close cleanly before the profile directory goes away.
  waitUntil([] { return false; }, 50);
}

bool BenchPeer::start(const QString &user, bool signIn) {
  jid_ = user + u'@' + serverDomain();
  ProfileOptions options;
  options.directory = dir_.path();
  // Passphrase mode with the fast Argon2 limits: the benchmark measures messaging, not
  // profile creation, and must not depend on a keychain.
  options.passphrase = QStringLiteral("bench passphrase");
  options.preferKeychain = false;
  options.fastKdfForTests = true;
  options.serverHost = qEnvironmentVariable("SOTTO_TEST_XMPP_HOST");
  options.serverPort = static_cast<quint16>(qEnvironmentVariableIntValue("SOTTO_TEST_XMPP_TLS_PORT"));
  options.directTls = true;
  options.pinnedCertificateSha256 = qEnvironmentVariable("SOTTO_TEST_XMPP_CERT_SHA256");
  if (!controller_->openProfile(options))
    return false;
  const QString password = QStringLiteral("pw-") + user;
  if (signIn)
    controller_->signIn(jid_, password);
  else
    controller_->createAccount(serverDomain(), user, password);
  return waitOnline() && controller_->ownDeviceId() != 0;
}

bool BenchPeer::waitOnline(int timeoutMs) {
  bool failed = false;
  QObject context;
  QObject::connect(controller_.get(), &MessagingController::errorOccurred, &context,
                   [&](AppError::Code code, const QString &) {
                     // A dropped attempt is retried by the controller; anything else is fatal here.
                     if (code != AppError::Code::ConnectionLost) {
                       std::fprintf(stderr, "%s: controller error %d\n", qPrintable(jid_), int(code));
                       failed = true;
                     }
                   });
  return waitUntil(
             [&] {
               return failed ||
                      controller_->connectionState() == MessagingController::ConnectionState::Online;
             },
             timeoutMs) &&
         !failed;
}

bool sendUntilReceived(BenchPeer &from, BenchPeer &to, const QString &text) {
  for (int attempt = 0; attempt < 50; ++attempt) {
    bool failed = false;
    bool received = false;
    QObject context;
    QObject::connect(&from.controller(), &MessagingController::errorOccurred, &context,
                     [&](AppError::Code, const QString &) { failed = true; });
    QObject::connect(&to.controller(), &MessagingController::messageAdded, &context,
                     [&](const QString &conversation, qint64) { received |= conversation == from.jid(); });
    if (from.controller().send(to.jid(), text) == 0)
      return false;
    waitUntil([&] { return failed || received; }, 5000);
    if (received)
      return true;
    // bob's device was not on the server yet: it publishes right after its first login.
    waitUntil([] { return false; }, 200);
  }
  return false;
}

} // namespace sotto::app::bench
