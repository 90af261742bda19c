#include "AccessibilityTree.h"
#include "UiTestSupport.h"

#include "sotto/app/ApplicationInfo.h"
#include "sotto/storage/OmemoStore.h"
#include "sotto/storage/SettingsRepository.h"

#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QtTest>

using namespace sotto::ui::test;
namespace storage = sotto::storage;
using sotto::app::AppError;

// Settings › Account, Privacy and Devices in a real window over a real profile (offline):
// the change-password dialog checks its input and shows the controller's answer, the
// privacy switches reach the profile, the device list marks this device, offers Remove
// only for the others and asks before removing. Screenshots of each, light and dark.
class SettingsSectionsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;
  const QString alice_ = QStringLiteral("alice@example.org");
  int ownDevice_ = 0;
  static constexpr int kLaptop = 5150;
  static constexpr int kOldPhone = 7007;

  QQuickItem *mainView() { return findItem(window_, "mainView"); }
  static QQuickItem *visualItem(QQuickItem *root, const QString &objectName) {
    return findVisualItem(root, objectName);
  }
  // Dialogs live in the overlay, outside the page's item tree.
  QQuickItem *overlayItem(const QString &objectName) {
    return findVisualItem(window_->contentItem(), objectName);
  }
  void click(QQuickItem *item) { clickItem(window_, item); }
  void scrollTo(QQuickItem *section) {
    QQuickItem *flickable = section->parentItem();
    while (flickable && !flickable->inherits("QQuickFlickable"))
      flickable = flickable->parentItem();
    QVERIFY(flickable != nullptr);
    flickable->setProperty("contentY", section->y() - 16);
  }
  // Switch handles and popups animate: the picture waits until two frames agree.
  bool settled() {
    QImage previous = window_->grabWindow();
    for (int i = 0; i < 100; ++i) {
      QTest::qWait(20);
      const QImage next = window_->grabWindow();
      if (next == previous)
        return true;
      previous = next;
    }
    return false;
  }
  void screenshots(QQuickItem *section, const QString &name) {
    scrollTo(section);
    QVERIFY(settled());
    QVERIFY(!screenshot(window_, "settings-" + name).isNull());
    QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, 2));
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(8, window_->height() * 3 / 4)) < 80);
    QVERIFY(settled());
    QVERIFY(!screenshot(window_, "settings-" + name + "-dark").isNull());
    QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, 1));
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(8, window_->height() * 3 / 4)) > 160);
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
    fixture_ = std::make_unique<ProfileFixture>();
    ownDevice_ = fixture_->backend().controller()->ownDeviceId();
    QVERIFY(ownDevice_ != 0);
    storage::OmemoStore store(fixture_->db(), fixture_->accountId());
    QVERIFY(store.updateDeviceList(alice_, {ownDevice_, kLaptop, kOldPhone}));
    QVERIFY(store.saveIdentity({alice_, kLaptop}, QByteArray(1, '\x05') + QByteArray(32, '\x5a')));
    // The account password as passphrase mode keeps it (in the encrypted database).
    QVERIFY(storage::SettingsRepository(fixture_->db())
                .setString(QStringLiteral("xmpp.password"), QStringLiteral("current-password"),
                           fixture_->accountId())
                .has_value());
    engine_ = std::make_unique<QQmlApplicationEngine>();
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    window_->resize(900, 700);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    QMetaObject::invokeMethod(mainView(), "showSettings");
    QTRY_VERIFY(findItem(window_, "settingsPage") != nullptr);
    QTRY_VERIFY(stackSettled(mainView()));
  }
  void cleanupTestCase() {
    engine_.reset();
    fixture_.reset();
  }

  void changePasswordDialog() {
    auto *section = findItem(window_, "accountSection");
    QVERIFY(section != nullptr);
    QCOMPARE(visualItem(section, "accountJid")->property("text").toString(), alice_);
    click(visualItem(section, "changePasswordButton"));
    QObject *dialog = section->property("passwordDialog").value<QObject *>();
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->property("opened").toBool());
    auto *current = overlayItem("currentPasswordField");
    auto *fresh = overlayItem("newPasswordField");
    auto *repeat = overlayItem("repeatPasswordField");
    auto *confirm = overlayItem("changePasswordConfirm");
    QVERIFY(current && fresh && repeat && confirm);
    QTRY_VERIFY(current->hasActiveFocus());

    // Every control of the page and the dialog has a name a screen reader can say.
    QAccessible::setActive(true);
    const QStringList unnamed = unnamedControls(window_);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    // Too short and differing: the dialog says so and will not submit.
    typeText(window_, QStringLiteral("wrong-password"));
    QCOMPARE(current->property("text").toString(), QStringLiteral("wrong-password"));
    QTest::keyClick(window_, Qt::Key_Tab); // the keyboard moves on to the next field
    QTRY_VERIFY(fresh->hasActiveFocus());
    fresh->setProperty("text", QStringLiteral("short"));
    QTRY_VERIFY(overlayItem("passwordHint")->property("text").toString().contains(u'8'));
    fresh->setProperty("text", QStringLiteral("a-new-password"));
    repeat->setProperty("text", QStringLiteral("a-new-passwort"));
    QTRY_VERIFY(!overlayItem("passwordHint")->property("text").toString().isEmpty());
    QVERIFY(!confirm->isEnabled());
    repeat->setProperty("text", QStringLiteral("a-new-password"));
    QTRY_VERIFY(confirm->isEnabled());

    // The controller's answer shows in the dialog: a wrong current password …
    QSignalSpy finished(fixture_->backend().controller(),
                        &sotto::app::MessagingController::passwordChangeFinished);
    click(confirm);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.last().first().value<AppError::Code>(), AppError::Code::WrongCurrentPassword);
    auto *error = overlayItem("changePasswordError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->property("text").toString(),
             sotto::app::MessagingController::errorText(AppError::Code::WrongCurrentPassword));
    QVERIFY(settled());
    QVERIFY(!screenshot(window_, "settings-change-password-dialog").isNull());
    // … and, with the right one, that it needs the connection.
    current->setProperty("text", QStringLiteral("current-password"));
    click(confirm);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.last().first().value<AppError::Code>(), AppError::Code::NotConnected);
    QTRY_COMPARE(error->property("text").toString(),
                 sotto::app::MessagingController::errorText(AppError::Code::NotConnected));
    QMetaObject::invokeMethod(dialog, "close");
    QTRY_VERIFY(!dialog->property("visible").toBool());
    screenshots(section, QStringLiteral("account"));
  }

  void privacySwitchesReachTheProfile() {
    auto *section = findItem(window_, "privacySection");
    QVERIFY(section != nullptr);
    auto *controller = fixture_->backend().controller();
    QVERIFY(controller->sendReadReceipts());
    QVERIFY(controller->sendTypingIndicators());
    auto *receipts = visualItem(section, "readReceiptsSwitch");
    auto *typing = visualItem(section, "typingIndicatorsSwitch");
    QVERIFY(receipts && typing && visualItem(section, "blindTrustSwitch"));
    QVERIFY(receipts->property("checked").toBool());
    scrollTo(section);
    click(typing);
    QTRY_VERIFY(!controller->sendTypingIndicators());
    QCOMPARE(controller->profileSetting(QStringLiteral("privacy.typingIndicators")), QStringLiteral("0"));
    QVERIFY(receipts->property("checked").toBool());
    screenshots(section, QStringLiteral("privacy"));
    click(typing);
    QTRY_VERIFY(controller->sendTypingIndicators());
  }

  void ownDevicesMarkThisOneAndRemoveOthers() {
    auto *section = findItem(window_, "ownDevicesSection");
    QVERIFY(section != nullptr);
    scrollTo(section);
    QTRY_VERIFY(visualItem(section, "ownDevice_" + QString::number(kLaptop)) != nullptr);
    auto *own = visualItem(section, "ownDevice_" + QString::number(ownDevice_));
    QVERIFY(own != nullptr);
    QVERIFY(visualItem(own, "thisDeviceMark")->isVisible());
    QVERIFY(!visualItem(own, "removeDevice_" + QString::number(ownDevice_))->isVisible());
    auto *laptop = visualItem(section, "ownDevice_" + QString::number(kLaptop));
    QVERIFY(!visualItem(laptop, "thisDeviceMark")->isVisible());
    screenshots(section, QStringLiteral("devices"));

    // Remove asks first; Cancel keeps the device.
    click(visualItem(section, "removeDevice_" + QString::number(kOldPhone)));
    QObject *dialog = section->property("removeDialog").value<QObject *>();
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("deviceId").toInt(), kOldPhone);
    QVERIFY2(unnamedControls(window_).isEmpty(), qPrintable(unnamedControls(window_).join(u'\n')));
    QVERIFY(settled());
    QVERIFY(!screenshot(window_, "settings-remove-device-dialog").isNull());
    click(overlayItem("removeDeviceCancel"));
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QVERIFY(visualItem(section, "ownDevice_" + QString::number(kOldPhone)) != nullptr);

    QSignalSpy changed(fixture_->backend().controller(), &sotto::app::MessagingController::devicesChanged);
    click(visualItem(section, "removeDevice_" + QString::number(kOldPhone)));
    QTRY_VERIFY(dialog->property("opened").toBool());
    click(overlayItem("removeDeviceConfirm"));
    QTRY_VERIFY(!changed.isEmpty());
    QTRY_VERIFY(visualItem(section, "ownDevice_" + QString::number(kOldPhone)) == nullptr);
    QVERIFY(visualItem(section, "ownDevice_" + QString::number(kLaptop)) != nullptr);
    QVERIFY(visualItem(section, "ownDevice_" + QString::number(ownDevice_)) != nullptr);
  }
};

QTEST_MAIN(SettingsSectionsTest)
#include "SettingsSectionsTest.moc"
