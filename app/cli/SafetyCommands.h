#pragma once

#include <QStringList>

namespace sotto::cli {

class CliContext;

// `requests`, `accept JID`, `block JID`, `unblock JID`, `blocked`,
// `report JID --reason spam|abuse|other [--include MESSAGE_ID…]`. Each connects first:
// requests arrive with the archive catch-up, and blocking is the server's list.
class SafetyCommands {
public:
  static int requests(CliContext &context, const QStringList &arguments);
  static int accept(CliContext &context, const QStringList &arguments);
  static int block(CliContext &context, const QStringList &arguments, bool blocking);
  static int blocked(CliContext &context, const QStringList &arguments);
  static int report(CliContext &context, const QStringList &arguments);
};

} // namespace sotto::cli
