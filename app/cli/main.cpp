#include "AccountCommand.h"
#include "BackupCommands.h"
#include "CliContext.h"
#include "MessageCommands.h"
#include "SafetyCommands.h"
#include "TrustCommands.h"

#include "sotto/app/ApplicationInfo.h"
#include "sotto/translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP(
    "sotto-cli", "Sotto's headless client, for scripts and tests.\n\n"
                 "Commands:\n"
                 "  account register JID [PASSWORD]   create the account (in-band registration)\n"
                 "  account login JID [PASSWORD]      sign in to an existing account\n"
                 "  account show                      this profile's account, device and fingerprint\n"
                 "  contacts [add JID]                list the roster, or add a contact\n"
                 "  send JID TEXT                     send an OMEMO-encrypted message\n"
                 "  listen [--count N] [--timeout S]  print incoming messages\n"
                 "  history JID [--limit N]           print stored messages, oldest first\n"
                 "  devices [JID]                     OMEMO devices (ours without JID)\n"
                 "  trust JID DEVICE trusted|untrusted|verified\n"
                 "  safety-number JID                 the safety number with a contact\n"
                 "  fingerprint                       this device's OMEMO fingerprint\n"
                 "  requests                          message requests (strangers' first messages)\n"
                 "  accept JID                        accept a request: add the contact\n"
                 "  block JID | unblock JID           block on the server, for all your devices\n"
                 "  blocked                           the block list (with what you reported)\n"
                 "  report JID --reason spam|abuse|other [--include MESSAGE_ID...]\n"
                 "                                    report to your server and block; only the\n"
                 "                                    included messages are sent, in plain text\n\n"
                 "Backups (the backup passphrase file is not the profile's --passphrase-file):\n"
                 "  backup create --out FILE --backup-passphrase-file F\n"
                 "  backup verify FILE --backup-passphrase-file F\n"
                 "  backup restore FILE --backup-passphrase-file F [--merge]\n"
                 "                                    into --profile DIR (new, or --merge to add)\n\n"
                 "Without PASSWORD the first line of standard input is read.\n\n"
                 "Exit codes: 0 ok, 1 usage, 2 profile could not be opened or unlocked, 3 server\n"
                 "unreachable or credentials refused, 4 message not sent (e.g. no OMEMO device), 5\n"
                 "timeout, 6 no such account, contact or device, 7 backup not made, verified or restored.");

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication application(argc, argv);
  sotto::app::ApplicationInfo::applyToApplication();
  // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the catalogues the
  // GUI ships, before the first translated word; Qt's own (--help's frame) where installed.
  QTranslator translator;
  QTranslator qtTranslator;
  const QString language = sotto::translations::languageForPreferences(QLocale::system().uiLanguages());
  if (!language.isEmpty() && translator.load(sotto::translations::catalogPath(language)))
    QCoreApplication::installTranslator(&translator);
  if (!language.isEmpty() &&
      qtTranslator.load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(&qtTranslator);

  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("sotto-cli", kDescription));
  parser.addHelpOption();
  const QCommandLineOption versionOption(
      QStringList{QStringLiteral("v"), QStringLiteral("version")},
      QCoreApplication::translate("sotto-cli", "Print the version and exit."));
  parser.addOption(versionOption);
  sotto::cli::CliContext::addGlobalOptions(parser);
  parser.addPositionalArgument(QStringLiteral("command"),
                               QCoreApplication::translate("sotto-cli", "See above."));
  // Subcommand options (--count, --limit …) follow the command and are read by it.
  parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
  parser.process(application);

  if (parser.isSet(versionOption)) {
    QTextStream(stdout) << sotto::app::ApplicationInfo::versionLine() << Qt::endl;
    return 0;
  }
  QStringList arguments = parser.positionalArguments();
  if (arguments.isEmpty())
    parser.showHelp(sotto::cli::kUsage);
  const QString command = arguments.takeFirst();

  sotto::cli::CliContext context(parser);
  if (const int result = context.readOptions(); result != sotto::cli::kOk)
    return result;
  if (command == u"backup") // opens the profile itself, only once the file checked out
    return sotto::cli::BackupCommands::run(context, arguments);
  if (!context.openProfile())
    return sotto::cli::kProfile;
  using namespace sotto::cli;
  if (command == u"account")
    return AccountCommand::run(context, arguments);
  if (command == u"send")
    return MessageCommands::send(context, arguments);
  if (command == u"listen")
    return MessageCommands::listen(context, arguments);
  if (command == u"history")
    return MessageCommands::history(context, arguments);
  if (command == u"devices")
    return TrustCommands::devices(context, arguments);
  if (command == u"trust")
    return TrustCommands::trust(context, arguments);
  if (command == u"safety-number")
    return TrustCommands::safetyNumber(context, arguments);
  if (command == u"fingerprint")
    return TrustCommands::fingerprint(context);
  if (command == u"contacts")
    return TrustCommands::contacts(context, arguments);
  if (command == u"requests")
    return SafetyCommands::requests(context, arguments);
  if (command == u"accept")
    return SafetyCommands::accept(context, arguments);
  if (command == u"block" || command == u"unblock")
    return SafetyCommands::block(context, arguments, command == u"block");
  if (command == u"blocked")
    return SafetyCommands::blocked(context, arguments);
  if (command == u"report")
    return SafetyCommands::report(context, arguments);
  return context.usage(QCoreApplication::translate("sotto-cli", "unknown command: %1").arg(command));
}
