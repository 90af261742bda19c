#include "sotto/translations/Translations.h"

#include <QFile>

namespace sotto::translations {

QStringList shippedLanguages() {
  return {QStringLiteral("de"), QStringLiteral("fr"),    QStringLiteral("es"), QStringLiteral("pt_BR"),
          QStringLiteral("ru"), QStringLiteral("zh_CN"), QStringLiteral("ar")};
}

QString catalogPath(const QString &language) {
  return QStringLiteral(":/i18n/sotto_%1.qm").arg(language);
}

QString bestLanguageFor(const QLocale &locale) {
  const QStringList shipped = shippedLanguages();
  const QString full = locale.name(); // language_TERRITORY
  if (shipped.contains(full))
    return full;
  const QString language = full.section(u'_', 0, 0);
  // A bare language matches only a catalogue without a territory: pt_PT is not pt_BR.
  return shipped.contains(language) ? language : QString();
}

QString languageForPreferences(const QStringList &uiLanguages) {
  for (const QString &uiLanguage : uiLanguages) {
    const QLocale locale(uiLanguage);
    if (locale.language() == QLocale::English)
      return {};
    if (const QString best = bestLanguageFor(locale); !best.isEmpty())
      return best;
  }
  return {};
}

} // namespace sotto::translations
