#include "QrCodeReader.h"

#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

// std::string text(), the API newer ZXing versions keep.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

namespace sotto::ui {

namespace {
// A phone photo is 12–50 megapixels; anything far beyond is not a photo of a QR code and
// would only cost memory (QImageReader's own limit is 256 MiB).
constexpr qint64 kMaxPixels = 80LL * 1000 * 1000;
// Larger pictures are scaled down first: a QR code filling a fraction of a photo still
// has modules of several pixels at this size, and decoding gets much faster.
constexpr int kWorkingSide = 2400;

QString readGray(const QImage &gray, bool tryHarder) {
  const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                              static_cast<int>(gray.bytesPerLine()));
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  hints.setTryHarder(tryHarder);
  hints.setTryRotate(tryHarder);
  const ZXing::Result result = ZXing::ReadBarcode(view, hints);
  return result.isValid() ? QString::fromStdString(result.text()) : QString();
}
} // namespace

QrCodeReader::QrCodeReader(QObject *parent) : QObject(parent) {
  connect(&watcher_, &QFutureWatcher<Result>::finished, this, &QrCodeReader::finish);
}

QrCodeReader::~QrCodeReader() {
  // The worker only touches its own copies; waiting keeps it from outliving the process
  // state it may still use (the image plugins).
  watcher_.waitForFinished();
}

QrCodeReader::Result QrCodeReader::decode(const QImage &picture) {
  if (picture.isNull())
    return {QString(), Failure::UnreadableFile};
  QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
  if (std::max(gray.width(), gray.height()) > kWorkingSide)
    gray = gray.scaled(kWorkingSide, kWorkingSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  QString text = readGray(gray, true);
  if (text.isEmpty()) {
    // A code shown light on dark (a dark-mode screenshot): ZXing 1.4 reads dark on light only.
    gray.invertPixels();
    text = readGray(gray, true);
  }
  return {text, Failure::NoCode};
}

QrCodeReader::Result QrCodeReader::readFileNow(const QString &path) {
  QImageReader reader(path);
  reader.setAutoTransform(true); // a phone photo's EXIF orientation
  const QSize size = reader.size();
  if (!reader.canRead() || !size.isValid() || qint64(size.width()) * size.height() > kMaxPixels)
    return {QString(), Failure::UnreadableFile};
  QImage picture;
  if (!reader.read(&picture))
    return {QString(), Failure::UnreadableFile};
  return decode(picture);
}

void QrCodeReader::readFile(const QUrl &file) {
  const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
  watcher_.setFuture(QtConcurrent::run(&QrCodeReader::readFileNow, path));
  if (!busy_) {
    busy_ = true;
    Q_EMIT busyChanged();
  }
}

void QrCodeReader::finish() {
  // setFuture on a running watcher answers for the new future only, but a finished signal
  // of the replaced one may already be queued.
  if (!watcher_.isFinished())
    return;
  const Result result = watcher_.result();
  busy_ = false;
  Q_EMIT busyChanged();
  if (!result.text.isEmpty())
    Q_EMIT decoded(result.text);
  else
    Q_EMIT failed(result.failure);
}

} // namespace sotto::ui
