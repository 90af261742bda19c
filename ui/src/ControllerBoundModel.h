#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace sotto::app {
class MessagingController;
}

namespace sotto::ui {

// A list model that follows a MessagingController: it drops the old controller's
// connections when given another, and reads everything again when the controller, its
// profile or its account changes. Subclasses say which other signals they follow
// (followController) and how they read (reload).
class ControllerBoundModel : public QAbstractListModel {
  Q_OBJECT
  QML_ANONYMOUS
  // QObject * for QML (the controller's type is not registered there); must be a MessagingController.
  Q_PROPERTY(QObject *controller READ controllerObject WRITE setControllerObject NOTIFY controllerChanged)
public:
  [[nodiscard]] app::MessagingController *controller() const { return controller_; }
  void setController(app::MessagingController *controller);
  [[nodiscard]] QObject *controllerObject() const;
  void setControllerObject(QObject *controller);

Q_SIGNALS:
  void controllerChanged();

protected:
  explicit ControllerBoundModel(QObject *parent = nullptr);

  // Connects the signals this model follows besides profile and account changes; each
  // connection goes through follow() so the next controller change drops it.
  virtual void followController(app::MessagingController &controller);
  void follow(const QMetaObject::Connection &connection);
  // The controller, its profile or its account changed: read everything again.
  virtual void reload();

private:
  QPointer<app::MessagingController> controller_;
  QList<QMetaObject::Connection> connections_;
};

} // namespace sotto::ui
