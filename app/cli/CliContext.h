#pragma once

#include "sotto/app/MessagingController.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace sotto::cli {

// Exit codes, as `sotto-cli --help` documents them.
enum ExitCode {
  kOk = 0,
  kUsage = 1,      // bad arguments
  kProfile = 2,    // the profile could not be opened or unlocked
  kConnection = 3, // the server could not be reached, or refused the credentials
  kNotSent = 4,    // a message could not be encrypted or sent (e.g. no OMEMO device)
  kTimeout = 5,    // listen/send did not finish within the timeout
  kNotFound = 6,   // no such contact, device or account
};

// What every subcommand shares: the global options, the controller on the chosen
// profile, and output as text or one JSON object per line (--json).
class CliContext {
public:
  explicit CliContext(QCommandLineParser &parser);

  static void addGlobalOptions(QCommandLineParser &parser);
  // Reads --profile, --passphrase-file, --server, --pin-cert; kOk or kUsage.
  int readOptions();

  [[nodiscard]] app::MessagingController &controller() { return controller_; }
  [[nodiscard]] bool json() const { return json_; }

  // Opens the profile; prints the error and returns false on failure.
  bool openProfile();
  // Connects the profile's account and waits until it is online and caught up.
  int connectAndWait(int timeoutMs = 30000);
  // Waits for the controller's current sign-in (createAccount / signIn).
  int waitOnline(int timeoutMs = 30000);

  // One record: `text` for humans, `object` for --json.
  void print(const QString &text, const QJsonObject &object);
  [[nodiscard]] app::AppError::Code lastError() const { return lastError_; }
  // Prints the error to stderr (JSON with --json) and returns `exitCode`.
  int fail(app::AppError::Code error, int exitCode);
  int usage(const QString &message);

private:
  QCommandLineParser &parser_;
  app::MessagingController controller_;
  app::ProfileOptions options_;
  bool json_ = false;
  app::AppError::Code lastError_ = app::AppError::Code::None;
  QTextStream out_;
  QTextStream err_;
};

} // namespace sotto::cli
