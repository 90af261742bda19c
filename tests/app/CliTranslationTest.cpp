// sotto-cli speaks the system's language: the real binary, started with a German or an
// English environment, prints its help and its errors from the catalogues the GUI ships.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Output {
  int exitCode = -1;
  QString out;
  QString err;
};

// Only the variables Qt reads for the system locale differ between the runs.
Output runCli(const QStringList &arguments, const QString &language, const QString &localeName) {
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
    environment.remove(QLatin1String(name));
  if (!language.isEmpty())
    environment.insert(QStringLiteral("LANGUAGE"), language);
  environment.insert(QStringLiteral("LC_ALL"), localeName);
  QProcess cli;
  cli.setProcessEnvironment(environment);
  cli.start(QStringLiteral(SOTTO_CLI_PATH), arguments);
  Output output;
  if (!cli.waitForFinished(30000)) {
    cli.kill();
    cli.waitForFinished();
    return output;
  }
  output.exitCode = cli.exitCode();
  output.out = QString::fromUtf8(cli.readAllStandardOutput());
  output.err = QString::fromUtf8(cli.readAllStandardError());
  return output;
}

const QString kGerman = QStringLiteral("de_DE.UTF-8");
const QString kEnglish = QStringLiteral("C.UTF-8");

} // namespace

class CliTranslationTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void helpFollowsTheSystemLanguage() {
    const Output german = runCli({QStringLiteral("--help")}, QStringLiteral("de_DE"), kGerman);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(QStringLiteral("Befehle:")), qPrintable(german.out));
    QVERIFY2(german.out.contains(QStringLiteral("Ein JSON-Objekt pro Zeile ausgeben.")),
             qPrintable(german.out));
    QVERIFY2(!german.out.contains(QStringLiteral("Commands:")), qPrintable(german.out));

    const Output english = runCli({QStringLiteral("--help")}, QString(), kEnglish);
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(QStringLiteral("Commands:")), qPrintable(english.out));
    QVERIFY2(english.out.contains(QStringLiteral("Print one JSON object per line.")),
             qPrintable(english.out));
    QVERIFY2(!english.out.contains(QStringLiteral("Befehle:")), qPrintable(english.out));
  }

  // Errors come before any profile is opened, so no keychain or server is needed.
  void errorsFollowTheSystemLanguage() {
    const QStringList badServer{QStringLiteral("--server"), QStringLiteral("no-port"),
                                QStringLiteral("fingerprint")};
    const Output german = runCli(badServer, QStringLiteral("de_DE"), kGerman);
    QCOMPARE(german.exitCode, 1);
    QVERIFY2(german.err.contains(QStringLiteral("--server erwartet HOST:PORT")), qPrintable(german.err));
    const Output english = runCli(badServer, QString(), kEnglish);
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(english.err.contains(QStringLiteral("--server needs HOST:PORT")), qPrintable(english.err));

    const QStringList noFile{QStringLiteral("backup"), QStringLiteral("verify")};
    const Output germanUsage = runCli(noFile, QStringLiteral("de_DE"), kGerman);
    QCOMPARE(germanUsage.exitCode, 1);
    QVERIFY2(germanUsage.err.startsWith(QStringLiteral("Aufruf: backup verify")),
             qPrintable(germanUsage.err));
    const Output englishUsage = runCli(noFile, QString(), kEnglish);
    QCOMPARE(englishUsage.exitCode, 1);
    QVERIFY2(englishUsage.err.startsWith(QStringLiteral("usage: backup verify")),
             qPrintable(englishUsage.err));
  }

  // LANGUAGE is the list of preferred languages and wins over LC_ALL (as for gettext).
  void languageListComesFirst() {
    const Output french =
        runCli({QStringLiteral("--server"), QStringLiteral("no-port"), QStringLiteral("fingerprint")},
               QStringLiteral("fr_FR:de_DE"), kGerman);
    QCOMPARE(french.exitCode, 1);
    QVERIFY2(french.err.contains(QStringLiteral("--server attend HOST:PORT")), qPrintable(french.err));
  }
};

QTEST_GUILESS_MAIN(CliTranslationTest)
#include "CliTranslationTest.moc"
