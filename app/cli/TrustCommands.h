#pragma once

#include <QStringList>

namespace sotto::cli {

class CliContext;

// `devices [JID]`, `trust JID DEVICE trusted|untrusted|verified`, `safety-number JID`,
// `fingerprint`, `contacts [add JID]`. All but `contacts` work offline from the profile.
class TrustCommands {
public:
  static int devices(CliContext &context, const QStringList &arguments);
  static int trust(CliContext &context, const QStringList &arguments);
  static int safetyNumber(CliContext &context, const QStringList &arguments);
  static int fingerprint(CliContext &context);
  static int contacts(CliContext &context, const QStringList &arguments);
};

} // namespace sotto::cli
