#pragma once

#include <QByteArray>
#include <QString>

// A Secret Service collection of the test's own in the private gnome-keyring that
// scripts/test starts, with a password the test knows. The test moves a keychain entry
// into it and locks it: a read then meets a locked keyring whose unlock prompt nobody can
// answer (the private bus has no prompter), which is what "access denied" looks like on a
// desktop where the user dismisses the prompt. Other tests keep using the "login"
// collection, which stays unlocked; locking and unlocking here uses gnome-keyring's
// master-password interface, so no prompt is ever needed.
class LockableCollection {
public:
  LockableCollection(); // creates the collection; check isValid()
  ~LockableCollection();
  LockableCollection(const LockableCollection &) = delete;
  LockableCollection &operator=(const LockableCollection &) = delete;

  [[nodiscard]] bool isValid() const { return !path_.isEmpty(); }
  [[nodiscard]] QString error() const { return error_; }

  // Moves the item in the default collection whose attributes carry `attributeValue`
  // (the keychain account name) into this collection: same attributes, same secret.
  bool adoptItemWithAttributeValue(const QString &attributeValue);
  bool lock();
  bool unlock();
  [[nodiscard]] bool isLocked();

private:
  bool fail(const QString &what);

  QString path_;
  QString session_;
  QByteArray password_;
  QString error_;
};
