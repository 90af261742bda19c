#pragma once

#include <QString>

namespace sotto::app {

// What every front end says about itself (--version, About): one source, CMake's
// project version.
struct ApplicationInfo {
  static QString name();
  static QString version();
  // "Sotto 0.1.0 (Qt 6.4.2, SQLCipher 3.4.1, libsignal-protocol-c)"
  static QString versionLine();
  // Sets application name, organisation and version on the running QCoreApplication.
  static void applyToApplication();
};

} // namespace sotto::app
