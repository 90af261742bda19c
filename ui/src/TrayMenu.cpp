#include "TrayMenu.h"

#include <QGuiApplication>

namespace sotto::ui {

TrayMenu::TrayMenu(QObject *parent) : QObject(parent) {
}

QString TrayMenu::textDirection() const {
  return QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                               : QStringLiteral("ltr");
}

QVariantMap TrayMenu::properties(int id) const {
  switch (id) {
  case Root:
    return {{QStringLiteral("children-display"), QStringLiteral("submenu")}};
  case ShowEntry:
    return {{QStringLiteral("label"), tr("Show Sotto")}};
  case QuitEntry:
    return {{QStringLiteral("label"), tr("Quit")}};
  default:
    return {};
  }
}

uint TrayMenu::GetLayout(int parentId, int recursionDepth, const QStringList &, TrayMenuLayout &layout) {
  layout = TrayMenuLayout{parentId, properties(parentId), {}};
  if (parentId == Root && recursionDepth != 0)
    for (const int id : {int(ShowEntry), int(QuitEntry)})
      layout.children.append(TrayMenuLayout{id, properties(id), {}});
  return 1; // the revision: the layout never changes
}

TrayMenuPropertiesList TrayMenu::GetGroupProperties(const QList<int> &ids, const QStringList &) {
  TrayMenuPropertiesList list;
  for (const int id : ids)
    list.append(TrayMenuProperties{id, properties(id)});
  return list;
}

QDBusVariant TrayMenu::GetProperty(int id, const QString &name) {
  return QDBusVariant(properties(id).value(name));
}

void TrayMenu::Event(int id, const QString &eventId, const QDBusVariant &, uint) {
  if (eventId != u"clicked")
    return;
  if (id == ShowEntry)
    Q_EMIT showRequested();
  else if (id == QuitEntry)
    Q_EMIT quitRequested();
}

bool TrayMenu::AboutToShow(int) {
  return false; // nothing to update before showing
}

} // namespace sotto::ui
