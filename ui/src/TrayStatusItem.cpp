#include "TrayStatusItem.h"

#include "TrayIcon.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QtEndian>

namespace sotto::ui {

namespace {
// Sotto's icon, drawn (no file to find at run time) with the unread count as a red badge.
TrayPixmap drawIcon(int size, int unread) {
  QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  const qreal margin = size * 0.06;
  QPainterPath bubble;
  bubble.addRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.22,
                        size * 0.22);
  painter.fillPath(bubble, QColor(0x2f, 0x6f, 0xd6));
  QFont font;
  font.setBold(true);
  font.setPixelSize(qRound(size * 0.62));
  painter.setFont(font);
  painter.setPen(Qt::white);
  painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("S"));
  if (unread > 0) {
    const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    const qreal diameter = size * 0.56;
    const QRectF badge(size - diameter, 0, diameter, diameter);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x30, 0x25));
    painter.drawEllipse(badge);
    font.setPixelSize(qRound(diameter * (text.size() > 2 ? 0.42 : 0.62)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
  }
  painter.end();
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
