#include "CliContext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

namespace sotto::cli {

namespace {
const QString kProfileOption = QStringLiteral("profile");
const QString kJson = QStringLiteral("json");
const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kServer = QStringLiteral("server");
const QString kPinCert = QStringLiteral("pin-cert");
const QString kDirectTls = QStringLiteral("direct-tls");
const QString kKeychainService = QStringLiteral("keychain-service");
} // namespace

CliContext::CliContext(QCommandLineParser &parser) : parser_(parser), out_(stdout), err_(stderr) {
}

void CliContext::addGlobalOptions(QCommandLineParser &parser) {
  parser.addOption(
      {kProfileOption,
       QCoreApplication::translate("sotto-cli", "Profile directory (default: the user's Sotto profile)."),
       QCoreApplication::translate("sotto-cli", "DIR")});
  parser.addOption({kJson, QCoreApplication::translate("sotto-cli", "Print one JSON object per line.")});
  parser.addOption(
      {kPassphraseFile,
       QCoreApplication::translate(
           "sotto-cli", "File whose first line is the passphrase that protects the profile when there is "
                        "no keychain."),
       QCoreApplication::translate("sotto-cli", "FILE")});
  parser.addOption(
      {kServer,
       QCoreApplication::translate("sotto-cli", "Connect to HOST:PORT instead of looking the server up."),
       QCoreApplication::translate("sotto-cli", "HOST:PORT")});
  parser.addOption(
      {kDirectTls, QCoreApplication::translate(
                       "sotto-cli", "With --server: the port speaks TLS directly (no STARTTLS).")});
  parser.addOption(
      {kPinCert,
       QCoreApplication::translate("sotto-cli", "Accept the server certificate with this SHA-256 (hex)."),
       QCoreApplication::translate("sotto-cli", "SHA256")});
  QCommandLineOption service(kKeychainService,
                             QCoreApplication::translate("sotto-cli", "Keychain service name (tests)."),
                             QCoreApplication::translate("sotto-cli", "NAME"));
  service.setFlags(QCommandLineOption::HiddenFromHelp);
  parser.addOption(service);
}

int CliContext::readOptions() {
  json_ = parser_.isSet(kJson);
  options_.directory = parser_.value(kProfileOption);
  if (parser_.isSet(kKeychainService))
    options_.keychainService = parser_.value(kKeychainService);
  if (parser_.isSet(kPassphraseFile)) {
    QFile file(parser_.value(kPassphraseFile));
    if (!file.open(QIODevice::ReadOnly))
      return usage(QCoreApplication::translate("sotto-cli", "cannot read the passphrase file"));
    options_.passphrase = QString::fromUtf8(file.readLine()).trimmed();
  }
  if (parser_.isSet(kServer)) {
    const QString server = parser_.value(kServer);
    const int colon = server.lastIndexOf(u':');
    bool ok = colon > 0;
    const uint port = ok ? server.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
      return usage(QCoreApplication::translate("sotto-cli", "--server needs HOST:PORT"));
    options_.serverHost = server.left(colon);
    options_.serverPort = static_cast<quint16>(port);
    options_.directTls = parser_.isSet(kDirectTls);
  }
  options_.pinnedCertificateSha256 = parser_.value(kPinCert).toLower();
  return kOk;
}

bool CliContext::openProfile() {
  QObject::connect(&controller_, &app::MessagingController::errorOccurred, &controller_,
                   [this](app::AppError::Code error, const QString &) { lastError_ = error; });
  if (controller_.openProfile(options_))
    return true;
  fail(lastError_, kProfile);
  return false;
}

int CliContext::waitOnline(int timeoutMs) {
  // Refusals that happen before any connection (invalid JID, another account) are
  // reported synchronously.
  if (lastError_ != app::AppError::Code::None &&
      controller_.connectionState() == app::MessagingController::ConnectionState::Offline)
    return fail(lastError_, kConnection);
  QEventLoop loop;
  int result = kTimeout;
  QObject::connect(&controller_, &app::MessagingController::catchUpFinished, &loop, [&] {
    result = kOk;
    loop.quit();
  });
  QObject::connect(&controller_, &app::MessagingController::errorOccurred, &loop,
                   [&](app::AppError::Code error, const QString &) {
                     if (error == app::AppError::Code::ConnectionLost)
                       return; // the client retries by itself
                     result = fail(error, kConnection);
                     loop.quit();
                   });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  loop.exec();
  return result;
}

int CliContext::connectAndWait(int timeoutMs) {
  if (!controller_.hasAccount())
    return fail(app::AppError::Code::NoAccount, kNotFound);
  controller_.connectAccount();
  return waitOnline(timeoutMs);
}

void CliContext::print(const QString &text, const QJsonObject &object) {
  if (json_)
    out_ << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
  else
    out_ << text << Qt::endl;
}

int CliContext::fail(app::AppError::Code error, int exitCode) {
  if (json_) {
    const QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"),
         QString::fromLatin1(QMetaEnum::fromType<app::AppError::Code>().valueToKey(static_cast<int>(error)))},
        {QStringLiteral("message"), app::MessagingController::errorText(error)},
        {QStringLiteral("exitCode"), exitCode}};
    err_ << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
  } else {
    err_ << "sotto-cli: " << app::MessagingController::errorText(error) << Qt::endl;
  }
  return exitCode;
}

int CliContext::usage(const QString &message) {
  err_ << message << Qt::endl;
  return kUsage;
}

} // namespace sotto::cli
