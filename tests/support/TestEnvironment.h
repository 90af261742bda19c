#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::test {

// The throwaway services scripts/test starts (see scripts/lib/services.sh).
struct XmppServer {
  QString host;
  quint16 starttlsPort = 0;
  quint16 directTlsPort = 0;
  QString domain;
  QString certificateSha256; // lowercase hex of the DER certificate
  QString controlScript;     // stop|start|restart|register USER PASS
};

// Returns the server when scripts/test started one, nothing otherwise.
std::optional<XmppServer> xmppServer();

// True when a private Secret Service (gnome-keyring on a private D-Bus) is running.
bool hasSecretService();

// Exit code that CTest reports as "skipped" (SKIP_RETURN_CODE in SottoTesting.cmake).
inline constexpr int kSkipReturnCode = 77;

// Runs the server's control script with the given arguments, returns true on success.
bool controlServer(const XmppServer &server, const QStringList &arguments);

} // namespace sotto::test

// Like QTEST_MAIN, but exits with kSkipReturnCode when `requirement` is false so that an
// integration test run outside scripts/test shows as skipped, never as passed.
#define SOTTO_TEST_MAIN_REQUIRING(TestClass, requirement, why)                                               \
  int main(int argc, char **argv) {                                                                          \
    QCoreApplication app(argc, argv);                                                                        \
    if (!(requirement)) {                                                                                    \
      qWarning("SKIP: %s", why);                                                                             \
      return sotto::test::kSkipReturnCode;                                                                   \
    }                                                                                                        \
    QTEST_SET_MAIN_SOURCE_PATH                                                                               \
    TestClass test;                                                                                          \
    return QTest::qExec(&test, argc, argv);                                                                  \
  }
