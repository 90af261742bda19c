#include "LanguageController.h"

#include "sotto/app/Logging.h"
#include "sotto/app/MessagingController.h"
#include "sotto/translations/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QJSEngine>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace sotto::ui {

namespace {
QPointer<LanguageController> g_instance; // NOLINT: the one window's controller, set by main.cpp

const QString kEnglish = QStringLiteral("en");
// Stored for "follow the system", so an explicit return to the default is remembered
// apart from "never chosen".
const QString kSystem = QStringLiteral("system");
// QSettings key: the copy read before the profile is unlocked.
const QString kPreferenceKey = QStringLiteral("language");

// Each language in its own name: a reader must find theirs whatever the UI speaks now.
QString nativeName(const QString &language) {
  static const QHash<QString, QString> names = {
      {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("de"), QStringLiteral("Deutsch")},
      {QStringLiteral("fr"), QStringLiteral("Français")},
      {QStringLiteral("es"), QStringLiteral("Español")},
      {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
      {QStringLiteral("ru"), QStringLiteral("Русский")},
      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
      {QStringLiteral("ar"), QStringLiteral("العربية")},
  };
  const QString name = names.value(language);
  return name.isEmpty() ? QLocale(language).nativeLanguageName() : name;
}

QString fromStored(const QString &stored) {
  return stored == kSystem ? QString() : stored;
}
} // namespace

LanguageController::LanguageController(QObject *parent) : QObject(parent) {
  const QString stored = QSettings().value(kPreferenceKey).toString();
  choice_ = availableLanguages().contains(stored) ? stored : QString();
  apply(choice_.isEmpty() ? languageFor(QLocale::system().uiLanguages()) : choice_);
}

void LanguageController::followProfile(app::MessagingController *controller) {
  if (controller_ != nullptr)
    disconnect(controller_, nullptr, this, nullptr);
  controller_ = controller;
  if (controller_ == nullptr)
    return;
  connect(controller_, &app::MessagingController::profileChanged, this,
          &LanguageController::readProfileChoice);
  readProfileChoice();
}

LanguageController::~LanguageController() {
  // The implicit instance dies with the application object, after it stopped being one.
  if (QCoreApplication::instance() == nullptr)
    return;
  QCoreApplication::removeTranslator(&translator_);
  QCoreApplication::removeTranslator(&qtTranslator_);
}

void LanguageController::setInstance(LanguageController *controller) {
  g_instance = controller;
}

LanguageController *LanguageController::create(QQmlEngine *qmlEngine, QJSEngine *) {
  if (g_instance.isNull())
    g_instance = new LanguageController(QCoreApplication::instance()); // no main.cpp: the app owns it
  // The engine must not delete it: main.cpp (or the test) owns it.
  QJSEngine::setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
  g_instance->addEngine(qmlEngine);
  return g_instance.data();
}

void LanguageController::addEngine(QQmlEngine *engine) {
  engines_.removeAll(nullptr);
  if (engine == nullptr || engines_.contains(engine))
    return;
  engines_.append(engine);
  engine->setUiLanguage(language_);
}

bool LanguageController::rightToLeft() const {
  return QLocale(language_).textDirection() == Qt::RightToLeft;
}

QStringList LanguageController::availableLanguages() {
  return QStringList{kEnglish} + translations::shippedLanguages();
}

QVariantList LanguageController::choices() const {
  const QString system = languageFor(QLocale::system().uiLanguages());
  QVariantList list;
  list.append(QVariantMap{{QStringLiteral("code"), QString()},
                          {QStringLiteral("name"), tr("System default (%1)").arg(nativeName(system))}});
  for (const QString &language : availableLanguages())
    list.append(
        QVariantMap{{QStringLiteral("code"), language}, {QStringLiteral("name"), nativeName(language)}});
  return list;
}

QString LanguageController::languageFor(const QStringList &uiLanguages) {
  const QString language = translations::languageForPreferences(uiLanguages);
  return language.isEmpty() ? kEnglish : language;
}

bool LanguageController::setChoice(const QString &choice) {
  if (!choice.isEmpty() && !availableLanguages().contains(choice))
    return false;
  const bool changed = choice != choice_;
  choice_ = choice;
  remember();
  if (changed)
    apply(choice_.isEmpty() ? languageFor(QLocale::system().uiLanguages()) : choice_);
  return true;
}

void LanguageController::remember() {
  const QString stored = choice_.isEmpty() ? kSystem : choice_;
  QSettings().setValue(kPreferenceKey, choice_);
  if (controller_ != nullptr && controller_->isProfileOpen() &&
      !controller_->setProfileSetting(QLatin1String(kSettingKey), stored))
    qCWarning(lcApp) << "could not store the language in the profile";
}

// The profile's own choice wins over the copy in QSettings (another profile may have set
// that one); a profile that never chose keeps what the window already speaks.
void LanguageController::readProfileChoice() {
  if (controller_ == nullptr || !controller_->isProfileOpen())
    return;
  const QString stored = controller_->profileSetting(QLatin1String(kSettingKey));
  if (stored.isEmpty())
    return;
  const QString choice = fromStored(stored);
  if (!choice.isEmpty() && !availableLanguages().contains(choice))
    return;
  QSettings().setValue(kPreferenceKey, choice);
  if (choice == choice_)
    return;
  choice_ = choice;
  apply(choice_.isEmpty() ? languageFor(QLocale::system().uiLanguages()) : choice_);
}

void LanguageController::apply(const QString &language) {
  QCoreApplication::removeTranslator(&translator_);
  QCoreApplication::removeTranslator(&qtTranslator_);
  if (language != kEnglish) {
    if (translator_.load(translations::catalogPath(language)))
      QCoreApplication::installTranslator(&translator_);
    else
      qCWarning(lcApp) << "no catalogue for" << language;
    // Qt's own strings (standard dialog buttons, text field menus) where Qt's catalogues
    // are installed; without them those few words stay English.
    if (qtTranslator_.load(QStringLiteral("qt_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(&qtTranslator_);
  }
  language_ = language;
  // Dates and numbers follow the chosen language; the system's own formats otherwise.
  const QLocale locale = choice_.isEmpty() ? QLocale::system() : QLocale(language);
  QLocale::setDefault(locale);
  // Set explicitly: Qt's own guess needs a QT_LAYOUT_DIRECTION string in every catalogue.
  if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr)
    QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
  engines_.removeAll(nullptr);
  for (const QPointer<QQmlEngine> &engine : std::as_const(engines_)) {
    engine->setUiLanguage(language_);
    engine->retranslate();
  }
  Q_EMIT languageChanged();
}

} // namespace sotto::ui
