#include "sotto/storage/StorageError.h"

#include <QMetaEnum>

namespace sotto::storage {

QString StorageError::toString() const {
  const char *name = QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(code));
  QString text = QString::fromLatin1(name != nullptr ? name : "Unknown");
  if (sqliteCode != 0)
    text += QStringLiteral(" (SQLite %1)").arg(sqliteCode);
  return text + QStringLiteral(": ") + message;
}

} // namespace sotto::storage
