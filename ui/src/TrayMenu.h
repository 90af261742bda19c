#pragma once

#include "TrayDBusTypes.h"

#include <QObject>
#include <QStringList>

namespace sotto::ui {

// The tray icon's menu as com.canonical.dbusmenu (what StatusNotifierItem hosts read):
// "Show Sotto" and "Quit". Two fixed entries, so the layout never changes.
class TrayMenu : public QObject {
  Q_OBJECT
  Q_CLASSINFO("D-Bus Interface", "com.canonical.dbusmenu")
  Q_PROPERTY(uint Version READ version)
  Q_PROPERTY(QString TextDirection READ textDirection)
  Q_PROPERTY(QString Status READ status)
  Q_PROPERTY(QStringList IconThemePath READ iconThemePath)
public:
  enum Entry { Root = 0, ShowEntry = 1, QuitEntry = 2 };

  explicit TrayMenu(QObject *parent = nullptr);

  [[nodiscard]] uint version() const { return 3; }
  [[nodiscard]] QString textDirection() const;
  [[nodiscard]] QString status() const { return QStringLiteral("normal"); }
  [[nodiscard]] QStringList iconThemePath() const { return {}; }

public Q_SLOTS:
  Q_SCRIPTABLE uint GetLayout(int parentId, int recursionDepth, const QStringList &propertyNames,
                              sotto::ui::TrayMenuLayout &layout);
  Q_SCRIPTABLE sotto::ui::TrayMenuPropertiesList GetGroupProperties(const QList<int> &ids,
                                                                    const QStringList &propertyNames);
  Q_SCRIPTABLE QDBusVariant GetProperty(int id, const QString &name);
  Q_SCRIPTABLE void Event(int id, const QString &eventId, const QDBusVariant &data, uint timestamp);
  Q_SCRIPTABLE bool AboutToShow(int id);

Q_SIGNALS:
  Q_SCRIPTABLE void LayoutUpdated(uint revision, int parent);
  // Not D-Bus: what the user chose.
  void showRequested();
  void quitRequested();

private:
  [[nodiscard]] QVariantMap properties(int id) const;
};

} // namespace sotto::ui
