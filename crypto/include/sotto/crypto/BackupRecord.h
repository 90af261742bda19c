#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>

#include <cstdint>
#include <map>

namespace sotto::crypto {

// The logical record types of docs/BACKUP-FORMAT.md. Values are on the wire: never
// renumber, only append. Readers skip types they do not know (forward compatibility).
class BackupRecordTypes {
  Q_GADGET
public:
  enum class Type : quint16 {
    Account = 1,
    IdentityKey = 2, // our identity key pair + device id
    PreKey = 3,
    SignedPreKey = 4,
    Session = 5,
    TrustDecision = 6, // a peer device's identity key and what the user decided
    DeviceList = 7,
    Contact = 8,
    Conversation = 9,
    Message = 10,
    Setting = 11,
    EndOfStream = 0xFFFF, // written by BackupWriter::finish(), never by callers
  };
  Q_ENUM(Type)
};

using BackupRecordType = BackupRecordTypes::Type;

// One record: the payload encoding is defined per (type, version) by the layer that
// produces it (app/BackupManager); this container treats it as opaque bytes.
struct BackupRecord {
  BackupRecordType type = BackupRecordType::Account;
  quint16 version = 1;
  QByteArray payload;
};

// Records per type (the wire value), as stored in the end-of-stream record.
using BackupCounts = std::map<quint16, quint64>;

} // namespace sotto::crypto
