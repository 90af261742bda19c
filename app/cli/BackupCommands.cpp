#include "BackupCommands.h"

#include "CliContext.h"

#include "sotto/app/BackupManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTextStream>

#include <optional>

namespace sotto::cli {

namespace {

using app::BackupFailure;

const QString kOut = QStringLiteral("--out");
const QString kPassphraseFile = QStringLiteral("--backup-passphrase-file");
const QString kMerge = QStringLiteral("--merge");
// Argon2id INTERACTIVE instead of MODERATE, so the test-suite stays fast. Never for real
// backups; hidden from --help.
const QString kTestKdf = QStringLiteral("--test-kdf");

// The value after `name`, or a null string.
QString optionValue(const QStringList &arguments, const QString &name) {
  const auto at = arguments.indexOf(name);
  return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

// Positional arguments: everything that is not an option or an option's value.
QStringList positional(const QStringList &arguments) {
  QStringList result;
  for (qsizetype i = 0; i < arguments.size(); ++i) {
    if (arguments.at(i) == kOut || arguments.at(i) == kPassphraseFile)
      ++i;
    else if (!arguments.at(i).startsWith(QLatin1String("--")))
      result << arguments.at(i);
  }
  return result;
}

// The first line of the file, kept in wiped memory; normalisation drops the newline.
std::optional<crypto::SecureBytes> readPassphrase(const QString &path) {
  QFile file(path);
  if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
    return std::nullopt;
  QByteArray line = file.readLine(4096);
  return crypto::SecureBytes::fromByteArray(line);
}

QJsonObject countsObject(const app::BackupSummary &summary) {
  QJsonObject counts;
  const QMetaEnum types = QMetaEnum::fromType<crypto::BackupRecordType>();
  for (const auto &[type, count] : summary.counts) {
    const char *key = types.valueToKey(type);
    counts.insert(key ? QString::fromLatin1(key).toLower() : QString::number(type), qint64(count));
  }
  return counts;
}

QString countsText(const app::BackupSummary &summary) {
  using Type = crypto::BackupRecordType;
  return QCoreApplication::translate("sotto-cli", "%1 messages, %2 conversations, %3 contacts, %4 sessions")
      .arg(summary.count(Type::Message))
      .arg(summary.count(Type::Conversation))
      .arg(summary.count(Type::Contact))
      .arg(summary.count(Type::Session));
}

QJsonObject summaryObject(const QString &type, const app::BackupSummary &summary) {
  return QJsonObject{{QStringLiteral("type"), type},
                     {QStringLiteral("path"), summary.path},
                     {QStringLiteral("bytes"), qint64(summary.bytes)},
                     {QStringLiteral("counts"), countsObject(summary)},
                     {QStringLiteral("kdfMs"), summary.kdfMs},
                     {QStringLiteral("totalMs"), summary.totalMs}};
}

int failWith(const CliContext &context, BackupFailure failure) {
  QTextStream err(stderr);
  if (context.json()) {
    const QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"),
         QString::fromLatin1(QMetaEnum::fromType<BackupFailure>().valueToKey(static_cast<int>(failure)))},
        {QStringLiteral("message"), app::backupFailureText(failure)},
        {QStringLiteral("exitCode"), BackupCommands::kBackupFailed}};
    err << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
  } else {
    err << "sotto-cli: " << app::backupFailureText(failure) << Qt::endl;
  }
  return BackupCommands::kBackupFailed;
}

} // namespace

int BackupCommands::run(CliContext &context, const QStringList &arguments) {
  const QString action = arguments.value(0);
  const QStringList rest = arguments.mid(1);
  if (action == u"create")
    return create(context, rest);
  if (action == u"verify")
    return verify(context, rest);
  if (action == u"restore")
    return restore(context, rest);
  return context.usage(QCoreApplication::translate(
      "sotto-cli", "usage: backup create --out FILE --backup-passphrase-file F\n"
                   "       backup verify FILE --backup-passphrase-file F\n"
                   "       backup restore FILE --backup-passphrase-file F [--merge]"));
}

int BackupCommands::create(CliContext &context, const QStringList &arguments) {
  const QString out = optionValue(arguments, kOut);
  if (out.isEmpty())
    return context.usage(QCoreApplication::translate(
        "sotto-cli", "usage: backup create --out FILE --backup-passphrase-file F"));
  auto passphrase = readPassphrase(optionValue(arguments, kPassphraseFile));
  if (!passphrase)
    return context.usage(QCoreApplication::translate(
        "sotto-cli", "cannot read the backup passphrase file (--backup-passphrase-file)"));
  if (!context.openProfile())
    return kProfile;
  app::BackupManager::CreateOptions options;
  if (arguments.contains(kTestKdf))
    options.kdf = crypto::BackupKdfParams::interactive();
  app::BackupManager manager(context.controller());
  auto created = manager.create(out, *passphrase, options);
  if (!created)
    return failWith(context, created.error());
  context.print(QCoreApplication::translate("sotto-cli", "backup written: %1 (%2, %3 bytes)")
                    .arg(created->path, countsText(*created))
                    .arg(created->bytes),
                summaryObject(QStringLiteral("backup"), *created));
  return kOk;
}

int BackupCommands::verify(CliContext &context, const QStringList &arguments) {
  const QStringList files = positional(arguments);
  auto passphrase = readPassphrase(optionValue(arguments, kPassphraseFile));
  if (files.size() != 1)
    return context.usage(
        QCoreApplication::translate("sotto-cli", "usage: backup verify FILE --backup-passphrase-file F"));
  if (!passphrase)
    return context.usage(QCoreApplication::translate(
        "sotto-cli", "cannot read the backup passphrase file (--backup-passphrase-file)"));
  auto verified = app::BackupManager::verify(files.first(), *passphrase);
  if (!verified)
    return failWith(context, verified.error());
  context.print(QCoreApplication::translate("sotto-cli", "backup is intact: %1").arg(countsText(*verified)),
                summaryObject(QStringLiteral("backup-verified"), *verified));
  return kOk;
}

int BackupCommands::restore(CliContext &context, const QStringList &arguments) {
  const QStringList files = positional(arguments);
  auto passphrase = readPassphrase(optionValue(arguments, kPassphraseFile));
  if (files.size() != 1)
    return context.usage(QCoreApplication::translate(
        "sotto-cli", "usage: backup restore FILE --backup-passphrase-file F [--merge]"));
  if (!passphrase)
    return context.usage(QCoreApplication::translate(
        "sotto-cli", "cannot read the backup passphrase file (--backup-passphrase-file)"));
  // The whole file is checked before the profile is even created: a wrong passphrase or a
  // damaged file leaves no new profile behind.
  if (auto verified = app::BackupManager::verify(files.first(), *passphrase); !verified)
    return failWith(context, verified.error());
  if (!context.openProfile())
    return kProfile;
  app::BackupManager manager(context.controller());
  const auto mode = arguments.contains(kMerge) ? app::BackupManager::RestoreMode::MergeIntoExisting
                                               : app::BackupManager::RestoreMode::IntoEmptyProfile;
  auto restored = manager.restore(files.first(), *passphrase, mode);
  if (!restored)
    return failWith(context, restored.error());
  QJsonObject object = summaryObject(QStringLiteral("restored"), *restored);
  object.insert(QStringLiteral("account"), context.controller().accountJid());
  object.insert(QStringLiteral("skippedExisting"), qint64(restored->skippedExisting));
  object.insert(QStringLiteral("passwordRestored"), restored->passwordRestored);
  context.print(QCoreApplication::translate("sotto-cli", "restored %1 into this profile (%2)")
                    .arg(context.controller().accountJid(), countsText(*restored)),
                object);
  if (!restored->passwordRestored)
    context.print(
        QCoreApplication::translate("sotto-cli", "the account password could not be stored: sign in again"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("warning")},
                    {QStringLiteral("warning"), QStringLiteral("passwordNotRestored")}});
  return kOk;
}

} // namespace sotto::cli
