#include "TestEnvironment.h"

#include <QProcess>
#include <QStringList>

namespace sotto::test {

std::optional<XmppServer> xmppServer() {
  const QString host = qEnvironmentVariable("SOTTO_TEST_XMPP_HOST");
  const int port = qEnvironmentVariableIntValue("SOTTO_TEST_XMPP_PORT");
  if (host.isEmpty() || port <= 0)
    return std::nullopt;
  XmppServer server;
  server.host = host;
  server.starttlsPort = static_cast<quint16>(port);
  server.directTlsPort = static_cast<quint16>(qEnvironmentVariableIntValue("SOTTO_TEST_XMPP_TLS_PORT"));
  server.domain = qEnvironmentVariable("SOTTO_TEST_XMPP_DOMAIN", QStringLiteral("localhost"));
  server.certificateSha256 = qEnvironmentVariable("SOTTO_TEST_XMPP_CERT_SHA256");
  server.controlScript = qEnvironmentVariable("SOTTO_TEST_SERVER_CTL");
  return server;
}

bool hasSecretService() {
  return qEnvironmentVariable("SOTTO_TEST_SECRET_SERVICE") == QLatin1String("1") &&
         !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

bool controlServer(const XmppServer &server, const QStringList &arguments) {
  if (server.controlScript.isEmpty())
    return false;
  QProcess process;
  process.start(server.controlScript, arguments);
  return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
         process.exitCode() == 0;
}

} // namespace sotto::test
