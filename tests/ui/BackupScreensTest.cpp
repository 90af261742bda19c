#include "UiTestSupport.h"

#include "BackupController.h"

#include "sotto/app/ApplicationInfo.h"
#include "sotto/app/BackupResult.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using sotto::ui::BackupController;
using namespace sotto::ui::test;

// Settings › Backups in a real window over a real profile (offline): the generated
// passphrase shown once, "I have written it down", the test re-entry (a wrong one keeps
// Start disabled), the backup written, Verify, and the restore screen refusing to pour a
// backup into a profile that already has an account. Screenshots of each.
class BackupScreensTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;
  QTemporaryDir folder_;
  QString passphrase_;

  void click(QQuickItem *item) {
    QVERIFY(item != nullptr);
    QTRY_VERIFY(item->isVisible() && item->isEnabled());
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window_, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
  }
  void scrollTo(QQuickItem *item) {
    QQuickItem *flickable = item->parentItem();
    while (flickable && !flickable->inherits("QQuickFlickable"))
      flickable = flickable->parentItem();
    QVERIFY(flickable != nullptr);
    flickable->setProperty("contentY", item->y() - 40);
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
    QVERIFY(folder_.isValid());
    fixture_ = std::make_unique<ProfileFixture>();
    addConversation(fixture_->db(), fixture_->accountId(), QStringLiteral("bob@example.org"), 40, 60'000);
    engine_ = std::make_unique<QQmlApplicationEngine>();
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    window_->resize(1100, 760);
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    QQuickItem *mainView = findItem(window_, "mainView");
    QTRY_VERIFY(mainView != nullptr);
    QMetaObject::invokeMethod(mainView, "showSettings");
    QTRY_VERIFY(findItem(window_, "backupSection") != nullptr);
    QTRY_VERIFY(stackSettled(mainView));
    auto *backups = window_->findChild<BackupController *>(QStringLiteral("backupController"));
    QVERIFY(backups != nullptr);
    backups->setFastKdfForTests(true);
    backups->setFolder(folder_.path());
    scrollTo(findItem(window_, "backupSection"));
  }

  void generatedPassphraseShownOnceAndTyped() {
    QCOMPARE(findItem(window_, "lastBackupLabel")->property("text").toString(),
             QStringLiteral("No backup yet."));
    click(findItem(window_, "backUpNowButton"));
    QQuickItem *shown = findItem(window_, "generatedPassphrase");
    QTRY_VERIFY(shown->isVisible());
    passphrase_ = shown->property("text").toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{5}( \\d{5}){5}$")).match(passphrase_).hasMatch(),
             "30 digits in 6 groups of 5");
    QQuickItem *next = findItem(window_, "continueButton");
    QVERIFY(!next->isEnabled()); // not before "I have written it down"
    QVERIFY(!screenshot(window_, "backup-passphrase").isNull());
    click(findItem(window_, "writtenDownCheck"));
    click(next);

    QQuickItem *reentry = findItem(window_, "reentryField");
    QTRY_VERIFY(reentry->isVisible());
    QVERIFY(!shown->isVisible()); // shown once: gone from the screen now
    QQuickItem *start = findItem(window_, "startBackupButton");
    reentry->setProperty("text", QStringLiteral("12345 12345 12345 12345 12345 12345"));
    QVERIFY(!start->isEnabled());
    // Typed without spaces, as many people will: still the same passphrase.
    reentry->setProperty("text", QString(passphrase_).remove(u' '));
    QTRY_VERIFY(start->isEnabled());
    QVERIFY(!screenshot(window_, "backup-reentry").isNull());
    click(start);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(window_, "lastBackupLabel")
                                 ->property("text")
                                 .toString()
                                 .contains(QStringLiteral("Backed up 40 messages")),
                             20000);
    const QStringList files = QDir(folder_.path()).entryList({QStringLiteral("*.sottobackup")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(!screenshot(window_, "backup-done").isNull());
  }

  void verifyTheLastBackup() {
    click(findItem(window_, "verifyButton"));
    QQuickItem *field = findItem(window_, "verifyPassphraseField");
    QTRY_VERIFY(field->isVisible());
    field->setProperty("text", passphrase_);
    click(findItem(window_, "startVerifyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(window_, "backupMessage")
                                 ->property("text")
                                 .toString()
                                 .contains(QStringLiteral("The backup is intact: 40 messages")),
                             20000);
    QVERIFY(!screenshot(window_, "backup-verified").isNull());
  }

  void restoreScreenRefusesAProfileWithData() {
    QQmlComponent component(engine_.get());
    component.setData(
        "import QtQuick\nimport QtQuick.Controls\nimport Sotto.Ui\n"
        "ApplicationWindow { width: 800; height: 620; visible: true; RestorePage { anchors.fill: parent } }",
        QUrl());
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString file =
        QDir(folder_.path())
            .filePath(
                QDir(folder_.path()).entryList({QStringLiteral("*.sottobackup")}, QDir::Files).constFirst());
    findItem(window, "restoreFileField")->setProperty("text", file);
    findItem(window, "restorePassphraseField")
        ->setProperty("text", QStringLiteral("00000 00000 00000 00000 00000 00000"));
    QQuickItem *restore = findItem(window, "restoreButton");
    QTRY_VERIFY(restore->isEnabled());
    const QPointF centre = restore->mapToScene(QPointF(restore->width() / 2, restore->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(findItem(window, "restoreMessage")->property("text").toString(),
                              sotto::app::backupFailureText(sotto::app::BackupFailure::ProfileNotEmpty),
                              20000);
    QVERIFY(!screenshot(window, "backup-restore-refused").isNull());
  }
};

QTEST_MAIN(BackupScreensTest)
#include "BackupScreensTest.moc"
