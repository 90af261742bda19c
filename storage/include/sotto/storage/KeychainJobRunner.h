#pragma once

namespace QKeychain {
class Job;
}

namespace sotto::storage {

// How long Sotto waits for the keychain unless a caller says otherwise.
inline constexpr int kKeychainTimeoutMs = 20000;

// Runs a QtKeychain job to completion and says whether it finished within `timeoutMs`;
// then `job.error()` says how it went. A hung D-Bus cannot hang Sotto longer than the
// timeout. Callable from any thread: the UI thread, or a worker that runs no event loop of
// its own (a plain QThread, as when the profile is opened off the UI thread at start-up).
// The job itself runs on one keychain thread that lives as long as the process, because
// QtKeychain's job queue is not safe to use from several threads; the caller waits on a
// local event loop. The job must have no parent; it is handed back to the calling thread
// before this returns and stays the caller's (auto-delete is turned off).
[[nodiscard]] bool runKeychainJob(QKeychain::Job &job, int timeoutMs);

} // namespace sotto::storage
