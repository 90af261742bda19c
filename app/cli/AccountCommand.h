#pragma once

#include <QStringList>

namespace sotto::cli {

class CliContext;

// `account register JID [PASSWORD]`, `account login JID [PASSWORD]`, `account show`.
// Without PASSWORD the first line of standard input is read (keeps it out of `ps`).
class AccountCommand {
public:
  static int run(CliContext &context, const QStringList &arguments);
};

} // namespace sotto::cli
