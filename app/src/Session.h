#pragma once

#include "PasswordStore.h"
#include "ProfileLoader.h"

#include "sotto/app/ProfileOptions.h"

#include "sotto/xmpp/Client.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace sotto::app {

// What an open profile holds while the controller runs: the unlocked database, the
// password store and, once an account exists, its connection. Owned by
// MessagingController; declared apart so the services beside it can share it.
struct Session {
  ProfileOptions options;
  OpenedProfile opened;
  std::unique_ptr<PasswordStore> passwords;
  std::int64_t accountId = 0; // 0: no account yet
  QString accountJid;
  std::unique_ptr<xmpp::Client> client;
  // Sign-in in progress for an account not yet in the profile: stored once it succeeds.
  QString pendingJid;
  QString pendingPassword;
  bool registering = false;
};

} // namespace sotto::app
