#pragma once

#include <QLocale>
#include <QStringList>

namespace sotto::translations {

// The languages Sotto ships, as locale names ("de", "pt_BR", …); English is the source.
QStringList shippedLanguages();

// The resource path of a language's compiled catalogue (":/i18n/sotto_de.qm").
QString catalogPath(const QString &language);

// The shipped language that best fits `locale` ("pt_PT" → none, "pt_BR" → "pt_BR",
// "de_AT" → "de"), or an empty string for English.
QString bestLanguageFor(const QLocale &locale);

// The shipped language for the user's preferred languages, most preferred first
// (QLocale::system().uiLanguages(): LANGUAGE, then LC_ALL/LC_MESSAGES/LANG): the first one
// that is English or has a catalogue decides. An empty string for English.
QString languageForPreferences(const QStringList &uiLanguages);

} // namespace sotto::translations
