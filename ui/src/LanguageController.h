#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace sotto::app {
class MessagingController;
}

namespace sotto::ui {

// The QML singleton `LanguageController`: which language the UI speaks. Follows the
// system unless the user picked one in Settings; a pick takes effect at once (translator
// swapped, every QML engine retranslated, the layout mirrored for right-to-left
// languages) and is remembered in the open profile, with a copy in QSettings so the
// screens shown before the profile is unlocked speak it too.
class LanguageController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  // "" (follow the system) or a code from choices: "en", "de", "pt_BR", …
  Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY languageChanged)
  // The language in use now ("en" when no catalogue fits).
  Q_PROPERTY(QString language READ language NOTIFY languageChanged)
  Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
  // [{code, name}], the system default first, each language named in itself.
  Q_PROPERTY(QVariantList choices READ choices NOTIFY languageChanged)
public:
  static constexpr const char *kSettingKey = "ui.language";

  // Starts in the language remembered in QSettings, or the system's. No default argument:
  // Qt 6.4 would build the QML singleton with a default constructor instead of create().
  explicit LanguageController(QObject *parent);
  ~LanguageController() override;

  // main.cpp (and tests) make the instance before QML loads; QML gets it through create().
  static void setInstance(LanguageController *controller);
  static LanguageController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

  [[nodiscard]] QString choice() const { return choice_; }
  [[nodiscard]] QString language() const { return language_; }
  [[nodiscard]] bool rightToLeft() const;
  [[nodiscard]] QVariantList choices() const;

  // Switches now and remembers the choice. Unknown codes are refused (false).
  Q_INVOKABLE bool setChoice(const QString &choice);

  // The shipped language that fits a list of UI languages best (QLocale::uiLanguages()
  // order: the user's first preference first); "en" when English comes first or none fits.
  static QString languageFor(const QStringList &uiLanguages);
  // "en" and the shipped catalogues.
  static QStringList availableLanguages();
  // Reads and stores the choice in this controller's profile from now on (the profile's
  // choice is applied when it opens).
  void followProfile(app::MessagingController *controller);
  // An engine to retranslate on a switch. QML's first use of the singleton adds its
  // engine; main.cpp adds its engine at once, so a profile's choice applied at unlock
  // (before any QML asked for the singleton) reaches the screens too.
  void addEngine(QQmlEngine *engine);

Q_SIGNALS:
  void languageChanged();

private:
  void readProfileChoice();
  void apply(const QString &language);
  void remember();

  QPointer<app::MessagingController> controller_;
  QList<QPointer<QQmlEngine>> engines_;
  QTranslator translator_;
  QTranslator qtTranslator_;
  QString choice_;
  QString language_;
};

} // namespace sotto::ui
