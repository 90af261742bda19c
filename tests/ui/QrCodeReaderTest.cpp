#include "QrCodeReader.h"
#include "QrImageProvider.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using sotto::ui::QrCodeReader;
using sotto::ui::QrImageProvider;

// Reading the other side's QR code from a picture file: codes Sotto draws come back as
// the same text, also inside a larger photo-like picture and shown light on dark; a
// picture without a code and a file that is no picture each fail with their own reason.
// Runs the real worker thread; answers are awaited by signal.
class QrCodeReaderTest : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  static const QString &link() {
    static const QString text =
        QStringLiteral("xmpp:alice@example.org?omemo-sid-1234567=06863bc66d02b40d27b8d49ca7c09e92"
                       "39236f9d7d25d6fcca5ce13c7064d868");
    return text;
  }

  // As QML would show it: whole pixels per module.
  static QImage rendered(const QString &text, int side = 300) {
    QrImageProvider provider;
    QSize size;
    return provider.requestImage(QrImageProvider::urlFor(text).mid(QStringLiteral("image://qr/").size()),
                                 &size, QSize(side, side));
  }

  QString save(const QImage &image, const QString &name) {
    const QString path = dir_.filePath(name);
    if (!image.save(path))
      return {};
    return path;
  }

  struct Answer {
    QString text;
    int failure = -1;
  };
  static Answer readThroughSignals(const QString &path) {
    QrCodeReader reader;
    QSignalSpy decoded(&reader, &QrCodeReader::decoded);
    QSignalSpy failed(&reader, &QrCodeReader::failed);
    reader.readFile(QUrl::fromLocalFile(path));
    if (!reader.busy())
      return {};
    if (!QTest::qWaitFor([&] { return !decoded.isEmpty() || !failed.isEmpty(); }, 20000))
      return {};
    if (reader.busy())
      return {};
    Answer answer;
    if (!decoded.isEmpty())
      answer.text = decoded.first().first().toString();
    if (!failed.isEmpty())
      answer.failure = int(failed.first().first().value<QrCodeReader::Failure>());
    return answer;
  }

private Q_SLOTS:
  void linkRoundTripsThroughAPngFile() {
    const QString path = save(rendered(link()), QStringLiteral("link.png"));
    QVERIFY(!path.isEmpty());
    const Answer answer = readThroughSignals(path);
    QCOMPARE(answer.text, link());
    QCOMPARE(answer.failure, -1);
  }

  void codeInsideAPhotoLikePicture() {
    // A 3000×2000 noisy grey "photo" with the code small and off-centre, as a JPEG.
    QImage photo(3000, 2000, QImage::Format_RGB32);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < photo.height(); ++y) {
      auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
      for (int x = 0; x < photo.width(); ++x) {
        const int v = 90 + int(random->bounded(60));
        line[x] = qRgb(v, v + 10, v - 10);
      }
    }
    QPainter painter(&photo);
    painter.drawImage(QPoint(1900, 500), rendered(link(), 600));
    painter.end();
    const QString path = save(photo, QStringLiteral("photo.jpg"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(QrCodeReader::readFileNow(path).text, link());
  }

  void lightOnDarkScreenshot() {
    QImage inverted = rendered(link()).convertToFormat(QImage::Format_RGB32);
    inverted.invertPixels();
    QCOMPARE(QrCodeReader::decode(inverted).text, link());
  }

  void blankPictureHasNoCode() {
    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const Answer answer = readThroughSignals(save(blank, QStringLiteral("blank.png")));
    QVERIFY(answer.text.isEmpty());
    QCOMPARE(answer.failure, int(QrCodeReader::Failure::NoCode));
  }

  void notAPictureIsUnreadable() {
    QFile text(dir_.filePath(QStringLiteral("notes.png")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not a picture\n");
    text.close();
    QCOMPARE(readThroughSignals(text.fileName()).failure, int(QrCodeReader::Failure::UnreadableFile));
    QCOMPARE(readThroughSignals(dir_.filePath(QStringLiteral("missing.png"))).failure,
             int(QrCodeReader::Failure::UnreadableFile));
  }

  void onlyTheNewestRequestAnswers() {
    const QString blank = dir_.filePath(QStringLiteral("blank.png"));
    const QString code = save(rendered(link()), QStringLiteral("newest.png"));
    QrCodeReader reader;
    QSignalSpy decoded(&reader, &QrCodeReader::decoded);
    QSignalSpy failed(&reader, &QrCodeReader::failed);
    reader.readFile(QUrl::fromLocalFile(blank));
    reader.readFile(QUrl::fromLocalFile(code));
    QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 20000);
    QCOMPARE(decoded.first().first().toString(), link());
    QTRY_VERIFY(!reader.busy());
    QVERIFY(failed.isEmpty());
  }
};

QTEST_MAIN(QrCodeReaderTest)
#include "QrCodeReaderTest.moc"
