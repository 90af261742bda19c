#pragma once

// Walks a window's accessibility tree (what a screen reader sees, through the QAccessible
// API) and names every interactive control that has no accessible name a person could
// hear: empty, or only symbols ("←", "⚙", "+").
#include <QAccessible>
#include <QAccessibleInterface>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QStringList>
#include <QWindow>

namespace sotto::ui::test {

inline QString accessibleRoleName(QAccessible::Role role) {
  const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
  return key != nullptr ? QString::fromLatin1(key) : QString::number(int(role), 16);
}

// Something a user operates: a control role, or anything that can be pressed or toggled.
// (Not PageTab by role: Qt Quick Controls give every Page that role; a real tab button
// is caught by its press action.)
inline bool isInteractive(QAccessibleInterface *node) {
  switch (node->role()) {
  case QAccessible::Button:
  case QAccessible::CheckBox:
  case QAccessible::RadioButton:
  case QAccessible::ComboBox:
  case QAccessible::Slider:
  case QAccessible::SpinBox:
  case QAccessible::Dial:
  case QAccessible::MenuItem:
  case QAccessible::Link:
  case QAccessible::ButtonMenu:
  case QAccessible::ButtonDropDown:
  case QAccessible::ButtonDropGrid:
    return true;
  default:
    break;
  }
  if (QAccessibleActionInterface *actions = node->actionInterface()) {
    const QStringList names = actions->actionNames();
    if (names.contains(QAccessibleActionInterface::pressAction()) ||
        names.contains(QAccessibleActionInterface::toggleAction()))
      return true;
  }
  // Text fields, unless read-only (the text shown inside a ComboBox is one).
  QObject *object = node->object();
  const bool readOnly =
      node->state().readOnly || (object != nullptr && object->property("readOnly").toBool());
  return (node->role() == QAccessible::EditableText || node->state().editable) && !readOnly;
}

// A name a screen reader can say: at least one letter or digit.
inline bool isSpeakable(const QString &name) {
  return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// "ConversationListPane(conversationListPane)" for the path of a finding.
inline QString describeNode(QAccessibleInterface *node) {
  QString type;
  QString objectName;
  if (QObject *object = node->object()) {
    type = QString::fromLatin1(object->metaObject()->className());
    type.remove(QRegularExpression(QStringLiteral("_QMLTYPE_\\d+|_QML_\\d+")));
    type.remove(QRegularExpression(QStringLiteral("^QQuick")));
    objectName = object->objectName();
  }
  QString text = accessibleRoleName(node->role()) + QLatin1Char(':') + type;
  const QString name = node->text(QAccessible::Name);
  if (!objectName.isEmpty())
    text += QStringLiteral("(%1)").arg(objectName);
  text += QStringLiteral("[\"%1\"]").arg(name.left(30));
  if (node->state().passwordEdit)
    text += QStringLiteral("[password, description \"%1\"]").arg(node->text(QAccessible::Description));
  return text;
}

// What a screen reader says for the control. Qt 6.4 reports no name at all for a password
// field (QQuickAccessibleAttached::name() returns nothing once passwordEdit is set, and
// a TextField sets it itself for echoMode Password), so there the description carries
// the label — and a TextField always sets its description to its placeholderText when
// accessibility turns on, so a password field's placeholder is its spoken label.
inline QString spokenLabel(QAccessibleInterface *node) {
  const QString name = node->text(QAccessible::Name);
  if (name.isEmpty() && node->state().passwordEdit)
    return node->text(QAccessible::Description);
  return name;
}

inline void collectUnnamedControls(QAccessibleInterface *node, const QString &path, QStringList &findings,
                                   int depth = 0) {
  if (node == nullptr || !node->isValid() || depth > 80)
    return;
  if (node->state().invisible)
    return; // not on screen, not read out
  const QString here =
      path.isEmpty() ? describeNode(node) : path + QStringLiteral(" / ") + describeNode(node);
  if (isInteractive(node) && !isSpeakable(spokenLabel(node)))
    findings << here;
  // A field that hides what is typed must say so, or a screen reader echoes the secret.
  if (QObject *object = node->object(); object != nullptr &&
                                        object->property("echoMode").toInt() == 2 /* TextInput.Password */ &&
                                        !node->state().passwordEdit)
    findings << here + QStringLiteral(" (a password field not marked passwordEdit)");
  // A combo box's or spin box's inner text field is the style's; the box itself is named.
  if (node->role() == QAccessible::ComboBox || node->role() == QAccessible::SpinBox)
    return;
  for (int i = 0; i < node->childCount(); ++i)
    collectUnnamedControls(node->child(i), here, findings, depth + 1);
}

// All interactive controls of the window without a speakable accessible name, as paths.
inline QStringList unnamedControls(QWindow *window) {
  QStringList findings;
  collectUnnamedControls(QAccessible::queryAccessibleInterface(window), QString(), findings);
  return findings;
}

// How many interactive controls the window shows (so a walk that finds nothing is known
// to have walked something).
inline int countInteractive(QAccessibleInterface *node, int depth = 0) {
  if (node == nullptr || !node->isValid() || depth > 80 || node->state().invisible)
    return 0;
  int count = isInteractive(node) ? 1 : 0;
  for (int i = 0; i < node->childCount(); ++i)
    count += countInteractive(node->child(i), depth + 1);
  return count;
}

} // namespace sotto::ui::test
