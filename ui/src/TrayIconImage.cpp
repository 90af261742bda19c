#include "TrayIconImage.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace sotto::ui {

QImage trayIconImage(int size, int unread) {
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
  return image;
}

} // namespace sotto::ui
