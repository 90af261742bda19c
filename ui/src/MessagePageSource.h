#pragma once

#include "MessageItem.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace sotto::ui {

// Where the paging model gets its pages: each call returns at most `limit` messages of
// one conversation, oldest first, keyed by message id. Kept abstract so the window logic
// can be driven over any history (HistoryMessageSource is the real one).
class MessagePageSource {
public:
  virtual ~MessagePageSource() = default;
  virtual QList<MessageItem> newest(int limit) = 0;
  virtual QList<MessageItem> before(std::int64_t anchorId, int limit) = 0;
  virtual QList<MessageItem> after(std::int64_t anchorId, int limit) = 0;
  virtual std::optional<MessageItem> find(std::int64_t id) = 0;
};

} // namespace sotto::ui
