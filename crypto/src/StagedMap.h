#pragma once

#include <algorithm>
#include <optional>
#include <vector>

namespace sotto::crypto::detail {

// The overlay of one store operation: a handful of entries (one session, maybe a prekey
// and an identity), so a vector with linear search beats hashing, and clear() keeps its
// capacity for the next operation. Entries are either read-through copies of the store
// (clean: a second read in the same operation does not hit the store again) or staged
// writes (dirty). A staged nullopt is a deletion.
template <typename Key, typename Value> class StagedMap {
public:
  struct Entry {
    Key key;
    std::optional<Value> value;
    bool dirty = false;
  };

  [[nodiscard]] const Entry *find(const Key &key) const {
    auto it = std::find_if(entries_.cbegin(), entries_.cend(), [&](const Entry &e) { return e.key == key; });
    return it == entries_.cend() ? nullptr : &*it;
  }
  void cache(const Key &key, std::optional<Value> value) { set(key, std::move(value), false); }
  void stage(const Key &key, std::optional<Value> value) { set(key, std::move(value), true); }
  void clear() { entries_.clear(); }
  [[nodiscard]] const std::vector<Entry> &entries() const { return entries_; }

private:
  void set(const Key &key, std::optional<Value> value, bool dirty) {
    for (Entry &entry : entries_) {
      if (entry.key == key) {
        entry.value = std::move(value);
        entry.dirty = entry.dirty || dirty;
        return;
      }
    }
    entries_.push_back({key, std::move(value), dirty});
  }

  std::vector<Entry> entries_;
};

} // namespace sotto::crypto::detail
