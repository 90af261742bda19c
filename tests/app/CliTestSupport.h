#pragma once

// Runs sotto-cli (SOTTO_CLI_PATH) as scripts do: one process per command on a profile in
// `dir`, against the test server, JSON lines on stdout. The passphrase file is
// dir/passphrase.
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace sotto::app::test {

struct CliRun {
  int exitCode = -1; // -1: it did not finish in time
  QList<QJsonObject> lines;
};

inline CliRun runCli(const sotto::test::XmppServer &server, const QTemporaryDir &dir, const QString &profile,
                     const QStringList &arguments, int timeoutMs = 60000) {
  const QStringList global{QStringLiteral("--profile"),
                           dir.filePath(profile),
                           QStringLiteral("--json"),
                           QStringLiteral("--passphrase-file"),
                           dir.filePath(QStringLiteral("passphrase")),
                           QStringLiteral("--keychain-service"),
                           QStringLiteral("sotto-cli-test"),
                           QStringLiteral("--server"),
                           server.host + u':' + QString::number(server.directTlsPort),
                           QStringLiteral("--direct-tls"),
                           QStringLiteral("--pin-cert"),
                           server.certificateSha256};
  QProcess cli;
  cli.start(QStringLiteral(SOTTO_CLI_PATH), global + arguments);
  CliRun result;
  if (!cli.waitForFinished(timeoutMs)) {
    cli.kill();
    cli.waitForFinished();
    return result;
  }
  result.exitCode = cli.exitCode();
  for (const QByteArray &line : cli.readAllStandardOutput().split('\n'))
    if (!line.trimmed().isEmpty())
      result.lines.append(QJsonDocument::fromJson(line).object());
  return result;
}

} // namespace sotto::app::test
