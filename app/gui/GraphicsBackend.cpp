#include "GraphicsBackend.h"

#include <QDir>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace sotto::gui {

bool GraphicsBackend::softwareIsBetter(const QString &driDirectory) {
  if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
    return false; // the user's choice stands
#ifdef Q_OS_LINUX
  // Every GPU driver in use (Mesa's, NVIDIA's) offers a render node; llvmpipe does not.
  const QStringList renderNodes =
      QDir(driDirectory).entryList({QStringLiteral("renderD*")}, QDir::System | QDir::Files);
  return renderNodes.isEmpty();
#else
  // Windows falls back to its own software rasterizer (WARP) and macOS always has Metal.
  Q_UNUSED(driDirectory)
  return false;
#endif
}

void GraphicsBackend::choose() {
  if (softwareIsBetter(QStringLiteral("/dev/dri")))
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace sotto::gui
