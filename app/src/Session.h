#pragma once

#include "MessageService.h"
#include "OmemoService.h"
#include "PasswordStore.h"
#include "ProfileLoader.h"
#include "SafetyService.h"
#include "TypingService.h"

#include "sotto/app/ProfileOptions.h"

#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/DiscoManager.h"
#include "sotto/xmpp/PepManager.h"
#include "sotto/xmpp/PresenceManager.h"
#include "sotto/xmpp/RosterManager.h"

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
  // Per connection: made once the account is known, dropped with the client.
  std::unique_ptr<xmpp::DiscoManager> disco;
  std::unique_ptr<xmpp::PresenceManager> presence;
  std::unique_ptr<xmpp::RosterManager> roster;
  std::unique_ptr<xmpp::PepManager> pep;
  std::unique_ptr<OmemoService> omemo;
  std::unique_ptr<SafetyService> safety; // before messages: MessageService points to it
  std::unique_ptr<MessageService> messages;
  std::unique_ptr<TypingService> typing; // after messages and safety: it points to both
  // Sign-in in progress for an account not yet in the profile: stored once it succeeds.
  QString pendingJid;
  QString pendingPassword;
  bool registering = false;
  xmpp::ClientSettings clientSettings; // the last connection's (the password is needed to reconnect)
  bool directTls = false;
};

} // namespace sotto::app
