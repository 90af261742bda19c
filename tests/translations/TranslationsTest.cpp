// Every shipped language is complete: each string the sources mark for translation (as
// lupdate reads them now, not as the .ts files remember) has a finished translation that
// keeps every placeholder, and each compiled catalogue loads.
#include "sotto/translations/Translations.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
  QString source;
  QStringList translations; // one per plural form, or one
  QString type;             // "", "unfinished", "vanished", "obsolete"
  bool numerus = false;
};

using Catalogue = QHash<QString, Message>; // key: context + '\x1f' + source + '\x1f' + comment

Catalogue readTs(const QString &path) {
  Catalogue catalogue;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return catalogue;
  QXmlStreamReader xml(&file);
  QString context, source, comment;
  Message message;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == u"context")
        context.clear();
      else if (name == u"name")
        context = xml.readElementText();
      else if (name == u"message") {
        message = {};
        source.clear();
        comment.clear();
        message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
      } else if (name == u"source")
        source = xml.readElementText();
      else if (name == u"comment")
        comment = xml.readElementText();
      else if (name == u"translation") {
        message.type = xml.attributes().value(QLatin1String("type")).toString();
        if (!message.numerus)
          message.translations << xml.readElementText();
      } else if (name == u"numerusform")
        message.translations << xml.readElementText();
    } else if (xml.isEndElement() && xml.name() == u"message") {
      message.source = source;
      catalogue.insert(context + u'\x1f' + source + u'\x1f' + comment, message);
    }
  }
  return catalogue;
}

QSet<QString> placeholders(const QString &text) {
  static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
  QSet<QString> found;
  for (const auto &match : pattern.globalMatch(text))
    found.insert(match.captured().remove(u'L'));
  return found;
}

} // namespace

class TranslationsTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    QVERIFY(sourceStrings_.isEmpty());
    QVERIFY(workDir_.isValid());
    // lupdate over today's sources, into a scratch catalogue.
    const QString fresh = workDir_.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(SOTTO_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" SOTTO_SOURCES_LIST), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    sourceStrings_ = readTs(fresh);
    QVERIFY2(!sourceStrings_.isEmpty(), "lupdate found no translatable string: the test would prove nothing");
  }

  void everyLanguageIsComplete_data() {
    QTest::addColumn<QString>("language");
    for (const QString &language : sotto::translations::shippedLanguages())
      QTest::newRow(qPrintable(language)) << language;
  }
  void everyLanguageIsComplete() {
    QFETCH(QString, language);
    const Catalogue shipped = readTs(QStringLiteral(SOTTO_TS_DIR "/sotto_%1.ts").arg(language));
    QVERIFY2(!shipped.isEmpty(), qPrintable(language + QStringLiteral(": no .ts file")));
    QStringList problems;
    for (auto it = sourceStrings_.cbegin(); it != sourceStrings_.cend(); ++it) {
      const QString where = it.key().section(u'\x1f', 0, 0) + QStringLiteral(": \"") + it->source + u'"';
      const auto found = shipped.constFind(it.key());
      if (found == shipped.cend()) {
        problems << QStringLiteral("missing ") + where;
        continue;
      }
      if (!found->type.isEmpty() || found->translations.isEmpty()) {
        problems << QStringLiteral("unfinished ") + where;
        continue;
      }
      for (const QString &translation : found->translations) {
        if (translation.trimmed().isEmpty())
          problems << QStringLiteral("empty ") + where;
        else if (placeholders(translation) != placeholders(it->source) &&
                 !(found->numerus && placeholders(translation) + QSet<QString>{QStringLiteral("%n")} ==
                                         placeholders(it->source)))
          problems << QStringLiteral("placeholders differ in ") + where + QStringLiteral(" → ") + translation;
      }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(language + u'\n' + problems.join(u'\n')));
  }

  void catalogueLoads_data() { everyLanguageIsComplete_data(); }
  void catalogueLoads() {
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(sotto::translations::catalogPath(language)));
    QVERIFY(!translator.isEmpty());
  }

  void bestLanguageFollowsTheLocale() {
    using sotto::translations::bestLanguageFor;
    QCOMPARE(bestLanguageFor(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    QCOMPARE(bestLanguageFor(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("pt_BR"));
    QCOMPARE(bestLanguageFor(QLocale(QStringLiteral("pt_PT"))), QString());
    QCOMPARE(bestLanguageFor(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    QCOMPARE(bestLanguageFor(QLocale(QStringLiteral("ar_EG"))), QStringLiteral("ar"));
    QCOMPARE(bestLanguageFor(QLocale(QStringLiteral("en_US"))), QString());
  }

  // What sotto-cli and the GUI start in: the first preferred language that is English or shipped.
  void preferredLanguagesPickTheFirstShippedOrEnglish() {
    using sotto::translations::languageForPreferences;
    QCOMPARE(languageForPreferences({QStringLiteral("de-DE"), QStringLiteral("en-US")}),
             QStringLiteral("de"));
    QCOMPARE(languageForPreferences({QStringLiteral("en-GB"), QStringLiteral("de-DE")}), QString());
    QCOMPARE(languageForPreferences({QStringLiteral("pt-PT"), QStringLiteral("fr-FR")}),
             QStringLiteral("fr"));
    QCOMPARE(languageForPreferences({QStringLiteral("ja-JP")}), QString());
    QCOMPARE(languageForPreferences({}), QString());
  }

private:
  QTemporaryDir workDir_;
  Catalogue sourceStrings_;
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
