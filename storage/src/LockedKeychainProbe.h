#pragma once

#include <QString>

namespace sotto::storage::detail {

// QtKeychain answers "entry not found" when the Secret Service holds the entry in a
// locked collection and the unlock prompt was dismissed or could not be shown (a locked
// login keyring after auto-login, a headless session). Telling the user their key is gone
// would be wrong and alarming: the key is there, the keyring only needs unlocking. This
// asks the Secret Service directly whether a locked item matches the entry QtKeychain
// looks up (its libsecret schema: attributes "user" = account, "server" = service).
// False where there is no Secret Service (macOS, Windows, no session bus).
[[nodiscard]] bool secretServiceHasLockedEntry(const QString &service, const QString &account, int timeoutMs);

} // namespace sotto::storage::detail
