// Profile directories on real disk: owner-only permissions and the lock that keeps a
// second process (a real child process here) away from an open profile.
#include "sotto/storage/Profile.h"
#include "StorageTestSupport.h"
#include "sotto/storage/Database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace sotto::storage;
using sotto::storage::test::describe;
using sotto::storage::test::unixMode;

namespace {
// Child mode: hold the profile lock, say so, and wait to be killed.
int holdLock(const QString &directory) {
  auto profile = Profile::open(directory);
  std::printf("%s\n", profile ? "locked" : "failed");
  std::fflush(stdout);
  if (!profile)
    return 1;
  char buffer[16];
  while (std::fgets(buffer, sizeof buffer, stdin) != nullptr) {
  }
  return 0;
}
} // namespace

class ProfileTest : public QObject {
  Q_OBJECT
  QTemporaryDir root_;

  void startHolder(QProcess &child, const QString &directory) {
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), directory});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 20000);
    QCOMPARE(child.readLine().trimmed(), QByteArrayLiteral("locked"));
  }

private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void defaultDirectoryIsUnderAppData() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(Profile::defaultDirectory().startsWith(base));
  }

  void createsAPrivateDirectory() {
    const QString directory = root_.filePath(QStringLiteral("a/b/profile"));
    auto profile = Profile::open(directory);
    QVERIFY2(profile, describe(profile).constData());
    QCOMPARE(unixMode(directory), 0700);
    QCOMPARE(unixMode(directory + QStringLiteral("/profile.lock")), 0600);
    QVERIFY(!profile->hasDatabase());

    auto db = Database::open(profile->databasePath(), sotto::storage::test::makeKey(1),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TABLE t(x)"));
    QVERIFY(profile->hasDatabase());
    const QStringList files = QDir(directory).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(files.contains(QStringLiteral("sotto.db-wal")));
    for (const QString &file : files)
      QCOMPARE(unixMode(directory + QLatin1Char('/') + file), 0600);
  }

  void tightensAnExistingDirectory() {
    const QString directory = root_.filePath(QStringLiteral("loose"));
    QVERIFY(QDir().mkpath(directory));
    QVERIFY(QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                 QFile::ReadOther | QFile::ExeOther));
    auto profile = Profile::open(directory);
    QVERIFY(profile);
    QCOMPARE(unixMode(directory), 0700);
  }

  void secondOpenInThisProcessIsRefused() {
    const QString directory = root_.filePath(QStringLiteral("twice"));
    auto first = Profile::open(directory);
    QVERIFY(first);
    auto second = Profile::open(directory);
    QVERIFY(!second);
    QCOMPARE(second.error().code, StorageError::Code::ProfileLocked);
    first = Profile(); // releases the lock
    QVERIFY(Profile::open(directory));
  }

  void anotherProcessHoldingTheLockIsRespected() {
    const QString directory = root_.filePath(QStringLiteral("shared"));
    QProcess child;
    startHolder(child, directory);
    auto mine = Profile::open(directory);
    QVERIFY(!mine);
    QCOMPARE(mine.error().code, StorageError::Code::ProfileLocked);
    child.closeWriteChannel(); // child exits normally and releases the lock
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(Profile::open(directory));
  }

  void lockOfAKilledProcessIsTakenOver() {
    const QString directory = root_.filePath(QStringLiteral("killed"));
    QProcess child;
    startHolder(child, directory);
    child.kill(); // SIGKILL: the lock file stays behind
    QVERIFY(child.waitForFinished(20000));
    QVERIFY(QFile::exists(directory + QStringLiteral("/profile.lock")));
    auto mine = Profile::open(directory);
    QVERIFY2(mine, describe(mine).constData());
  }
};

int main(int argc, char **argv) {
  if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
    QCoreApplication app(argc, argv);
    return holdLock(QString::fromLocal8Bit(argv[2]));
  }
  QCoreApplication app(argc, argv);
  ProfileTest test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "ProfileTest.moc"
