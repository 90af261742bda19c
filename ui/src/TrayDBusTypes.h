#pragma once

#include <QByteArray>
#include <QDBusArgument>
#include <QDBusVariant>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace sotto::ui {

// The D-Bus structures of the StatusNotifierItem and com.canonical.dbusmenu interfaces,
// with their marshalling; registered once with registerTrayDBusTypes().

// One icon size: ARGB32 pixels in network byte order, (iiay).
struct TrayPixmap {
  int width = 0;
  int height = 0;
  QByteArray argb;
};
using TrayPixmaps = QList<TrayPixmap>;

// (sa(iiay)ss): icon name, icon pixmaps, title, description.
struct TrayToolTip {
  QString iconName;
  TrayPixmaps pixmaps;
  QString title;
  QString description;
};

// A menu entry with its children, (ia{sv}av).
struct TrayMenuLayout {
  int id = 0;
  QVariantMap properties;
  QList<TrayMenuLayout> children;
};

// An entry's properties, (ia{sv}).
struct TrayMenuProperties {
  int id = 0;
  QVariantMap properties;
};
using TrayMenuPropertiesList = QList<TrayMenuProperties>;

void registerTrayDBusTypes();

QDBusArgument &operator<<(QDBusArgument &argument, const TrayPixmap &pixmap);
const QDBusArgument &operator>>(const QDBusArgument &argument, TrayPixmap &pixmap);
QDBusArgument &operator<<(QDBusArgument &argument, const TrayToolTip &toolTip);
const QDBusArgument &operator>>(const QDBusArgument &argument, TrayToolTip &toolTip);
QDBusArgument &operator<<(QDBusArgument &argument, const TrayMenuLayout &layout);
const QDBusArgument &operator>>(const QDBusArgument &argument, TrayMenuLayout &layout);
QDBusArgument &operator<<(QDBusArgument &argument, const TrayMenuProperties &properties);
const QDBusArgument &operator>>(const QDBusArgument &argument, TrayMenuProperties &properties);

} // namespace sotto::ui

Q_DECLARE_METATYPE(sotto::ui::TrayPixmap)
Q_DECLARE_METATYPE(sotto::ui::TrayToolTip)
Q_DECLARE_METATYPE(sotto::ui::TrayMenuLayout)
Q_DECLARE_METATYPE(sotto::ui::TrayMenuProperties)
