#pragma once

#include "TrayDBusTypes.h"

#include <QDBusObjectPath>
#include <QObject>

namespace sotto::ui {

class TrayIcon;

// The org.kde.StatusNotifierItem object the tray host reads: Sotto's icon with the unread
// badge, the tooltip, the menu's path; Activate (a click) raises the window.
class TrayStatusItem : public QObject {
  Q_OBJECT
  Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierItem")
  Q_PROPERTY(QString Category READ category)
  Q_PROPERTY(QString Id READ id)
  Q_PROPERTY(QString Title READ title)
  Q_PROPERTY(QString Status READ status)
  Q_PROPERTY(int WindowId READ windowId)
  Q_PROPERTY(QString IconName READ iconName)
  Q_PROPERTY(sotto::ui::TrayPixmaps IconPixmap READ iconPixmap)
  Q_PROPERTY(QString OverlayIconName READ emptyName)
  Q_PROPERTY(sotto::ui::TrayPixmaps OverlayIconPixmap READ noPixmaps)
  Q_PROPERTY(QString AttentionIconName READ emptyName)
  Q_PROPERTY(sotto::ui::TrayPixmaps AttentionIconPixmap READ noPixmaps)
  Q_PROPERTY(QString AttentionMovieName READ emptyName)
  Q_PROPERTY(sotto::ui::TrayToolTip ToolTip READ toolTip)
  Q_PROPERTY(bool ItemIsMenu READ itemIsMenu)
  Q_PROPERTY(QDBusObjectPath Menu READ menu)
public:
  explicit TrayStatusItem(TrayIcon *icon);

  [[nodiscard]] QString category() const { return QStringLiteral("Communications"); }
  [[nodiscard]] QString id() const { return QStringLiteral("sotto"); }
  [[nodiscard]] QString title() const;
  [[nodiscard]] QString status() const;
  [[nodiscard]] int windowId() const { return 0; }
  // Empty: the pixmap carries the badge, and hosts prefer a name when there is one.
  [[nodiscard]] QString iconName() const { return {}; }
  [[nodiscard]] TrayPixmaps iconPixmap() const;
  [[nodiscard]] QString emptyName() const { return {}; }
  [[nodiscard]] TrayPixmaps noPixmaps() const { return {}; }
  [[nodiscard]] TrayToolTip toolTip() const;
  [[nodiscard]] bool itemIsMenu() const { return false; }
  [[nodiscard]] QDBusObjectPath menu() const;

  // The unread count changed: hosts re-read the icon, the tooltip and the status.
  void announceChange();

public Q_SLOTS:
  Q_SCRIPTABLE void Activate(int x, int y);
  Q_SCRIPTABLE void SecondaryActivate(int x, int y);
  Q_SCRIPTABLE void ContextMenu(int x, int y);
  Q_SCRIPTABLE void Scroll(int delta, const QString &orientation);

Q_SIGNALS:
  Q_SCRIPTABLE void NewTitle();
  Q_SCRIPTABLE void NewIcon();
  Q_SCRIPTABLE void NewToolTip();
  Q_SCRIPTABLE void NewStatus(const QString &status);

private:
  TrayIcon *icon_;
};

} // namespace sotto::ui
