#include "LanguageController.h"
#include "UiTestSupport.h"

#include "sotto/app/ApplicationInfo.h"

#include <QQmlApplicationEngine>
#include <QSettings>
#include <QtTest>

using sotto::ui::Backend;
using sotto::ui::LanguageController;
using namespace sotto::ui::test;

// The UI language: matched to the system's languages, switched from Settings in a real
// window without a restart (QML text, C++ error texts, Arabic mirroring), remembered in
// the profile and in QSettings; screenshots of the main window in German and Arabic.
class LanguageTest : public QObject {
  Q_OBJECT

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<LanguageController> language_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow *window_ = nullptr;

  QQuickItem *mainView() { return findItem(window_, "mainView"); }
  QString searchPlaceholder() {
    return findItem(window_, "searchField")->property("placeholderText").toString();
  }

  // Picks a language the way a user does: the Settings combo box's activation.
  void chooseInSettings(const QString &code) {
    QMetaObject::invokeMethod(mainView(), "showSettings");
    QTRY_VERIFY(findItem(window_, "languageBox") != nullptr);
    auto *box = findItem(window_, "languageBox");
    const QVariantList choices = language_->choices();
    int index = -1;
    for (int i = 0; i < choices.size(); ++i)
      if (choices.at(i).toMap().value("code").toString() == code)
        index = i;
    QVERIFY(index >= 0);
    QVERIFY(QMetaObject::invokeMethod(box, "activated", Q_ARG(int, index)));
    QCOMPARE(language_->choice(), code);
    QTRY_COMPARE(box->property("currentIndex").toInt(), index);
  }

  void closeSettings() {
    QTRY_VERIFY(stackSettled(mainView()));
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(findItem(window_, "settingsPage") == nullptr);
  }

  // A visible item showing `text`, found in the visual tree (pages pushed on a StackView
  // are not QObject children of the window).
  static QQuickItem *itemWithText(QQuickItem *root, const QString &text) {
    if (root == nullptr || !root->isVisible())
      return nullptr;
    if (root->property("text").toString() == text)
      return root;
    for (QQuickItem *child : root->childItems())
      if (QQuickItem *found = itemWithText(child, text))
        return found;
    return nullptr;
  }
  QQuickItem *labelWithText(const QString &text) { return itemWithText(window_->contentItem(), text); }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    sotto::app::ApplicationInfo::applyToApplication();
    // As loadMainWindow: the tests' own preferences, clean, before the controller reads them.
    QCoreApplication::setOrganizationName(QStringLiteral("sotto-ui-tests"));
    QSettings().clear();
    fixture_ = std::make_unique<ProfileFixture>();
    const auto account = fixture_->accountId();
    addConversation(fixture_->db(), account, QStringLiteral("bob@example.org"), 8, 5 * 60'000);
    addConversation(fixture_->db(), account, QStringLiteral("carol@example.net"), 3, 3 * 3'600'000);

    language_ = std::make_unique<LanguageController>(nullptr);
    LanguageController::setInstance(language_.get());
    language_->followProfile(fixture_->backend().controller());
    QVERIFY(language_->setChoice(QStringLiteral("en")));
    engine_ = std::make_unique<QQmlApplicationEngine>();
    language_->addEngine(engine_.get());
    window_ = loadMainWindow(*engine_);
    QVERIFY(window_ != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    QTRY_COMPARE(fixture_->backend().stage(), Backend::Stage::Main);
    QTRY_VERIFY(mainView() != nullptr);
    // Preferences of our own: the other UI tests (run in parallel) clear theirs at start.
    QCoreApplication::setOrganizationName(QStringLiteral("sotto-ui-language-test"));
    QSettings().clear();
  }
  void cleanupTestCase() {
    engine_.reset();
    language_.reset();
    fixture_.reset();
  }

  void systemLanguagesPickTheBestCatalogue_data() {
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("german-austria") << QStringList{"de-AT", "en-US"} << "de";
    QTest::newRow("english-first") << QStringList{"en-GB", "de-DE"} << "en";
    QTest::newRow("portugal-is-not-brazil") << QStringList{"pt-PT", "fr-FR"} << "fr";
    QTest::newRow("brazil") << QStringList{"pt-BR"} << "pt_BR";
    QTest::newRow("simplified-chinese") << QStringList{"zh-Hans-CN"} << "zh_CN";
    QTest::newRow("arabic-egypt") << QStringList{"ar-EG"} << "ar";
    QTest::newRow("unshipped-falls-back") << QStringList{"ja-JP", "ko-KR"} << "en";
    QTest::newRow("nothing") << QStringList{} << "en";
  }
  void systemLanguagesPickTheBestCatalogue() {
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageController::languageFor(uiLanguages), expected);
  }

  void everyLanguageIsOfferedInItsOwnName() {
    const QVariantList choices = language_->choices();
    QCOMPARE(choices.size(), 9); // the system default and eight languages
    QStringList names;
    for (const QVariant &choice : choices)
      names << choice.toMap().value("name").toString();
    QVERIFY(names.first().startsWith(QStringLiteral("System default")));
    for (const char *name : {"English", "Deutsch", "Français", "Español", "Português (Brasil)", "Русский",
                             "简体中文", "العربية"})
      QVERIFY2(names.contains(QString::fromUtf8(name)), name);
    QVERIFY(!language_->setChoice(QStringLiteral("tlh"))); // not shipped: refused, nothing changes
    QCOMPARE(language_->language(), QStringLiteral("en"));
  }

  void switchingToGermanRetranslatesWithoutRestart() {
    QCOMPARE(searchPlaceholder(), QStringLiteral("Search (Ctrl+F)"));
    const QString englishError =
        sotto::app::MessagingController::errorText(sotto::app::AppError::Code::WrongPassphrase);
    chooseInSettings(QStringLiteral("de"));
    // The page that is open and the one beneath it both speak German now.
    QTRY_VERIFY(labelWithText(QStringLiteral("Einstellungen")) != nullptr);
    QVERIFY(labelWithText(QStringLiteral("Settings")) == nullptr);
    QTRY_COMPARE(searchPlaceholder(), QStringLiteral("Suchen (Strg+F)"));
    QCOMPARE(engine_->uiLanguage(), QStringLiteral("de"));
    // Errors worded in C++ (library layers) follow as well.
    const QString germanError =
        sotto::app::MessagingController::errorText(sotto::app::AppError::Code::WrongPassphrase);
    QCOMPARE(germanError, QStringLiteral("Mit dieser Passphrase lässt sich dieses Profil nicht öffnen."));
    QVERIFY(germanError != englishError);
    QVERIFY(!findItem(window_, "conversationListPane")->property("mirrored").toBool());
    closeSettings();
    QMetaObject::invokeMethod(mainView(), "openConversation",
                              Q_ARG(QVariant, QStringLiteral("bob@example.org")));
    QTRY_VERIFY(stackSettled(mainView()));
    QVERIFY(!screenshot(window_, "language-main-de").isNull());
  }

  void arabicMirrorsTheWindow() {
    auto *listPane = findItem(window_, "conversationListPane");
    const qreal ltrX = listPane->mapToScene(QPointF(0, 0)).x();
    QCOMPARE(ltrX, 0.0); // the list sits on the left in left-to-right languages
    chooseInSettings(QStringLiteral("ar"));
    QVERIFY(language_->rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(labelWithText(QString::fromUtf8("الإعدادات")) != nullptr);
    QTRY_VERIFY(stackSettled(mainView()));
    QVERIFY(!screenshot(window_, "language-settings-ar").isNull());
    closeSettings();
    QTRY_VERIFY(listPane->property("mirrored").toBool());
    QTRY_COMPARE(searchPlaceholder(), QString::fromUtf8("بحث (Ctrl+F)"));
    QVERIFY(!screenshot(window_, "language-main-ar").isNull());
    // Mirrored: the conversation list moves to the right edge of the window.
    QTRY_VERIFY(listPane->mapToScene(QPointF(listPane->width(), 0)).x() >= window_->width() - 1);
  }

  void choiceIsRememberedInTheProfileAndForTheNextStart() {
    QCOMPARE(fixture_->backend().controller()->profileSetting(LanguageController::kSettingKey),
             QStringLiteral("ar"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
    {
      // Next start, before the profile is unlocked: the copy in QSettings.
      LanguageController nextStart(nullptr);
      QCOMPARE(nextStart.language(), QStringLiteral("ar"));
      QCOMPARE(nextStart.choice(), QStringLiteral("ar"));
    }
    {
      // Another profile's choice in QSettings: the open profile's own choice wins.
      QSettings().setValue(QStringLiteral("language"), QStringLiteral("fr"));
      LanguageController nextStart(nullptr);
      QCOMPARE(nextStart.language(), QStringLiteral("fr"));
      nextStart.followProfile(fixture_->backend().controller());
      QCOMPARE(nextStart.language(), QStringLiteral("ar"));
      QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
    }
    // Back to following the system: remembered as such, not as "never chosen".
    chooseInSettings(QString());
    QCOMPARE(fixture_->backend().controller()->profileSetting(LanguageController::kSettingKey),
             QStringLiteral("system"));
    QCOMPARE(language_->language(), LanguageController::languageFor(QLocale::system().uiLanguages()));
    closeSettings();
  }
};

QTEST_MAIN(LanguageTest)
#include "LanguageTest.moc"
