#pragma once

#include <QImage>

namespace sotto::ui {

// Sotto's tray icon, drawn (no file to find at run time), with the unread count as a red
// badge in its top right corner ("99+" above 99; none at 0). Both tray backends use it:
// TrayStatusItem (StatusNotifierItem) and SystemTrayIcon (QSystemTrayIcon).
QImage trayIconImage(int size, int unread);

} // namespace sotto::ui
