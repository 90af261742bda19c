#include "TrayDBusTypes.h"

#include <QDBusMetaType>

namespace sotto::ui {

void registerTrayDBusTypes() {
  static const bool registered = [] {
    qDBusRegisterMetaType<TrayPixmap>();
    qDBusRegisterMetaType<TrayPixmaps>();
    qDBusRegisterMetaType<TrayToolTip>();
    qDBusRegisterMetaType<TrayMenuLayout>();
    qDBusRegisterMetaType<TrayMenuProperties>();
    qDBusRegisterMetaType<TrayMenuPropertiesList>();
    return true;
  }();
  Q_UNUSED(registered)
}

QDBusArgument &operator<<(QDBusArgument &argument, const TrayPixmap &pixmap) {
  argument.beginStructure();
  argument << pixmap.width << pixmap.height << pixmap.argb;
  argument.endStructure();
  return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, TrayPixmap &pixmap) {
  argument.beginStructure();
  argument >> pixmap.width >> pixmap.height >> pixmap.argb;
  argument.endStructure();
  return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const TrayToolTip &toolTip) {
  argument.beginStructure();
  argument << toolTip.iconName << toolTip.pixmaps << toolTip.title << toolTip.description;
  argument.endStructure();
  return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, TrayToolTip &toolTip) {
  argument.beginStructure();
  argument >> toolTip.iconName >> toolTip.pixmaps >> toolTip.title >> toolTip.description;
  argument.endStructure();
  return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const TrayMenuLayout &layout) {
  argument.beginStructure();
  argument << layout.id << layout.properties;
  // Children travel as variants (av), each holding a layout of its own.
  argument.beginArray(qMetaTypeId<QDBusVariant>());
  for (const TrayMenuLayout &child : layout.children)
    argument << QDBusVariant(QVariant::fromValue(child));
  argument.endArray();
  argument.endStructure();
  return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, TrayMenuLayout &layout) {
  argument.beginStructure();
  argument >> layout.id >> layout.properties;
  layout.children.clear();
  argument.beginArray();
  while (!argument.atEnd()) {
    QDBusVariant child;
    argument >> child;
    layout.children.append(qdbus_cast<TrayMenuLayout>(child.variant()));
  }
  argument.endArray();
  argument.endStructure();
  return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const TrayMenuProperties &properties) {
  argument.beginStructure();
  argument << properties.id << properties.properties;
  argument.endStructure();
  return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, TrayMenuProperties &properties) {
  argument.beginStructure();
  argument >> properties.id >> properties.properties;
  argument.endStructure();
  return argument;
}

} // namespace sotto::ui
