#pragma once

#include "MessagePageSource.h"

#include "sotto/app/MessageHistory.h"

namespace sotto::ui {

// Pages of one conversation read through app's MessageHistory on the controller's open
// profile; each page is an index range scan at any depth.
class HistoryMessageSource final : public MessagePageSource {
public:
  explicit HistoryMessageSource(app::MessageHistory history) : history_(std::move(history)) {}

  QList<MessageItem> newest(int limit) override { return history_.newest(limit); }
  QList<MessageItem> before(std::int64_t anchorId, int limit) override {
    return history_.before(anchorId, limit);
  }
  QList<MessageItem> after(std::int64_t anchorId, int limit) override {
    return history_.after(anchorId, limit);
  }
  std::optional<MessageItem> find(std::int64_t id) override { return history_.find(id); }

private:
  app::MessageHistory history_;
};

} // namespace sotto::ui
