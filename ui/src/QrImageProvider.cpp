#include "QrImageProvider.h"

#include <QUrl>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace sotto::ui {

namespace {
constexpr int kQuietZone = 4; // modules of white border required around a QR symbol

struct QrCodeDeleter {
  void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;
} // namespace

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {
}

QImage QrImageProvider::encode(const QByteArray &data) {
  if (data.isEmpty())
    return {};
  // encodeData takes the bytes as they are (8-bit mode), so binary scannables work too.
  QrCodePtr code(QRcode_encodeData(static_cast<int>(data.size()),
                                   reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                   QR_ECLEVEL_M));
  if (!code)
    return {};
  const int modules = code->width;
  const int side = modules + 2 * kQuietZone;
  QImage image(side, side, QImage::Format_Grayscale8);
  image.fill(255);
  for (int y = 0; y < modules; ++y) {
    uchar *line = image.scanLine(y + kQuietZone);
    for (int x = 0; x < modules; ++x)
      if ((code->data[y * modules + x] & 1U) != 0U) // bit 0: dark module
        line[x + kQuietZone] = 0;
  }
  return image;
}

QString QrImageProvider::urlFor(const QString &text) {
  return QStringLiteral("image://%1/%2")
      .arg(QLatin1String(kProviderId), QString::fromLatin1(QUrl::toPercentEncoding(text)));
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize) {
  const QByteArray text = QUrl::fromPercentEncoding(id.toLatin1()).toUtf8();
  QImage image = encode(text);
  if (image.isNull()) {
    if (size != nullptr)
      *size = QSize();
    return image;
  }
  // Scale by whole pixels per module so every module stays sharp and square.
  const int target = std::max(requestedSize.width(), requestedSize.height());
  if (target > image.width()) {
    const int factor = target / image.width();
    image = image.scaled(image.width() * factor, image.height() * factor, Qt::IgnoreAspectRatio,
                         Qt::FastTransformation);
  }
  if (size != nullptr)
    *size = image.size();
  return image;
}

} // namespace sotto::ui
