#include "TrayStatusItem.h"

#include "TrayIcon.h"
#include "TrayIconImage.h"

#include <QCoreApplication>
#include <QImage>
#include <QtEndian>

namespace sotto::ui {

namespace {
// The icon with its badge in the form a tray host reads.
TrayPixmap drawIcon(int size, int unread) {
  const QImage image = trayIconImage(size, unread);
  // The specification wants non-premultiplied ARGB32 in network byte order.
  const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
  QByteArray bytes(argb.sizeInBytes(), Qt::Uninitialized);
  auto *out = reinterpret_cast<quint32 *>(bytes.data());
  for (int y = 0; y < argb.height(); ++y) {
    const auto *line = reinterpret_cast<const quint32 *>(argb.constScanLine(y));
    for (int x = 0; x < argb.width(); ++x)
      *out++ = qToBigEndian(line[x]);
  }
  return {size, size, bytes};
}
} // namespace

TrayStatusItem::TrayStatusItem(TrayIcon *icon) : QObject(icon), icon_(icon) {
}

QString TrayStatusItem::title() const {
  return QCoreApplication::applicationName();
}

QString TrayStatusItem::status() const {
  return icon_->unreadCount() > 0 ? QStringLiteral("NeedsAttention") : QStringLiteral("Active");
}

TrayPixmaps TrayStatusItem::iconPixmap() const {
  return {drawIcon(22, icon_->unreadCount()), drawIcon(32, icon_->unreadCount()),
          drawIcon(64, icon_->unreadCount())};
}

TrayToolTip TrayStatusItem::toolTip() const {
  return {QString(), {}, title(), icon_->toolTipText()};
}

QDBusObjectPath TrayStatusItem::menu() const {
  return QDBusObjectPath(QStringLiteral("/MenuBar"));
}

void TrayStatusItem::announceChange() {
  Q_EMIT NewIcon();
  Q_EMIT NewToolTip();
  Q_EMIT NewStatus(status());
}

void TrayStatusItem::Activate(int, int) {
  icon_->showWindow();
}

void TrayStatusItem::SecondaryActivate(int, int) {
  icon_->showWindow();
}

void TrayStatusItem::ContextMenu(int, int) {
  // Hosts show the dbusmenu at Menu themselves.
}

void TrayStatusItem::Scroll(int, const QString &) {
}

} // namespace sotto::ui
