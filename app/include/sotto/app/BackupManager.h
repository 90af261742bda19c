#pragma once

#include "sotto/app/BackupResult.h"
#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/SecureBytes.h"

#include <QList>
#include <QString>

#include <tl/expected.hpp>

#include <memory>

namespace sotto::storage {
class Database;
}

namespace sotto::app {

class MessagingController;
struct BackupSource;

// Backups of the profile the controller has open (docs/BACKUP-FORMAT.md): a logical,
// versioned record stream of everything the profile holds, in the encrypted container
// of crypto::BackupWriter. Memory stays bounded whatever the history size: rows are
// streamed out of the database one at a time and into the container chunk by chunk.
//
// Calls block until done (the KDF alone takes about a second): sotto-cli calls them
// directly; the UI and the scheduler go through BackupJob, which runs the *Detached
// halves on a worker thread over a connection of its own. Nothing is logged but counts.
class BackupManager {
public:
  enum class RestoreMode {
    IntoEmptyProfile, // refused (ProfileNotEmpty) when the profile holds an account or messages
    // The user confirmed: add what the backup has and the profile lacks. Nothing already
    // in the profile is changed or removed; the profile's own OMEMO identity wins.
    MergeIntoExisting,
  };

  struct CreateOptions {
    crypto::BackupKdfParams kdf = crypto::BackupKdfParams::moderate();
    BackupProgress progress;
  };

  explicit BackupManager(MessagingController &controller);

  // Writes a backup to `path` (a temporary file in the same folder, fsynced, renamed):
  // nothing appears under `path` unless the whole backup was written. The passphrase
  // must pass crypto::BackupPassphrase::isStrongEnough (a generated one always does).
  tl::expected<BackupSummary, BackupFailure>
  create(const QString &path, const crypto::SecureBytes &passphrase, const CreateOptions &options);

  // Decrypts and checks every chunk and record; writes nothing anywhere.
  static tl::expected<BackupSummary, BackupFailure>
  verify(const QString &path, const crypto::SecureBytes &passphrase, const BackupProgress &progress = {});

  // Verifies the whole file first, then applies it in one transaction: any error leaves
  // the profile as it was. Afterwards the controller re-opens the profile so the restored
  // account, identity and history are live (connectAccount() then republishes the bundle).
  tl::expected<BackupSummary, BackupFailure> restore(const QString &path,
                                                     const crypto::SecureBytes &passphrase, RestoreMode mode,
                                                     const BackupProgress &progress = {});

  // True when a restore needs MergeIntoExisting (an account or messages are present).
  [[nodiscard]] bool profileHasData() const;

  // The passphrase of automatic backups (BackupPassphraseStore): this machine's keychain
  // next to the database key, or the encrypted database of a passphrase-mode profile.
  tl::expected<void, BackupFailure> storeAutomaticPassphrase(const crypto::SecureBytes &passphrase);
  [[nodiscard]] tl::expected<crypto::SecureBytes, BackupFailure> automaticPassphrase() const;
  void forgetAutomaticPassphrase();

  // BackupJob's halves. detach() runs on the controller's thread and captures what a
  // worker needs to open the profile's database itself (BackupSource: copies only); the
  // static *Detached calls run on any thread; completeRestore() runs on the controller's
  // thread again (passwords into the keychain, the profile re-opened).
  [[nodiscard]] tl::expected<std::shared_ptr<BackupSource>, BackupFailure> detach() const;
  static tl::expected<BackupSummary, BackupFailure> createDetached(const BackupSource &source,
                                                                   const QString &path,
                                                                   const crypto::SecureBytes &passphrase,
                                                                   const CreateOptions &options);
  static tl::expected<BackupSummary, BackupFailure> restoreDetached(BackupSource &source, const QString &path,
                                                                    const crypto::SecureBytes &passphrase,
                                                                    RestoreMode mode,
                                                                    const BackupProgress &progress = {});
  tl::expected<BackupSummary, BackupFailure> completeRestore(const BackupSource &source,
                                                             BackupSummary summary, RestoreMode mode);

private:
  static tl::expected<BackupSummary, BackupFailure>
  restoreOn(storage::Database &database, const QString &path, const crypto::SecureBytes &passphrase,
            RestoreMode mode, const BackupProgress &progress, QList<BackupAccountPassword> &passwords);
  tl::expected<BackupSummary, BackupFailure>
  finishRestore(BackupSummary summary, const QList<BackupAccountPassword> &passwords, RestoreMode mode);

  MessagingController &controller_;
};

} // namespace sotto::app
