#pragma once

#include <QStringList>

namespace sotto::cli {

class CliContext;

// `backup create --out FILE --backup-passphrase-file F`, `backup verify FILE
// --backup-passphrase-file F`, `backup restore FILE --backup-passphrase-file F [--merge]`.
// The backup passphrase is its own file: the global --passphrase-file stays the profile's.
// Dispatched before the profile is opened, so that a bad file never creates a profile.
class BackupCommands {
public:
  // Exit code for a backup that could not be made, verified or restored (the JSON error
  // names the reason: WrongPassphrase, Truncated, ProfileNotEmpty, …).
  static constexpr int kBackupFailed = 7;

  static int run(CliContext &context, const QStringList &arguments);

private:
  static int create(CliContext &context, const QStringList &arguments);
  static int verify(CliContext &context, const QStringList &arguments);
  static int restore(CliContext &context, const QStringList &arguments);
};

} // namespace sotto::cli
