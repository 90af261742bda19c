// bench_ui_bare_window [--benchmark-report FILE …]: one Qt Quick Controls page with a few
// controls, started the way app/gui/main.cpp starts Sotto (Fusion style, an
// ApplicationWindow loaded by QQmlApplicationEngine) and measured by the same probe.
#include "BenchmarkProbe.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char *argv[]) {
  QGuiApplication application(argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
  QCommandLineParser parser;
  parser.addHelpOption();
  sotto::gui::BenchmarkProbe::addOptions(parser);
  parser.process(application);
  sotto::gui::BenchmarkProbe::Plan plan = sotto::gui::BenchmarkProbe::planFrom(parser);
  if (!parser.isSet(QStringLiteral("benchmark-ready-object")))
    plan.readyObject = QStringLiteral("barePage");

  QQmlApplicationEngine engine;
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreated, &application,
      [&plan](QObject *root, const QUrl &) {
        if (root == nullptr) {
          QCoreApplication::exit(1);
          return;
        }
        sotto::gui::BenchmarkProbe::attachIfRequested(qobject_cast<QQuickWindow *>(root), plan);
      },
      Qt::QueuedConnection);
  engine.load(QUrl(QStringLiteral("qrc:/bench/BareWindow.qml")));
  return QGuiApplication::exec();
}
