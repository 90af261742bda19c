#include "KeychainClient.h"

#include "LockedKeychainProbe.h"
#include "sotto/storage/KeychainJobRunner.h"
#include "sotto/storage/Logging.h"

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace sotto::storage::detail {

namespace {

using Outcome = KeychainClient::Outcome;

KeychainClient::Reply runJob(QKeychain::Job &job, int timeoutMs) {
  if (!runKeychainJob(job, timeoutMs))
    return {Outcome::Failed, QStringLiteral("the keychain did not answer in time")};

  KeychainClient::Reply reply{Outcome::Failed, job.errorString()};
  switch (job.error()) {
  case QKeychain::NoError:
    reply.outcome = Outcome::Ok;
    break;
  case QKeychain::EntryNotFound:
    reply.outcome = Outcome::NotFound;
    break;
  case QKeychain::AccessDenied:
  case QKeychain::AccessDeniedByUser:
    reply.outcome = Outcome::AccessDenied;
    break;
  case QKeychain::NoBackendAvailable:
  case QKeychain::NotImplemented:
    reply.outcome = Outcome::NoBackend;
    break;
  case QKeychain::OtherError:
    // On Linux QtKeychain reports an unreachable Secret Service (no session bus, nothing
    // owning org.freedesktop.secrets) as OtherError: for Sotto that is "no keychain".
    reply.outcome = Outcome::NoBackend;
    break;
  case QKeychain::CouldNotDeleteEntry:
    reply.outcome = Outcome::Failed;
    break;
  }
  return reply;
}

void wipe(QByteArray &bytes) {
  // Wipes the shared buffer in place (no detach), so the job's copy goes too.
  if (!bytes.isEmpty())
    sodium_memzero(const_cast<char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

} // namespace

KeychainClient::KeychainClient(QString service, int timeoutMs)
    : service_(std::move(service)), timeoutMs_(timeoutMs) {
}

KeychainClient::Reply KeychainClient::write(const QString &account, const crypto::SecureBytes &secret) const {
  QKeychain::WritePasswordJob job(service_);
  job.setKey(account);
  job.setInsecureFallback(false); // never a plain file when the keychain is missing
  QByteArray bytes = secret.toByteArrayUnsafe();
  job.setBinaryData(bytes);
  Reply reply = runJob(job, timeoutMs_);
  wipe(bytes);
  return reply;
}

KeychainClient::Reply KeychainClient::read(const QString &account, crypto::SecureBytes &secret) const {
  QKeychain::ReadPasswordJob job(service_);
  job.setKey(account);
  job.setInsecureFallback(false);
  Reply reply = runJob(job, timeoutMs_);
  if (reply.outcome == Outcome::NotFound && secretServiceHasLockedEntry(service_, account, timeoutMs_))
    reply = {Outcome::AccessDenied, QStringLiteral("the keyring holding the entry is locked")};
  if (reply.outcome == Outcome::Ok) {
    QByteArray bytes = job.binaryData();
    secret = crypto::SecureBytes(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
  }
  return reply;
}

KeychainClient::Reply KeychainClient::remove(const QString &account) const {
  QKeychain::DeletePasswordJob job(service_);
  job.setKey(account);
  job.setInsecureFallback(false);
  return runJob(job, timeoutMs_);
}

} // namespace sotto::storage::detail
