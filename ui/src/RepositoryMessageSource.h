#pragma once

#include "MessagePageSource.h"

namespace sotto::storage {
class Database;
}

namespace sotto::ui {

// Pages of one conversation read through storage's MessageRepository on the database the
// controller opened (MessagingController::database()); each page is an index range scan.
class RepositoryMessageSource final : public MessagePageSource {
public:
  RepositoryMessageSource(storage::Database &database, std::int64_t conversationId);

  QList<MessageItem> newest(int limit) override;
  QList<MessageItem> before(std::int64_t anchorId, int limit) override;
  QList<MessageItem> after(std::int64_t anchorId, int limit) override;
  std::optional<MessageItem> find(std::int64_t id) override;

private:
  storage::Database &database_;
  std::int64_t conversationId_;
};

} // namespace sotto::ui
