#pragma once

#include <QString>

namespace sotto::gui {

// Which scene graph draws the window. Without a GPU, Qt Quick's OpenGL path runs on Mesa's
// llvmpipe: every frame is rasterized on the CPU by JIT-compiled shaders, and making the
// context costs tens of milliseconds before anything shows. Qt Quick's software adaptation
// (QPainter) draws Sotto's flat, effect-free window for much less: the first frame of the
// 1M-message profile came ~40 % sooner on the reference machine (docs/PERFORMANCE.md "ui").
class GraphicsBackend {
public:
  // True where no GPU render node is in driDirectory (Linux's /dev/dri) and the user named
  // no backend (QT_QUICK_BACKEND, QSG_RHI_BACKEND): a desktop with a GPU keeps OpenGL.
  static bool softwareIsBetter(const QString &driDirectory);
  // Applies that choice; call before the first window is made.
  static void choose();
};

} // namespace sotto::gui
