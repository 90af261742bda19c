#pragma once

#include <QStringList>

namespace sotto::cli {

class CliContext;

// `send JID TEXT`, `listen [--count N] [--timeout S]`, `history JID [--limit N]`.
class MessageCommands {
public:
  static int send(CliContext &context, const QStringList &arguments);
  static int listen(CliContext &context, const QStringList &arguments);
  static int history(CliContext &context, const QStringList &arguments);
};

} // namespace sotto::cli
