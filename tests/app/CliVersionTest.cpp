#include "sotto/Version.h"
#include "sotto/app/ApplicationInfo.h"

#include <QProcess>
#include <QtTest>

class CliVersionTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void versionComesFromTheProject() {
    QProcess cli;
    cli.start(QStringLiteral(SOTTO_CLI_PATH), {QStringLiteral("--version")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString output = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(output.startsWith(QStringLiteral("Sotto %1 ").arg(QLatin1String(sotto::kVersion))),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("SQLCipher 3.")) ||
                 output.contains(QStringLiteral("SQLCipher 4.")),
             qPrintable(output));
  }

  void unknownOptionFails() {
    QProcess cli;
    cli.start(QStringLiteral(SOTTO_CLI_PATH), {QStringLiteral("--no-such-option")});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY(cli.exitCode() != 0);
    QVERIFY(cli.readAllStandardError().contains("no-such-option"));
  }
};

QTEST_GUILESS_MAIN(CliVersionTest)
#include "CliVersionTest.moc"
