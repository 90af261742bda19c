// MessagingController::openProfileInBackground: the GUI's way to open a profile. Unlocking
// costs a keychain round trip or an Argon2id derivation (64–256 MiB), and opening the
// database reads and checks its first pages; on the UI thread that is a frozen window and,
// at start-up, time the QML engine could have spent loading the window beside it.
#include "sotto/app/MessagingController.h"

#include "ProfileLoader.h"

#include <memory>
#include <optional>

namespace sotto::app {

bool MessagingController::isOpeningInBackground() const {
  return !openingThread_.isNull();
}

bool MessagingController::openProfileInBackground(const ProfileOptions &options) {
  if (isOpeningInBackground())
    return false;
  // The old session's lock on its directory goes before the worker takes the new one.
  closeProfile();
  using Result = tl::expected<OpenedProfile, AppError::Code>;
  auto result = std::make_shared<std::optional<Result>>();
  // Only plain values cross: the worker makes no QObject that outlives it, and the
  // SQLCipher connection is handed over once the worker has stopped using it.
  QThread *worker = QThread::create([options, result]() { result->emplace(ProfileLoader::load(options)); });
  worker->setObjectName(QStringLiteral("sotto-profile-open"));
  openingThread_ = worker;
  connect(worker, &QThread::finished, this, [this, worker, options, result]() {
    worker->deleteLater();
    openingThread_.clear();
    Result &loaded = **result; // set: the worker ran to its end
    bool opened = false;
    if (loaded)
      opened = adoptProfile(options, std::move(*loaded));
    else
      reportError(loaded.error());
    Q_EMIT profileOpenFinished(opened);
  });
  worker->start();
  return true;
}

} // namespace sotto::app
