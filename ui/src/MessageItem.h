#pragma once

#include "sotto/app/MessageEntry.h"

namespace sotto::ui {

// What the chat view shows of one stored message: app's plain value, never storage's
// rows or SQL. The paging model holds a window of these.
using MessageItem = app::MessageEntry;

} // namespace sotto::ui
