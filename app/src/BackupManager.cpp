#include "sotto/app/BackupManager.h"

#include "BackupExporter.h"
#include "BackupImporter.h"
#include "BackupPassphraseStore.h"
#include "BackupSource.h"
#include "Session.h"

#include "sotto/app/Logging.h"
#include "sotto/app/MessagingController.h"
#include "sotto/crypto/BackupReader.h"
#include "sotto/crypto/BackupWriter.h"
#include "sotto/storage/AccountRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace sotto::app {

namespace {

constexpr quint64 kProgressEvery = 512; // records between progress reports and cancel checks

// Reads every record of an opened reader, handing each to `sink` (may be empty), with
// progress in bytes of the file offset by `base`. Ends at the verified end of stream.
tl::expected<crypto::BackupCounts, BackupFailure>
readAll(crypto::BackupReader &reader,
        const std::function<tl::expected<void, BackupFailure>(const crypto::BackupRecord &)> &sink,
        const BackupProgress &progress, quint64 base, quint64 total) {
  crypto::BackupCounts counts;
  quint64 records = 0;
  for (;;) {
    auto record = reader.next();
    if (!record)
      return tl::unexpected(fromContainerError(record.error()));
    if (!record->has_value())
      return counts;
    ++counts[quint16((*record)->type)];
    if (sink) {
      if (auto applied = sink(**record); !applied)
        return tl::unexpected(applied.error());
    }
    if (progress && ++records % kProgressEvery == 0 && !progress(base + reader.bytesRead(), total))
      return tl::unexpected(BackupFailure::Cancelled);
  }
}

bool profileHoldsData(storage::Database &database) {
  auto present =
      database.queryInt("SELECT EXISTS (SELECT 1 FROM accounts) OR EXISTS (SELECT 1 FROM messages)");
  return !present || *present != 0; // unreadable counts as "has data": never overwrite blindly
}

tl::expected<BackupSummary, BackupFailure>
createOn(storage::Database &database, const BackupExporter::PasswordLookup &passwords, const QString &path,
         const crypto::SecureBytes &passphrase, const BackupManager::CreateOptions &options) {
  const QFileInfo target(path);
  const QFileInfo folder(target.absolutePath());
  if (path.isEmpty() || target.isDir() || !folder.isDir() || !folder.isWritable())
    return tl::unexpected(BackupFailure::TargetNotWritable);

  QElapsedTimer timer;
  timer.start();
  BackupSummary summary;
  summary.path = target.absoluteFilePath();
  crypto::BackupWriter writer(options.kdf);
  if (auto opened = writer.open(summary.path, passphrase); !opened)
    return tl::unexpected(fromContainerError(opened.error()));
  summary.kdfMs = timer.elapsed();

  BackupExporter exporter(database, passwords);
  if (auto exported = exporter.run(writer, options.progress); !exported) {
    writer.abort();
    return tl::unexpected(exported.error());
  }
  if (auto finished = writer.finish(); !finished)
    return tl::unexpected(fromContainerError(finished.error()));
  summary.counts = writer.counts();
  summary.counts.erase(quint16(crypto::BackupRecordType::EndOfStream));
  summary.bytes = QFileInfo(summary.path).size();
  summary.totalMs = timer.elapsed();
  qCInfo(lcApp) << "backup written:" << summary.count(crypto::BackupRecordType::Message) << "messages,"
                << summary.bytes << "bytes in" << summary.totalMs << "ms";
  return summary;
}

} // namespace

BackupManager::BackupManager(MessagingController &controller) : controller_(controller) {
}

bool BackupManager::profileHasData() const {
  Session *session = controller_.session_.get();
  return session && profileHoldsData(session->opened.database);
}

tl::expected<BackupSummary, BackupFailure> BackupManager::create(const QString &path,
                                                                 const crypto::SecureBytes &passphrase,
                                                                 const CreateOptions &options) {
  Session *session = controller_.session_.get();
  if (!session)
    return tl::unexpected(BackupFailure::NoProfile);
  if (session->accountId == 0)
    return tl::unexpected(BackupFailure::NothingToBackUp);
  PasswordStore *passwords = session->passwords.get();
  storage::Database &database = session->opened.database;
  return createOn(
      database,
      [passwords, &database](const QString &jid) -> std::optional<QString> {
        storage::AccountRepository accounts(database);
        auto account = accounts.findByJid(jid);
        if (!account || !account->has_value() || !passwords)
          return std::nullopt;
        return passwords->load((*account)->id, jid);
      },
      path, passphrase, options);
}

namespace {

std::optional<BackupPassphraseStore> passphraseStoreOf(Session *session) {
  if (!session)
    return std::nullopt;
  return BackupPassphraseStore(session->opened.database, session->opened.keychain,
                               session->options.keychainService, session->opened.keychainEntry);
}

} // namespace

tl::expected<void, BackupFailure>
BackupManager::storeAutomaticPassphrase(const crypto::SecureBytes &passphrase) {
  auto store = passphraseStoreOf(controller_.session_.get());
  if (!store)
    return tl::unexpected(BackupFailure::NoProfile);
  return store->store(passphrase);
}

tl::expected<crypto::SecureBytes, BackupFailure> BackupManager::automaticPassphrase() const {
  auto store = passphraseStoreOf(controller_.session_.get());
  if (!store)
    return tl::unexpected(BackupFailure::NoProfile);
  return store->load();
}

void BackupManager::forgetAutomaticPassphrase() {
  if (auto store = passphraseStoreOf(controller_.session_.get()))
    store->remove();
}

tl::expected<std::shared_ptr<BackupSource>, BackupFailure> BackupManager::detach() const {
  Session *session = controller_.session_.get();
  if (!session)
    return tl::unexpected(BackupFailure::NoProfile);
  storage::KeyVault::Options vaultOptions;
  vaultOptions.service = session->options.keychainService;
  if (session->options.fastKdfForTests)
    vaultOptions.limits = storage::KeyVault::KdfLimits::interactive();
  auto source =
      std::make_shared<BackupSource>(BackupSource{storage::KeyVault(session->opened.profile, vaultOptions),
                                                  session->opened.keychain,
                                                  session->options.passphrase,
                                                  session->opened.profile.databasePath(),
                                                  {},
                                                  {}});
  // The keychain is asked here, on the controller's thread, as the app always does.
  if (session->accountId != 0 && session->passwords) {
    if (auto password = session->passwords->load(session->accountId, session->accountJid))
      source->accountPasswords[session->accountJid] = *password;
  }
  return source;
}

tl::expected<BackupSummary, BackupFailure>
BackupManager::createDetached(const BackupSource &source, const QString &path,
                              const crypto::SecureBytes &passphrase, const CreateOptions &options) {
  auto database = source.open();
  if (!database)
    return tl::unexpected(database.error());
  auto accounts = database->queryInt("SELECT count(*) FROM accounts");
  if (!accounts)
    return tl::unexpected(BackupFailure::StorageFailed);
  if (*accounts == 0)
    return tl::unexpected(BackupFailure::NothingToBackUp);
  return createOn(
      *database,
      [&source](const QString &jid) -> std::optional<QString> {
        auto found = source.accountPasswords.find(jid);
        return found == source.accountPasswords.end() ? std::nullopt : std::optional<QString>(found->second);
      },
      path, passphrase, options);
}

tl::expected<BackupSummary, BackupFailure> BackupManager::verify(const QString &path,
                                                                 const crypto::SecureBytes &passphrase,
                                                                 const BackupProgress &progress) {
  QElapsedTimer timer;
  timer.start();
  BackupSummary summary;
  summary.path = QFileInfo(path).absoluteFilePath();
  summary.bytes = QFileInfo(path).size();
  crypto::BackupReader reader;
  if (auto opened = reader.open(path, passphrase); !opened)
    return tl::unexpected(fromContainerError(opened.error()));
  summary.kdfMs = timer.elapsed();
  auto counts = readAll(reader, {}, progress, 0, summary.bytes);
  if (!counts)
    return tl::unexpected(counts.error());
  summary.counts = std::move(*counts);
  summary.totalMs = timer.elapsed();
  if (progress)
    (void)progress(summary.bytes, summary.bytes);
  return summary;
}

tl::expected<BackupSummary, BackupFailure> BackupManager::restore(const QString &path,
                                                                  const crypto::SecureBytes &passphrase,
                                                                  RestoreMode mode,
                                                                  const BackupProgress &progress) {
  Session *session = controller_.session_.get();
  if (!session)
    return tl::unexpected(BackupFailure::NoProfile);
  QList<BackupAccountPassword> passwords;
  auto restored = restoreOn(session->opened.database, path, passphrase, mode, progress, passwords);
  if (!restored)
    return restored;
  return finishRestore(*restored, passwords, mode);
}

tl::expected<BackupSummary, BackupFailure>
BackupManager::restoreDetached(BackupSource &source, const QString &path,
                               const crypto::SecureBytes &passphrase, RestoreMode mode,
                               const BackupProgress &progress) {
  auto database = source.open();
  if (!database)
    return tl::unexpected(database.error());
  return restoreOn(*database, path, passphrase, mode, progress, source.restoredPasswords);
}

tl::expected<BackupSummary, BackupFailure>
BackupManager::completeRestore(const BackupSource &source, BackupSummary summary, RestoreMode mode) {
  return finishRestore(summary, source.restoredPasswords, mode);
}

tl::expected<BackupSummary, BackupFailure>
BackupManager::restoreOn(storage::Database &database, const QString &path,
                         const crypto::SecureBytes &passphrase, RestoreMode mode,
                         const BackupProgress &progress, QList<BackupAccountPassword> &passwords) {
  if (mode == RestoreMode::IntoEmptyProfile && profileHoldsData(database))
    return tl::unexpected(BackupFailure::ProfileNotEmpty);

  // Pass 1 proves the whole file authentic and complete before anything is written; the
  // single transaction of pass 2 covers a file that changes in between.
  QElapsedTimer timer;
  timer.start();
  const quint64 size = QFileInfo(path).size();
  const quint64 total = 2 * size;
  auto verified =
      verify(path, passphrase,
             progress ? BackupProgress([&](quint64 done, quint64) { return progress(done, total); })
                      : BackupProgress());
  if (!verified)
    return tl::unexpected(verified.error());

  BackupSummary summary = *verified;
  crypto::BackupReader reader;
  QElapsedTimer kdf;
  kdf.start();
  if (auto opened = reader.open(path, passphrase); !opened)
    return tl::unexpected(fromContainerError(opened.error()));
  summary.kdfMs += kdf.elapsed();
  BackupImporter importer(database, mode == RestoreMode::MergeIntoExisting ? BackupImporter::Mode::Merge
                                                                           : BackupImporter::Mode::Fresh);
  if (auto begun = importer.begin(); !begun)
    return tl::unexpected(begun.error());
  auto applied = readAll(
      reader, [&importer](const crypto::BackupRecord &record) { return importer.apply(record); }, progress,
      size, total);
  if (!applied)
    return tl::unexpected(applied.error());
  if (auto committed = importer.commit(); !committed)
    return tl::unexpected(committed.error());
  summary.skippedExisting = importer.skippedExisting();
  passwords = importer.passwords();
  summary.totalMs = timer.elapsed();
  qCInfo(lcApp) << "backup restored:" << summary.count(crypto::BackupRecordType::Message) << "messages in"
                << summary.totalMs << "ms;" << summary.skippedExisting << "already present";
  return summary;
}

tl::expected<BackupSummary, BackupFailure>
BackupManager::finishRestore(BackupSummary summary, const QList<BackupAccountPassword> &passwords,
                             RestoreMode mode) {
  Session *session = controller_.session_.get();
  if (!session)
    return tl::unexpected(BackupFailure::NoProfile);
  // The password goes where this profile keeps passwords (this machine's keychain, or the
  // encrypted database in passphrase mode), unless the profile already had one.
  storage::AccountRepository accounts(session->opened.database);
  for (const auto &entry : passwords) {
    auto account = accounts.findByJid(entry.jid);
    if (!account || !account->has_value()) {
      summary.passwordRestored = false;
      continue;
    }
    const std::int64_t id = (*account)->id;
    if (mode == RestoreMode::MergeIntoExisting && session->passwords->load(id, entry.jid))
      continue;
    if (!session->passwords->store(id, entry.jid, entry.password))
      summary.passwordRestored = false;
  }

  // Re-open so that the controller sees the restored account and OMEMO identity.
  const ProfileOptions options = session->options;
  if (!controller_.openProfile(options))
    return tl::unexpected(BackupFailure::StorageFailed);
  return summary;
}

} // namespace sotto::app
