#pragma once

#include "sotto/crypto/SafetyNumber.h"

#include <QString>

#include <optional>

namespace sotto::app {

struct Session;

// The safety number between the session's account and `jid` over both sides' active
// device keys; nullopt while no key of the contact is known. Shared by the digits the
// controller shows and the scannable code it compares.
std::optional<crypto::SafetyNumber> sessionSafetyNumber(Session &session, const QString &jid);

} // namespace sotto::app
