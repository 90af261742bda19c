#include "ArchiveBatch.h"

#include <utility>

namespace sotto::app {

namespace {
// The keys MessageRepository::findDuplicate looks up, as one string each.
QString stanzaKey(const storage::Message &message) {
  return QString::number(message.conversationId) + QLatin1String("\ts\t") + message.stanzaId;
}
QString originKey(const storage::Message &message) {
  return QString::number(message.conversationId) + QLatin1String("\to\t") + message.originId +
         QLatin1Char('\t') + message.senderJid;
}
} // namespace

ArchiveBatch::ArchiveBatch(storage::Transaction transaction) : transaction_(std::move(transaction)) {
  age_.start();
}

std::unique_ptr<ArchiveBatch> ArchiveBatch::begin(storage::Database &database) {
  auto transaction = storage::Transaction::begin(database);
  if (!transaction)
    return nullptr;
  return std::unique_ptr<ArchiveBatch>(new ArchiveBatch(std::move(*transaction)));
}

void ArchiveBatch::add(const QString &conversation, const storage::Message &message) {
  pending_.append(message);
  pendingPeers_.append(conversation);
  if (!message.stanzaId.isEmpty())
    pendingKeys_.insert(stanzaKey(message));
  if (!message.originId.isEmpty())
    pendingKeys_.insert(originKey(message));
}

bool ArchiveBatch::holds(const storage::Message &message) const {
  return (!message.stanzaId.isEmpty() && pendingKeys_.contains(stanzaKey(message))) ||
         (!message.originId.isEmpty() && pendingKeys_.contains(originKey(message)));
}

void ArchiveBatch::notePendingInserted(const QList<std::int64_t> &ids) {
  for (qsizetype i = 0; i < ids.size() && i < pendingPeers_.size(); ++i)
    stored_.append({pendingPeers_.at(i), ids.at(i)});
  pending_.clear();
  pendingPeers_.clear();
  pendingKeys_.clear();
}

std::optional<std::int64_t> ArchiveBatch::conversationId(const QString &peer) const {
  const auto found = conversations_.constFind(peer);
  if (found == conversations_.cend())
    return std::nullopt;
  return *found;
}

} // namespace sotto::app
