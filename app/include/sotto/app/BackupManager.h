#pragma once

#include "sotto/app/BackupResult.h"
#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/SecureBytes.h"

#include <QString>

#include <tl/expected.hpp>

namespace sotto::app {

class MessagingController;

// Backups of the profile the controller has open (docs/BACKUP-FORMAT.md): a logical,
// versioned record stream of everything the profile holds, in the encrypted container
// of crypto::BackupWriter. Memory stays bounded whatever the history size: rows are
// streamed out of the database one at a time and into the container chunk by chunk.
//
// Calls block until done (the KDF alone takes about a second): sotto-cli calls them
// directly, the UI from a worker with its own controller-free connection or between
// event-loop turns through the progress callback. Nothing is logged but counts.
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

private:
  MessagingController &controller_;
};

} // namespace sotto::app
