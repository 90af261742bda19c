// The safety number page driven to verification against the real Prosody: bob's window
// opens pictures of alice's QR codes (drawn by QrImageProvider from her real controller,
// saved as PNG, read back by QrCodeReader with ZXing) — her safety-number code (match →
// Mark as verified), her device link (verifies her device), a tampered link (nothing
// changes, a warning says so) and a blank picture (no code). Screenshots in light and
// dark of the page, the per-device QR on the contact page and this device's QR in
// Settings. Skipped (77) without the test server.
#include "AppTestSupport.h"
#include "UiTestSupport.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUuid>

using sotto::ui::Backend;
using sotto::ui::QrImageProvider;
using namespace sotto::ui::test;

namespace {

int trustOf(sotto::app::MessagingController &controller, const QString &jid, int deviceId) {
  for (const QVariant &entry : controller.devices(jid)) {
    const QVariantMap device = entry.toMap();
    if (device.value(QStringLiteral("deviceId")).toInt() == deviceId)
      return device.value(QStringLiteral("trust")).toInt();
  }
  return -1;
}

// Repeater delegates hang in the item tree, not under their QObject parent.
QQuickItem *findInItems(QQuickItem *root, const QString &objectName) {
  if (root == nullptr || root->objectName() == objectName)
    return root;
  const auto children = root->childItems();
  for (QQuickItem *child : children)
    if (QQuickItem *found = findInItems(child, objectName))
      return found;
  return nullptr;
}

// Buttons (or anything else) on screen that say `text`: the page must offer one way to act.
int visibleItemsSaying(QQuickItem *root, const QString &text) {
  if (root == nullptr || !root->isVisible())
    return 0;
  if (root->property("text").toString() == text)
    return 1; // not its own label again
  int count = 0;
  const auto children = root->childItems();
  for (QQuickItem *child : children)
    count += visibleItemsSaying(child, text);
  return count;
}

} // namespace

class SafetyVerificationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  QTemporaryDir pictures_;
  QTemporaryDir bobDir_;
  sotto::app::test::Peer alice_;
  std::unique_ptr<Backend> bob_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;
  QString bobJid_;

  // A picture of a code as the other side's screen shows it, saved as PNG.
  QUrl picture(const QString &text, const QString &name) {
    const QImage code = QrImageProvider::encode(text.toUtf8());
    const QImage shown =
        code.scaled(code.width() * 6, code.height() * 6, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const QString path = pictures_.filePath(name + QStringLiteral(".png"));
    return shown.save(path) ? QUrl::fromLocalFile(path) : QUrl();
  }

  QQuickItem *page() { return findItem(window_, "safetyNumberPage"); }
  QString scanResult() { return findItem(window_, "scanResult")->property("text").toString(); }
  void read(const QUrl &url) {
    QVERIFY(!url.isEmpty());
    auto *check = findItem(window_, "scannedCodeCheck");
    check->setProperty("message", QString());
    QMetaObject::invokeMethod(check, "readUrl", Q_ARG(QVariant, url));
  }
  void setTheme(int mode) { QMetaObject::invokeMethod(window_, "setThemeMode", Q_ARG(QVariant, mode)); }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(alice_.start(server_, QStringLiteral("alice")));
    const QString user = QStringLiteral("bob") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("register"), user, password}));
    bobJid_ = user + QLatin1Char('@') + server_.domain;
    sotto::app::ProfileOptions options = passphraseProfile(bobDir_.path());
    options.serverHost = server_.host;
    options.serverPort = server_.starttlsPort;
    options.pinnedCertificateSha256 = server_.certificateSha256;
    bob_ = std::make_unique<Backend>(options);
    Backend::setInstance(bob_.get());
    engine_ = std::make_unique<QQmlApplicationEngine>();
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    window_->resize(1000, 900);
    bob_->start();
    QTRY_COMPARE_WITH_TIMEOUT(bob_->stage(), Backend::Stage::Welcome, 30000);
    bob_->controller()->signIn(bobJid_, password);
    QTRY_COMPARE_WITH_TIMEOUT(bob_->stage(), Backend::Stage::Main, 30000);
    QVERIFY(sotto::app::test::waitOnline(*bob_->controller(), 30000));

    // Both learn each other's keys: one message each way.
    QVERIFY(sotto::app::test::sendWhenReady(*alice_.controller, bobJid_, QStringLiteral("hi bob")) != 0);
    QVERIFY(sotto::app::test::sendWhenReady(*bob_->controller(), alice_.jid, QStringLiteral("hi alice")) !=
            0);
    QTRY_VERIFY_WITH_TIMEOUT(!alice_.controller->safetyNumber(bobJid_).isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bob_->controller()->safetyNumber(alice_.jid),
                              alice_.controller->safetyNumber(bobJid_), 20000);

    QMetaObject::invokeMethod(findItem(window_, "mainView"), "showSafetyNumber", Q_ARG(QVariant, alice_.jid));
    QTRY_VERIFY(page() != nullptr);
    QTRY_VERIFY(stackSettled(findItem(window_, "mainView")));
    QTRY_COMPARE(page()->property("digits").toString().size(), 60);
  }

  void ourQrCarriesTheSafetyNumberCode() {
    QCOMPARE(page()->property("qrText").toString(), bob_->controller()->safetyNumberCode(alice_.jid));
    QVERIFY(page()->property("qrText").toString().startsWith(QStringLiteral("sotto-safety-number:")));
    page()->setProperty("qrForOtherApps", true);
    QCOMPARE(page()->property("qrText").toString(),
             bob_->controller()->verificationLink(bobJid_, bob_->controller()->ownDeviceId()));
    QTRY_COMPARE(findItem(window_, "qrImage")->property("status").toInt(), 1); // Image.Ready
    page()->setProperty("qrForOtherApps", false);
  }

  void blankPictureSaysThereIsNoCode() {
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString path = pictures_.filePath(QStringLiteral("blank.png"));
    QVERIFY(blank.save(path));
    read(QUrl::fromLocalFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("No QR code")), 20000);
    read(QUrl::fromLocalFile(pictures_.filePath(QStringLiteral("missing.png"))));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("could not be opened")), 20000);
    read(picture(QStringLiteral("https://example.org/menu"), QStringLiteral("unrelated")));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("contains something else")), 20000);
    QVERIFY(!page()->property("verified").toBool());
  }

  void theirSafetyNumberCodeMatchesAndVerifies() {
    read(picture(alice_.controller->safetyNumberCode(bobJid_), QStringLiteral("alice-code")));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("The codes match")), 20000);
    auto *mark = findItem(window_, "scanMarkVerified");
    QVERIFY(mark->isVisible());
    // The page's own button steps aside for the one under the result.
    QCOMPARE(visibleItemsSaying(page(), QStringLiteral("Mark as verified")), 1);
    QVERIFY(!screenshot(window_, "safety-number-scan-match").isNull());
    setTheme(2);
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() / 2)) < 80);
    QVERIFY(!screenshot(window_, "safety-number-scan-match-dark").isNull());
    setTheme(1);
    // Pasted instead, the code and the 60 digits also leave one button.
    auto *paste = findItem(window_, "pasteField");
    findItem(window_, "scannedCodeCheck")->setProperty("message", QString());
    paste->setProperty("text", alice_.controller->safetyNumberCode(bobJid_));
    QTRY_VERIFY(findItem(window_, "checkPastedCode")->isVisible());
    QMetaObject::invokeMethod(findItem(window_, "checkPastedCode"), "clicked");
    QTRY_VERIFY(scanResult().contains(QStringLiteral("The codes match")));
    QCOMPARE(visibleItemsSaying(page(), QStringLiteral("Mark as verified")), 1);
    paste->setProperty("text", page()->property("digits"));
    QTRY_COMPARE(findItem(window_, "compareResult")->property("text").toString(),
                 QStringLiteral("The numbers match."));
    QCOMPARE(visibleItemsSaying(page(), QStringLiteral("Mark as verified")), 1);
    paste->setProperty("text", QString());
    QMetaObject::invokeMethod(mark, "clicked");
    QTRY_VERIFY(page()->property("verified").toBool());
    QCOMPARE(trustOf(*bob_->controller(), alice_.jid, alice_.controller->ownDeviceId()), 2);
    // Back to not verified for the link's turn.
    QMetaObject::invokeMethod(page(), "setVerified", Q_ARG(QVariant, false));
    QTRY_VERIFY(!page()->property("verified").toBool());
  }

  void aMismatchingCodeWarns() {
    // bob's own code is not alice's view: the halves are swapped.
    read(picture(bob_->controller()->safetyNumberCode(alice_.jid), QStringLiteral("own-code")));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("do not match")), 20000);
    QVERIFY(!findItem(window_, "scanMarkVerified")->isVisible());
    QVERIFY(!page()->property("verified").toBool());
  }

  void aTamperedLinkVerifiesNothing() {
    QString link = alice_.controller->verificationLink(alice_.jid);
    const qsizetype at = link.size() - 3;
    link[at] = link[at] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    read(picture(link, QStringLiteral("tampered")));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("does not match the keys")), 20000);
    QVERIFY(!page()->property("verified").toBool());
    QCOMPARE(trustOf(*bob_->controller(), alice_.jid, alice_.controller->ownDeviceId()), 1);
    QVERIFY(!screenshot(window_, "safety-number-scan-mismatch").isNull());
  }

  void theirDeviceLinkVerifiesTheirDevice() {
    read(picture(alice_.controller->verificationLink(alice_.jid), QStringLiteral("alice-link")));
    QTRY_VERIFY_WITH_TIMEOUT(scanResult().contains(QStringLiteral("devices it names are verified")), 20000);
    QTRY_VERIFY(page()->property("verified").toBool());
    QCOMPARE(trustOf(*bob_->controller(), alice_.jid, alice_.controller->ownDeviceId()), 2);
    QVERIFY(!screenshot(window_, "safety-number-scan-link").isNull());
    // The pasted link goes the same way (already verified now).
    auto *paste = findItem(window_, "pasteField");
    paste->setProperty("text", alice_.controller->verificationLink(alice_.jid));
    QTRY_VERIFY(findItem(window_, "checkPastedCode")->isVisible());
    QVERIFY(!findItem(window_, "compareResult")->isVisible());
    QMetaObject::invokeMethod(findItem(window_, "checkPastedCode"), "clicked");
    QTRY_VERIFY(scanResult().contains(QStringLiteral("devices it names are verified")));
    paste->setProperty("text", QString());
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(page() == nullptr);
  }

  void perDeviceQrCodes() {
    QMetaObject::invokeMethod(findItem(window_, "mainView"), "showContact", Q_ARG(QVariant, alice_.jid));
    QTRY_VERIFY(findItem(window_, "contactDetailsPage") != nullptr);
    QTRY_VERIFY(findInItems(window_->contentItem(), "deviceQrToggle") != nullptr);
    auto *toggle = findInItems(window_->contentItem(), "deviceQrToggle");
    QTRY_VERIFY(toggle->isVisible());
    toggle->setProperty("checked", true);
    auto *qr = findInItems(window_->contentItem(), "deviceQr");
    QTRY_COMPARE(qr->property("text").toString(),
                 alice_.controller->verificationLink(alice_.jid, alice_.controller->ownDeviceId()));
    QTRY_COMPARE(findInItems(window_->contentItem(), "deviceQrImage")->property("status").toInt(), 1);
    QTRY_VERIFY(stackSettled(findItem(window_, "mainView")));
    QVERIFY(!screenshot(window_, "contact-device-qr").isNull());
    setTheme(2);
    QTRY_VERIFY(qGray(window_->grabWindow().pixel(window_->width() - 5, window_->height() / 2)) < 80);
    QVERIFY(!screenshot(window_, "contact-device-qr-dark").isNull());
    setTheme(1);
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "contactDetailsPage") == nullptr);

    QMetaObject::invokeMethod(findItem(window_, "mainView"), "showSettings");
    QTRY_VERIFY(findItem(window_, "settingsPage") != nullptr);
    QTRY_COMPARE(findItem(window_, "ownDeviceQr")->property("text").toString(),
                 bob_->controller()->verificationLink(bobJid_, bob_->controller()->ownDeviceId()));
    QTRY_COMPARE(findItem(window_, "ownDeviceQrImage")->property("status").toInt(), 1);
    QTest::keyClick(window_, Qt::Key_Escape);
  }

  void cleanupTestCase() {
    engine_.reset();
    bob_.reset();
  }
};

int main(int argc, char **argv) {
  QGuiApplication app(argc, argv);
  if (!sotto::test::xmppServer()) {
    qWarning("SKIP: needs the test XMPP server (scripts/test starts one)");
    return sotto::test::kSkipReturnCode;
  }
  SafetyVerificationTest test;
  return QTest::qExec(&test, argc, argv);
}
#include "SafetyVerificationTest.moc"
