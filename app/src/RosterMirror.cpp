#include "RosterMirror.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/ContactRepository.h"
#include "sotto/storage/Transaction.h"
#include "sotto/xmpp/RosterManager.h"

#include <QDateTime>
#include <QHash>
#include <QTextBoundaryFinder>

namespace sotto::app {

namespace {

storage::Subscription toSubscription(const QString &subscription) {
  if (subscription == u"both")
    return storage::Subscription::Both;
  if (subscription == u"to")
    return storage::Subscription::To;
  if (subscription == u"from")
    return storage::Subscription::From;
  return storage::Subscription::None;
}

// Characters that change how text around them is laid out or read, and show nothing.
// Zero-width joiners stay: Persian, Indic scripts and emoji sequences need them.
bool isInvisibleControl(char32_t c) {
  if (c == 0x200C || c == 0x200D)
    return false;
  switch (QChar::category(c)) {
  case QChar::Other_Control:
  case QChar::Other_Format: // bidi marks, embeddings, overrides and isolates among them
  case QChar::Other_Surrogate:
  case QChar::Other_PrivateUse:
  case QChar::Separator_Line:
  case QChar::Separator_Paragraph:
    return true;
  default:
    return false;
  }
}

} // namespace

QString RosterMirror::cleanName(const QString &name) {
  QString kept;
  kept.reserve(name.size());
  bool pendingSpace = false;
  for (const char32_t c : name.toUcs4()) {
    // Any whitespace (a tab, a line break) separates words by one space.
    if (QChar::isSpace(c)) {
      pendingSpace = !kept.isEmpty();
      continue;
    }
    if (isInvisibleControl(c) || c == 0xFFFD)
      continue;
    if (pendingSpace)
      kept.append(u' ');
    pendingSpace = false;
    kept.append(QString::fromUcs4(&c, 1));
  }
  if (kept.toUcs4().size() <= kMaxNameLength)
    return kept;
  // Cut after the last whole character (grapheme) that fits, never inside an emoji or a
  // letter with its accents.
  qsizetype cut = 0;
  int codePoints = 0;
  QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, kept);
  for (qsizetype next = graphemes.toNextBoundary(); next > 0; next = graphemes.toNextBoundary()) {
    codePoints += static_cast<int>(QStringView(kept).mid(cut, next - cut).toUcs4().size());
    if (codePoints > kMaxNameLength)
      break;
    cut = next;
  }
  return kept.left(cut).trimmed();
}

RosterMirror::RosterMirror(storage::Database &database, std::int64_t accountId, xmpp::RosterManager *roster,
                           QObject *parent)
    : QObject(parent), database_(database), accountId_(accountId), roster_(roster) {
  connect(roster_, &xmpp::RosterManager::rosterReceived, this, &RosterMirror::storeRoster);
  connect(roster_, &xmpp::RosterManager::itemChanged, this, &RosterMirror::storeItem);
  connect(roster_, &xmpp::RosterManager::itemRemoved, this,
          [this](const xmpp::Jid &jid) { forget(jid.bareString()); });
}

void RosterMirror::storeRoster() {
  storage::ContactRepository contacts(database_);
  auto stored = contacts.roster(accountId_);
  if (!stored) {
    qCWarning(lcApp) << "roster: could not read the stored contacts:" << stored.error().toString();
    return;
  }
  // One transaction for the whole roster; an unchanged roster writes nothing.
  auto transaction = storage::Transaction::begin(database_);
  if (!transaction)
    return;
  QHash<QString, storage::Contact> before;
  for (const storage::Contact &contact : *stored)
    before.insert(contact.jid, contact);
  for (const xmpp::RosterItem &item : roster_->items()) {
    storeItem(item);
    before.remove(item.jid.bareString());
  }
  // Removed while we were away.
  for (const storage::Contact &gone : std::as_const(before))
    forget(gone.jid);
  if (auto committed = transaction->commit(); !committed)
    qCWarning(lcApp) << "roster: could not store the contacts:" << committed.error().toString();
}

void RosterMirror::storeItem(const xmpp::RosterItem &item) {
  storage::ContactRepository contacts(database_);
  const QString jid = item.jid.bareString();
  auto found = contacts.find(accountId_, jid);
  if (!found)
    return;
  storage::Contact contact = found->value_or(storage::Contact{});
  storage::Contact wanted = contact;
  wanted.accountId = accountId_;
  wanted.jid = jid;
  wanted.name = cleanName(item.name);
  wanted.subscription = toSubscription(item.subscription);
  wanted.askPending = item.askSubscribe;
  wanted.groups.clear();
  for (const QString &group : item.groups)
    if (const QString cleaned = cleanName(group); !cleaned.isEmpty())
      wanted.groups.append(cleaned);
  wanted.inRoster = true;
  wanted.updatedAt = QDateTime::currentMSecsSinceEpoch();
  if (found->has_value() && wanted.name == contact.name && wanted.subscription == contact.subscription &&
      wanted.askPending == contact.askPending && wanted.groups == contact.groups && contact.inRoster)
    return;
  if (auto saved = contacts.save(wanted); !saved)
    qCWarning(lcApp) << "roster: could not store a contact:" << saved.error().toString();
}

void RosterMirror::forget(const QString &bareJid) {
  // The row stays for its blocked flag; without the roster entry its name is no longer
  // the user's word for this address.
  storage::ContactRepository contacts(database_);
  auto found = contacts.find(accountId_, bareJid);
  if (!found || !found->has_value() || !(*found)->inRoster)
    return;
  storage::Contact contact = **found;
  contact.inRoster = false;
  contact.name.clear();
  contact.subscription = storage::Subscription::None;
  contact.askPending = false;
  contact.groups.clear();
  contact.updatedAt = QDateTime::currentMSecsSinceEpoch();
  if (auto saved = contacts.save(contact); !saved)
    qCWarning(lcApp) << "roster: could not store a removed contact:" << saved.error().toString();
}

} // namespace sotto::app
