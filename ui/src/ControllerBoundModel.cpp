#include "ControllerBoundModel.h"

#include "sotto/app/MessagingController.h"

namespace sotto::ui {

ControllerBoundModel::ControllerBoundModel(QObject *parent) : QAbstractListModel(parent) {
}

QObject *ControllerBoundModel::controllerObject() const {
  return controller_.data();
}

void ControllerBoundModel::setControllerObject(QObject *controller) {
  setController(qobject_cast<app::MessagingController *>(controller));
}

void ControllerBoundModel::setController(app::MessagingController *controller) {
  if (controller_ == controller)
    return;
  for (const auto &connection : connections_)
    disconnect(connection);
  connections_.clear();
  controller_ = controller;
  if (controller_) {
    follow(connect(controller_, &app::MessagingController::profileChanged, this, [this]() { reload(); }));
    follow(connect(controller_, &app::MessagingController::accountChanged, this, [this]() { reload(); }));
    followController(*controller_);
  }
  Q_EMIT controllerChanged();
  reload();
}

void ControllerBoundModel::followController(app::MessagingController &controller) {
  Q_UNUSED(controller)
}

void ControllerBoundModel::follow(const QMetaObject::Connection &connection) {
  connections_.append(connection);
}

void ControllerBoundModel::reload() {
}

} // namespace sotto::ui
