#pragma once

namespace QKeychain {
class Job;
}

namespace sotto::app {

// Runs a QtKeychain job to completion and says whether it succeeded; a hung D-Bus cannot
// hang us longer than the timeout. Shared by the account password and the automatic
// backup passphrase, which both keep one entry in the profile's keychain service.
bool runKeychainJob(QKeychain::Job &job);

} // namespace sotto::app
