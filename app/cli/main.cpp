#include "sotto/app/ApplicationInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
  QCoreApplication application(argc, argv);
  sotto::app::ApplicationInfo::applyToApplication();

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("sotto-cli", "Sotto's headless client, for scripts and tests."));
  parser.addHelpOption();
  const QCommandLineOption versionOption(
      QStringList{QStringLiteral("v"), QStringLiteral("version")},
      QCoreApplication::translate("sotto-cli", "Print the version and exit."));
  parser.addOption(versionOption);
  parser.process(application);

  QTextStream out(stdout);
  if (parser.isSet(versionOption)) {
    out << sotto::app::ApplicationInfo::versionLine() << Qt::endl;
    return 0;
  }
  parser.showHelp(0);
}
