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

} // namespace sotto::app::test
