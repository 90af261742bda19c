#pragma once

#include <QByteArray>
#include <QImage>
#include <QQuickImageProvider>

namespace sotto::ui {

// "image://qr/<percent-encoded text>" draws the text as a QR code (libqrencode, error
// correction M, 8-bit mode), black modules on white with the 4-module quiet zone that
// scanners need. Used for the verification link and the safety number's scannable form.
class QrImageProvider : public QQuickImageProvider {
public:
  static constexpr const char *kProviderId = "qr";

  QrImageProvider();

  QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

  // One pixel per module (quiet zone included), or a null image when the data does not fit.
  static QImage encode(const QByteArray &data);
  // The URL QML binds to: image://qr/<encoded>.
  static QString urlFor(const QString &text);
};

} // namespace sotto::ui
