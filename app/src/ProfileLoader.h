#pragma once

#include "sotto/app/AppError.h"
#include "sotto/app/ProfileOptions.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/Profile.h"

#include <tl/expected.hpp>

namespace sotto::app {

// An unlocked profile: the locked directory and its open, migrated database.
struct OpenedProfile {
  storage::Profile profile;
  storage::Database database;
  bool keychain = false; // the database key lives in the OS keychain
  QString keychainEntry; // the vault's keychain entry name (prefix for our own entries)
  QString recoveryCode;  // only when the profile was just created: show once
};

// Opens or creates a profile: takes the directory lock, makes or unlocks the database
// key (keychain first, passphrase when there is none or the profile uses one) and
// migrates the schema. Blocks briefly on the keychain: called at start-up.
class ProfileLoader {
public:
  static tl::expected<OpenedProfile, AppError::Code> load(const ProfileOptions &options);
};

} // namespace sotto::app
