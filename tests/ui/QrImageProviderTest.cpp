#include "QrImageProvider.h"

// std::string text(), the API newer ZXing versions keep.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QtTest>

using sotto::ui::QrImageProvider;

// The QR codes Sotto shows must scan: decode them again with ZXing, as a phone would.
class QrImageProviderTest : public QObject {
  Q_OBJECT

  static QString decode(const QImage &picture) {
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
      return {};
    return QString::fromStdString(result.text());
  }

private Q_SLOTS:
  void verificationLinkRoundTrips() {
    const QString link =
        QStringLiteral("xmpp:bob@example.org?omemo-sid-1234567=0a1b2c3d4e5f60718293a4b5c6d7e8f9"
                       "0a1b2c3d4e5f60718293a4b5c6d7e8f9;omemo-sid-42=ffeeddccbbaa99887766554433221100"
                       "ffeeddccbbaa99887766554433221100");
    QrImageProvider provider;
    QSize size;
    // QML asks with the percent-encoded text after image://qr/.
    const QString id = QrImageProvider::urlFor(link).mid(QStringLiteral("image://qr/").size());
    const QImage image = provider.requestImage(id, &size, QSize(300, 300));
    QVERIFY(!image.isNull());
    QCOMPARE(size, image.size());
    QVERIFY(image.width() >= 150 && image.width() <= 300);
    QCOMPARE(image.width(), image.height());
    QCOMPARE(decode(image), link);
  }

  void quietZoneIsWhite() {
    const QImage image = QrImageProvider::encode("sotto");
    QVERIFY(!image.isNull());
    for (int i = 0; i < image.width(); ++i) {
      QCOMPARE(qGray(image.pixel(i, 0)), 255);
      QCOMPARE(qGray(image.pixel(0, i)), 255);
      QCOMPARE(qGray(image.pixel(i, image.height() - 1)), 255);
    }
    // Finder pattern: the module just inside the quiet zone is dark.
    QCOMPARE(qGray(image.pixel(4, 4)), 0);
  }

  void emptyTextGivesNoImage() {
    QrImageProvider provider;
    QSize size(1, 1);
    QVERIFY(provider.requestImage(QString(), &size, QSize()).isNull());
    QVERIFY(!size.isValid());
  }
};

QTEST_MAIN(QrImageProviderTest)
#include "QrImageProviderTest.moc"
