#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sotto::ui {

// Reads the QR code in a picture file (a photo or screenshot of the other side's code),
// with ZXing on a worker thread: opening and decoding a camera photo takes longer than a
// frame. The answer comes back as decoded(text) or failed(reason); only the newest
// request answers. What the text means (a safety-number code, an xmpp: link, something
// else) is for the page to decide.
class QrCodeReader : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
  enum class Failure {
    UnreadableFile, // missing, not a picture, damaged, or absurdly large
    NoCode,         // a picture without a readable QR code
  };
  Q_ENUM(Failure)

  struct Result {
    QString text;                      // empty on failure
    Failure failure = Failure::NoCode; // why, when text is empty
  };

  explicit QrCodeReader(QObject *parent = nullptr);
  ~QrCodeReader() override;

  [[nodiscard]] bool busy() const { return busy_; }

  // A local file (file: URL, as FileDialog and drops give it). Answers asynchronously.
  Q_INVOKABLE void readFile(const QUrl &file);

  // The work itself, synchronous (the worker runs it; tests may call it directly).
  static Result readFileNow(const QString &path);
  static Result decode(const QImage &picture);

Q_SIGNALS:
  void busyChanged();
  void decoded(const QString &text);
  void failed(sotto::ui::QrCodeReader::Failure failure);

private:
  void finish();

  QFutureWatcher<Result> watcher_; // setFuture replaces a running request: only the newest answers
  bool busy_ = false;              // from readFile until its answer is out
};

} // namespace sotto::ui
