#include "UiTestSupport.h"

#include "BackupController.h"

#include "sotto/app/ApplicationInfo.h"
#include "sotto/app/BackupResult.h"
#include "sotto/app/BackupScheduler.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using sotto::ui::BackupController;
using namespace sotto::ui::test;

// Settings › Backups in a real window over a real profile (offline): the generated
// passphrase shown once, "I have written it down", the test re-entry (a wrong one keeps
// Start disabled), the backup written, Verify, and the restore screen refusing to pour a
// backup into a profile that already has an account; the work on a worker thread while
// the window keeps drawing; automatic backups turned on through the same passphrase
// steps, a failed automatic run that says what to do, and "Restore into this profile"
// with its explanation. Screenshots of each (the automatic ones light and dark).
class BackupScreensTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;
  QTemporaryDir folder_;
  QString passphrase_;

  // Scrolls the settings page so that the item is on screen (a click must land on it).
  static void bringIntoView(QQuickItem *item, bool toTop = false) {
    QQuickItem *flickable = item->parentItem();
    while (flickable && !flickable->inherits("QQuickFlickable"))
      flickable = flickable->parentItem();
    if (!flickable)
      return;
    auto *content = qvariant_cast<QQuickItem *>(flickable->property("contentItem"));
    const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
    const qreal contentY = flickable->property("contentY").toReal();
    if (toTop || top < contentY || top + item->height() > contentY + flickable->height())
      flickable->setProperty("contentY", std::max<qreal>(0, top - 40));
  }
  void click(QQuickItem *item) {
    QVERIFY(item != nullptr);
    QTRY_VERIFY(item->isVisible() && item->isEnabled());
    bringIntoView(item);
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

  BackupController *backups() const {
    return window_->findChild<BackupController *>(QStringLiteral("backupController"));
  }
  QString text(const char *objectName) const {
    return findItem(window_, objectName)->property("text").toString();
  }
  void screenshotsLightAndDark(const QString &name) {
    QVERIFY(!screenshot(window_, name).isNull());
    QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, 2));
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() - 5)) < 80);
    QVERIFY(!screenshot(window_, name + QStringLiteral("-dark")).isNull());
    QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, 1));
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() - 5)) > 160);
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

  // Argon2id at the real MODERATE limits and the stream run on a worker: the window keeps
  // producing frames (each one asks for the next) all the while.
  void workRunsOffTheGuiThreadAndTheWindowKeepsDrawing() {
    BackupController *controller = backups();
    controller->setFastKdfForTests(false);
    int framesWhileRunning = 0;
    auto connection = connect(window_, &QQuickWindow::frameSwapped, this, [&] {
      if (controller->running())
        ++framesWhileRunning;
      window_->update();
    });
    QSignalSpy finished(controller, &BackupController::finished);
    controller->backUpNow(passphrase_);
    QVERIFY(controller->running());
    window_->update();
    QVERIFY(finished.wait(120000));
    disconnect(connection);
    controller->setFastKdfForTests(true);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(controller->lastWorkerThreadForTests() != nullptr);
    QVERIFY(controller->lastWorkerThreadForTests() != QThread::currentThreadId());
    QVERIFY2(framesWhileRunning >= 3, qPrintable(QString::number(framesWhileRunning)));
  }

  void automaticBackupsTurnOnThroughThePassphraseSteps() {
    QQuickItem *box = findItem(window_, "automaticFrequencyBox");
    QVERIFY(box->isEnabled());
    QCOMPARE(box->property("currentIndex").toInt(), 0);
    QMetaObject::invokeMethod(box, "activated", Q_ARG(int, 1)); // Daily
    QQuickItem *shown = findItem(window_, "generatedPassphrase");
    QTRY_VERIFY(shown->isVisible());
    const QString automaticPassphrase = shown->property("text").toString();
    QCOMPARE(box->property("currentIndex").toInt(), 0); // not on before the passphrase is confirmed
    click(findItem(window_, "writtenDownCheck"));
    click(findItem(window_, "continueButton"));
    QQuickItem *reentry = findItem(window_, "reentryField");
    QTRY_VERIFY(reentry->isVisible());
    reentry->setProperty("text", automaticPassphrase);
    findItem(window_, "keepSpinBox")->setProperty("value", 3);
    click(findItem(window_, "startBackupButton"));
    QTRY_VERIFY(text("backupMessage").contains(QStringLiteral("Automatic backups are on")));
    QTRY_COMPARE(box->property("currentIndex").toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(text("automaticStatusLabel").contains(QStringLiteral("Backed up 40 messages")),
                             20000);
    QCOMPARE(backups()->keep(), 3);
    const QStringList files = QDir(folder_.path()).entryList({QStringLiteral("*.sotto-backup")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    bringIntoView(findItem(window_, "backupSection"), true);
    screenshotsLightAndDark(QStringLiteral("backup-automatic-on"));
  }

  void failedAutomaticBackupSaysWhatToDo() {
    auto *scheduler = sotto::app::BackupScheduler::of(*backups()->controller());
    scheduler->setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
    backups()->setFolder(folder_.filePath(QStringLiteral("unplugged-drive")));
    QSignalSpy finished(scheduler, &sotto::app::BackupScheduler::finished);
    QVERIFY(scheduler->runIfDue());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(text("automaticStatusLabel")
                    .contains(sotto::app::backupFailureText(sotto::app::BackupFailure::TargetNotWritable)));
    QVERIFY(text("automaticStatusLabel").contains(QStringLiteral("tries again at the next start")));
    screenshotsLightAndDark(QStringLiteral("backup-automatic-failed"));
    backups()->setFolder(folder_.path());
    scheduler->setClock([] { return QDateTime::currentDateTimeUtc(); });
  }

  void restoreIntoThisProfileExplainsAndOnlyAdds() {
    click(findItem(window_, "mergeRestoreButton"));
    QQuickItem *explanation = findItem(window_, "mergeExplanation");
    QTRY_VERIFY(explanation->isVisible());
    QVERIFY(
        explanation->property("text").toString().contains(QStringLiteral("only adds what it is missing")));
    QVERIFY(explanation->property("text").toString().contains(
        QStringLiteral("Nothing in this profile is changed or deleted")));
    QQuickItem *start = findItem(window_, "startMergeButton");
    QVERIFY(!start->isEnabled());
    const QString file =
        QDir(folder_.path())
            .filePath(QDir(folder_.path())
                          .entryList({QStringLiteral("sotto-backup-*.sottobackup")}, QDir::Files)
                          .constFirst());
    findItem(window_, "mergeFileField")->setProperty("text", file);
    findItem(window_, "mergePassphraseField")->setProperty("text", passphrase_);
    bringIntoView(findItem(window_, "backupSection"), true);
    QVERIFY(!screenshot(window_, "backup-merge-confirm").isNull());
    const auto before = fixture_->db().queryInt("SELECT count(*) FROM messages").value_or(-1);
    click(start);
    QTRY_VERIFY_WITH_TIMEOUT(text("backupMessage").contains(QStringLiteral("Added what was missing")), 20000);
    QCOMPARE(fixture_->db().queryInt("SELECT count(*) FROM messages").value_or(-1),
             before); // all 40 were already here
  }
};

QTEST_MAIN(BackupScreensTest)
#include "BackupScreensTest.moc"
