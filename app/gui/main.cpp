#include "sotto/app/ApplicationInfo.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Sotto_UiPlugin)

int main(int argc, char *argv[]) {
  QGuiApplication application(argc, argv);
  sotto::app::ApplicationInfo::applyToApplication();

  QQmlApplicationEngine engine;
  QObject::connect(
      &engine, &QQmlApplicationEngine::objectCreated, &application,
      [](QObject *root, const QUrl &) {
        if (root == nullptr)
          QCoreApplication::exit(1);
      },
      Qt::QueuedConnection);
  // Qt 6.4 has no loadFromModule(); the module's files sit under qrc:/Sotto/Ui.
  engine.load(QUrl(QStringLiteral("qrc:/Sotto/Ui/Main.qml")));
  return QGuiApplication::exec();
}
