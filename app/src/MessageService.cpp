#include "MessageService.h"

#include "ArchiveBatch.h"
#include "OmemoService.h"
#include "OmemoWire.h"
#include "PrivacySettings.h"
#include "SafetyService.h"
#include "StanzaCodec.h"
#include "TypingService.h"

#include "sotto/app/Logging.h"
#include "sotto/crypto/OmemoDecryptor.h"
#include "sotto/crypto/OmemoEncryptor.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/OutboxRepository.h"
#include "sotto/storage/SettingsRepository.h"
#include "sotto/storage/Transaction.h"
#include "sotto/xmpp/CarbonsManager.h"
#include "sotto/xmpp/ChatState.h"
#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/MamManager.h"
#include "sotto/xmpp/MessageManager.h"
#include "sotto/xmpp/Namespaces.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QTimer>
#include <QUuid>

#include <utility>

namespace sotto::app {

namespace {

const QString kLastArchiveId = QStringLiteral("mam.last");
constexpr qint64 kRepairIntervalMs = 60LL * 60 * 1000;
constexpr int kMamPageSize = 100;
// One slice of a catch-up between two turns of the event loop (storeArchiveSlice).
constexpr std::size_t kArchiveSliceMessages = 20;
constexpr qint64 kArchiveSliceBudgetMs = 12;
// Archive pages read but not yet stored, at most: one being stored, one ahead.
constexpr std::size_t kArchivePagesAhead = 2;

qint64 now() {
  return QDateTime::currentMSecsSinceEpoch();
}

// Fallback body for clients without OMEMO: says what happened, carries nothing.
const QString kFallbackBody =
    QStringLiteral("This message is encrypted with OMEMO, which your client does not seem to support.");

xmpp::Element emeElement() {
  xmpp::Element eme(QStringLiteral("encryption"), xmpp::ns::kEme.toString());
  eme.setAttribute(QStringLiteral("namespace"), xmpp::omemo::kNs.toString());
  eme.setAttribute(QStringLiteral("name"), QStringLiteral("OMEMO"));
  return eme;
}

} // namespace

MessageService::MessageService(storage::Database &database, std::int64_t accountId, QString accountJid,
                               xmpp::Client *client, OmemoService *omemo, QObject *parent)
    : QObject(parent), database_(database), accountId_(accountId), accountJid_(std::move(accountJid)),
      client_(client), omemo_(omemo), messages_(new xmpp::MessageManager(client, this)),
      carbons_(new xmpp::CarbonsManager(client, this)), mam_(new xmpp::MamManager(client, this)) {
  connect(client_, &xmpp::Client::stanzaAcknowledged, this, &MessageService::onAcknowledged);
  // Receipts wait for the message to be stored: a stranger's (a request) gets none.
  messages_->setAutoReceipts(false);
  connect(messages_, &xmpp::MessageManager::messageReceived, this, [this](const xmpp::Message &message) {
    settleBatch();
    handleIncoming(message, false, QString());
    sendReceiptIfAccepted(message);
  });
  connect(carbons_, &xmpp::CarbonsManager::carbonReceived, this,
          [this](const xmpp::Message &message, bool sent) {
            settleBatch();
            handleIncoming(message, sent, QString());
          });
  connect(messages_, &xmpp::MessageManager::receiptReceived, this,
          [this](const xmpp::Jid &from, const QString &id) { onReceipt(from, id, false); });
  connect(messages_, &xmpp::MessageManager::markerReceived, this,
          [this](const xmpp::Jid &from, const QString &id, xmpp::ChatMarker marker) {
            if (marker == xmpp::ChatMarker::Displayed || marker == xmpp::ChatMarker::Acknowledged)
              onReceipt(from, id, true);
            else if (marker == xmpp::ChatMarker::Received)
              onReceipt(from, id, false);
          });
}

MessageService::~MessageService() = default;

qint64 MessageService::send(const QString &peerJid, const QString &text) {
  const auto peer = xmpp::Jid::parse(peerJid);
  if (!peer || peer->local().isEmpty()) {
    Q_EMIT errorOccurred(AppError::Code::InvalidJid);
    return 0;
  }
  const QString bare = peer->bareString();
  settleBatch();
  storage::ConversationRepository conversations(database_);
  storage::MessageRepository messages(database_);
  auto conversation = conversations.obtain(accountId_, bare);
  if (!conversation) {
    Q_EMIT errorOccurred(AppError::Code::StorageFailed);
    return 0;
  }
  // Answering a request is accepting it: the sender becomes a contact.
  if (safety_ && safety_->isRequest(bare))
    safety_->acceptRequest(bare);
  storage::Message message;
  message.conversationId = *conversation;
  message.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
  message.direction = storage::Direction::Outgoing;
  message.senderJid = accountJid_;
  message.senderDevice = omemo_->deviceId();
  message.body = text;
  message.timestamp = now();
  message.receivedAt = message.timestamp;
  message.state = storage::MessageState::Pending;
  message.encrypted = true;
  message.trusted = true;
  auto id = messages.insert(message);
  if (!id) {
    Q_EMIT errorOccurred(AppError::Code::StorageFailed);
    return 0;
  }
  Q_EMIT messageAdded(bare, *id);
  Q_EMIT conversationsChanged();
  encryptAndSend(bare, *id, message.originId);
  return *id;
}

bool MessageService::retry(qint64 messageId) {
  settleBatch();
  storage::MessageRepository messages(database_);
  storage::ConversationRepository conversations(database_);
  auto message = messages.find(messageId);
  if (!message || !message->has_value() || (*message)->direction != storage::Direction::Outgoing) {
    Q_EMIT errorOccurred(AppError::Code::UnknownMessage);
    return false;
  }
  auto conversation = conversations.find((*message)->conversationId);
  if (!conversation || !conversation->has_value())
    return false;
  (void)messages.updateState(messageId, storage::MessageState::Pending);
  Q_EMIT messageChanged((*conversation)->peerJid, messageId);
  encryptAndSend((*conversation)->peerJid, messageId, (*message)->originId);
  return true;
}

void MessageService::fail(const QString &peerJid, qint64 messageId, AppError::Code error) {
  storage::MessageRepository messages(database_);
  (void)messages.updateState(
      messageId, storage::MessageState::Failed,
      QString::fromLatin1(QMetaEnum::fromType<AppError::Code>().valueToKey(static_cast<int>(error))));
  Q_EMIT messageChanged(peerJid, messageId);
  Q_EMIT errorOccurred(error);
}

void MessageService::encryptAndSend(const QString &peerJid, qint64 messageId, const QString &originId) {
  omemo_->prepareRecipients(peerJid, [this, peerJid, messageId, originId](const auto &recipients) {
    if (!recipients)
      return fail(peerJid, messageId, recipients.error());
    storage::MessageRepository messages(database_);
    auto stored = messages.find(messageId);
    if (!stored || !stored->has_value())
      return;
    // The ratchet step and the outbox entry are kept together: a crash after this
    // commit resends exactly these bytes, one before it encrypts afresh.
    auto transaction = storage::Transaction::begin(database_);
    if (!transaction)
      return fail(peerJid, messageId, AppError::Code::StorageFailed);
    crypto::OmemoEncryptor encryptor(omemo_->engine());
    auto outcome = encryptor.encrypt((*stored)->body, *recipients);
    if (!outcome)
      return fail(peerJid, messageId, AppError::Code::EncryptionFailed);
    xmpp::Message out;
    out.to = *xmpp::Jid::parse(peerJid);
    out.id = originId;
    out.originId = originId;
    out.body = kFallbackBody;
    out.receiptRequested = true;
    out.markable = true;
    out.storeHint = true;
    out.extra = {omemo_wire::encodeMessage(outcome->message), emeElement()};
    // XEP-0085 §5.1: a message says its sender is no longer typing (when they may know).
    if (typing_ && typing_->mayNotify(peerJid)) {
      out.extra.push_back(xmpp::ChatStates::element(xmpp::ChatState::Active));
      typing_->messageSent(peerJid);
    }
    xmpp::Element stanza = out.toStanza();
    if (outgoingFilter_)
      outgoingFilter_(stanza);
    storage::OutboxRepository outbox(database_);
    storage::OutboxEntry entry;
    entry.accountId = accountId_;
    entry.messageId = messageId;
    entry.stanzaId = originId;
    entry.payload = stanza.toXml();
    entry.createdAt = now();
    if (!outbox.enqueue(entry) || !transaction->commit())
      return fail(peerJid, messageId, AppError::Code::StorageFailed);
    client_->send(stanza);
    if (client_->state() == xmpp::Client::State::Connected && !client_->isStreamManagementEnabled())
      onAcknowledged(stanza); // no XEP-0198: handing it to the socket is all we learn
  });
}

void MessageService::onAcknowledged(const xmpp::Element &stanza) {
  if (stanza.name() != u"message")
    return;
  settleBatch();
  storage::OutboxRepository outbox(database_);
  const QString id = stanza.attribute(u"id");
  auto acknowledged = outbox.acknowledge(accountId_, id);
  if (!acknowledged || !*acknowledged)
    return;
  const auto to = xmpp::Jid::parse(stanza.attribute(u"to"));
  if (!to)
    return;
  storage::ConversationRepository conversations(database_);
  storage::MessageRepository messages(database_);
  auto conversation = conversations.findByPeer(accountId_, to->bareString());
  if (!conversation || !conversation->has_value())
    return;
  auto message = messages.findByOriginId((*conversation)->id, id);
  if (!message || !message->has_value() || (*message)->state != storage::MessageState::Pending)
    return;
  (void)messages.updateState((*message)->id, storage::MessageState::Sent);
  Q_EMIT messageChanged(to->bareString(), (*message)->id);
}

void MessageService::onReceipt(const xmpp::Jid &from, const QString &id, bool read) {
  settleBatch();
  storage::ConversationRepository conversations(database_);
  storage::MessageRepository messages(database_);
  auto conversation = conversations.findByPeer(accountId_, from.bareString());
  if (!conversation || !conversation->has_value())
    return;
  auto message = messages.findByOriginId((*conversation)->id, id);
  if (!message || !message->has_value() || (*message)->direction != storage::Direction::Outgoing)
    return;
  const auto target = read ? storage::MessageState::Read : storage::MessageState::Delivered;
  if (int((*message)->state) >= int(target) && (*message)->state != storage::MessageState::Failed)
    return;
  (void)messages.updateState((*message)->id, target);
  // The receipt may overtake the server's ack: the outbox entry is done either way.
  storage::OutboxRepository outbox(database_);
  (void)outbox.acknowledge(accountId_, id);
  Q_EMIT messageChanged(from.bareString(), (*message)->id);
}

bool MessageService::markRead(const QString &peerJid) {
  settleBatch();
  storage::ConversationRepository conversations(database_);
  storage::MessageRepository messages(database_);
  auto conversation = conversations.findByPeer(accountId_, peerJid);
  if (!conversation || !conversation->has_value())
    return false;
  if (!conversations.markRead((*conversation)->id))
    return false;
  auto newest = messages.newest((*conversation)->id, 20);
  // A stranger learns nothing from a request, not even that it was read; nobody does when
  // the user turned read receipts off.
  if (newest && (*conversation)->requestState == storage::RequestState::Accepted &&
      PrivacySettings::sendReadReceipts(database_))
    for (auto it = newest->crbegin(); it != newest->crend(); ++it)
      if (it->direction == storage::Direction::Incoming && !it->originId.isEmpty()) {
        messages_->sendMarker(*xmpp::Jid::parse(peerJid), it->originId, xmpp::ChatMarker::Displayed);
        break;
      }
  Q_EMIT conversationsChanged();
  return true;
}

void MessageService::handleIncoming(const xmpp::Message &message, bool sentByUs, const QString &archiveId) {
  const xmpp::Element *encrypted = message.stanza.firstChild(u"encrypted", xmpp::omemo::kNs);
  if (!encrypted && message.body.isEmpty())
    return rememberArchiveId(archiveId);
  const QString senderJid = message.from.isValid() ? message.from.bareString() : accountJid_;
  const bool fromUs = sentByUs || senderJid == accountJid_;
  const QString peer = fromUs ? message.to.bareString() : senderJid;
  if (peer.isEmpty())
    return;

  storage::ConversationRepository conversations(database_);
  storage::MessageRepository messages(database_);
  // Inside a catch-up batch a peer's conversation is looked up once per batch.
  const auto known = batch_ ? batch_->conversationId(peer) : std::nullopt;
  auto initialState = storage::RequestState::Accepted;
  if (!fromUs && safety_) {
    bool exists = known.has_value();
    if (!exists) {
      auto existing = conversations.findByPeer(accountId_, peer);
      if (!existing)
        return;
      exists = existing->has_value();
    }
    switch (safety_->admit(peer, exists)) {
    case SafetyService::Admission::Drop:
      return rememberArchiveId(archiveId);
    case SafetyService::Admission::Request:
      initialState = storage::RequestState::Pending;
      break;
    case SafetyService::Admission::Conversation:
      break;
    }
  }
  auto conversation =
      known ? storage::Result<std::int64_t>(*known) : conversations.obtain(accountId_, peer, initialState);
  if (!conversation)
    return;
  if (batch_)
    batch_->rememberConversation(peer, *conversation);
  storage::Message stored;
  stored.conversationId = *conversation;
  if (!archiveId.isEmpty())
    stored.stanzaId = archiveId;
  else if (message.stanzaIdBy == accountJid_)
    stored.stanzaId = message.stanzaId;
  stored.originId = message.originId.isEmpty() ? message.id : message.originId;
  stored.direction = fromUs ? storage::Direction::Outgoing : storage::Direction::Incoming;
  stored.senderJid = senderJid;
  stored.receivedAt = now();
  stored.timestamp = message.delay ? message.delay->toMSecsSinceEpoch() : stored.receivedAt;
  stored.state = fromUs ? storage::MessageState::Sent : storage::MessageState::Delivered;
  // Catch-up, carbons and live delivery may all bring the same message: look first, so a
  // duplicate never reaches the ratchet (where it would fail as DuplicateMessage).
  if (auto duplicate = messages.findDuplicate(stored); duplicate && duplicate->has_value())
    return rememberArchiveId(archiveId);
  if (batch_ && batch_->holds(stored))
    return rememberArchiveId(archiveId);

  if (!encrypted) {
    // Never mixed in silently: the UI shows it as not end-to-end encrypted.
    stored.body = message.body;
    stored.encrypted = false;
    stored.trusted = false;
  } else {
    const auto omemoMessage = omemo_wire::decodeMessage(*encrypted);
    if (omemoMessage && fromUs && omemoMessage->senderDeviceId == omemo_->deviceId())
      return rememberArchiveId(archiveId); // our own copy from the archive: stored when sent
    stored.encrypted = true;
    stored.senderDevice = omemoMessage ? std::optional(omemoMessage->senderDeviceId) : std::nullopt;
    // The ratchet step and the message are kept together. Inside a catch-up batch the
    // batch's transaction does that (a failed write rolls back the whole batch); alone,
    // a transaction of its own. No savepoint per message in a batch: it costs a copy of
    // every page touched, encrypted, and a failed decryption writes nothing anyway
    // (crypto stages the store's writes until the operation succeeded).
    std::optional<storage::Transaction> transaction;
    if (!batch_) {
      auto begun = storage::Transaction::begin(database_);
      if (!begun)
        return;
      transaction.emplace(std::move(*begun));
    }
    crypto::OmemoDecryptor decryptor(omemo_->engine());
    auto result = omemoMessage ? decryptor.decrypt(senderJid, *omemoMessage)
                               : tl::expected<crypto::OmemoDecryptor::Result, crypto::CryptoError>(
                                     tl::unexpected(crypto::CryptoError::InvalidMessage));
    if (!result) {
      if (transaction)
        transaction->rollback();
      if (result.error() == crypto::CryptoError::DuplicateMessage)
        return rememberArchiveId(archiveId);
      if (omemoMessage)
        omemo_->noteSenderDevice(senderJid, omemoMessage->senderDeviceId);
      // A visible placeholder with the reason, never a silent drop.
      qCInfo(lcApp) << "undecryptable message:" << crypto::errorMessage(result.error());
      stored.body.clear();
      stored.error = crypto::errorMessage(result.error());
      stored.state = storage::MessageState::Failed;
      stored.trusted = false;
      if (!storeNew(peer, stored))
        return;
      if (omemoMessage && result.error() != crypto::CryptoError::NoKeyForDevice)
        repairSession(senderJid, omemoMessage->senderDeviceId);
      return rememberArchiveId(archiveId);
    }
    // A new session: perhaps a device we have not heard of (only then is a list read).
    if (result->wasPreKey)
      omemo_->noteSenderDevice(senderJid, omemoMessage->senderDeviceId);
    if (result->keyTransport) {
      if (transaction)
        (void)transaction->commit();
      return rememberArchiveId(archiveId);
    }
    stored.body = result->text();
    auto identity = omemo_->store().loadIdentity({senderJid, omemoMessage->senderDeviceId});
    stored.trusted = identity && identity->has_value() && (*identity)->trust != crypto::TrustState::Untrusted;
    if (!storeNew(peer, stored, transaction ? &*transaction : nullptr))
      return;
    return rememberArchiveId(archiveId);
  }
  if (storeNew(peer, stored))
    rememberArchiveId(archiveId);
}

bool MessageService::storeNew(const QString &conversation, const storage::Message &message,
                              storage::Transaction *transaction) {
  // In a batch the rows are inserted together at the end of the slice (insertPending).
  if (batch_) {
    batch_->add(conversation, message);
    return true;
  }
  // Not a duplicate: looked up before, and nothing was inserted since.
  storage::MessageRepository messages(database_);
  auto inserted = messages.insert(message);
  if (!inserted || (transaction && !transaction->commit()))
    return false;
  Q_EMIT messageAdded(conversation, *inserted);
  Q_EMIT conversationsChanged();
  return true;
}

void MessageService::sendReceiptIfAccepted(const xmpp::Message &message) {
  // XEP-0184 §5.4: never acknowledge a groupchat message or one without an id.
  if (!message.receiptRequested || message.id.isEmpty() || message.type == u"groupchat" ||
      !message.from.isValid())
    return;
  storage::ConversationRepository conversations(database_);
  auto conversation = conversations.findByPeer(accountId_, message.from.bareString());
  if (!conversation || !conversation->has_value() ||
      (*conversation)->requestState != storage::RequestState::Accepted)
    return;
  messages_->sendReceipt(message.from, message.id);
}

void MessageService::repairSession(const QString &jid, std::int32_t deviceId) {
  const QString key = jid + QLatin1Char('/') + QString::number(deviceId);
  const qint64 at = now();
  if (lastRepair_.contains(key) && at - lastRepair_.value(key) < kRepairIntervalMs)
    return;
  lastRepair_.insert(key, at);
  // A key transport moves the ratchet forward (or, when there was no session, builds one
  // from the bundle), so the sender's next message reaches us again.
  omemo_->sendKeyTransport(jid, {deviceId});
}

void MessageService::onSessionStarted() {
  if (!outboxReplayed_) {
    // Within one process the client resends unacked stanzas itself; the outbox is for
    // what a previous process left behind.
    outboxReplayed_ = true;
    replayOutbox();
  }
  carbons_->setEnabled(true);
}

void MessageService::replayOutbox() {
  storage::OutboxRepository outbox(database_);
  auto pending = outbox.pending(accountId_);
  if (!pending)
    return;
  for (const auto &entry : *pending) {
    auto stanza = parseStoredStanza(entry.payload);
    if (!stanza)
      continue;
    (void)outbox.recordAttempt(entry.id, now());
    client_->send(*stanza);
  }
}

void MessageService::catchUp(std::function<void()> goLive) {
  if (goLive)
    goLive_ = std::move(goLive);
  if (catchingUp_) {
    // That run's query may have been read before this session's presence: run again.
    catchUpAgain_ = true;
    return;
  }
  catchingUp_ = true;
  storage::SettingsRepository settings(database_);
  const QString afterId = settings.string(kLastArchiveId, {}, accountId_).value_or(QString());
  // One-time prekeys used by PreKey messages in the archive stay until the end, so a
  // duplicate of such a message still decrypts; replenished once, after catch-up.
  (void)omemo_->engine().setDeferPreKeyRemoval(true);
  xmpp::MamQuery query;
  query.max = kMamPageSize;
  query.afterId = afterId;
  if (afterId.isEmpty()) {
    // Nothing before the account joined this profile can be for this device.
    storage::AccountRepository accounts(database_);
    auto account = accounts.find(accountId_);
    if (account && account->has_value())
      query.start = QDateTime::fromMSecsSinceEpoch((*account)->createdAt - 60 * 1000, Qt::UTC);
  }
  ++catchUpRun_;
  pages_.clear();
  pagePosition_ = 0;
  queryInFlight_ = false;
  sliceScheduled_ = false;
  nextQuery_ = query;
  requestNextPage();
}

void MessageService::requestNextPage() {
  if (queryInFlight_ || !nextQuery_ || pages_.size() >= kArchivePagesAhead)
    return;
  const xmpp::MamQuery query = *std::exchange(nextQuery_, std::nullopt);
  queryInFlight_ = true;
  const quint64 run = catchUpRun_;
  mam_->query(query, this, [this, query, run](const tl::expected<xmpp::MamPage, xmpp::StanzaError> &page) {
    if (run != catchUpRun_)
      return;
    queryInFlight_ = false;
    if (!page) {
      qCInfo(lcApp) << "archive catch-up failed:" << page.error().conditionName();
      // What was read is still stored; then the catch-up ends.
    } else {
      if (!page->complete && !page->messages.empty() && !page->last.isEmpty()) {
        xmpp::MamQuery next = query;
        next.afterId = page->last;
        next.start.reset();
        nextQuery_ = next;
      }
      pages_.push_back(std::make_shared<const xmpp::MamPage>(*page));
      // One page ahead: the server looks it up while this one is decrypted and stored.
      requestNextPage();
    }
    if (!sliceScheduled_)
      storeArchiveSlice();
  });
}

void MessageService::scheduleArchiveSlice() {
  sliceScheduled_ = true;
  const quint64 run = catchUpRun_;
  QTimer::singleShot(0, this, [this, run] {
    if (run == catchUpRun_)
      storeArchiveSlice();
  });
}

void MessageService::storeArchiveSlice() {
  // Pages are stored in slices of at most kArchiveSliceMessages messages and about one
  // frame's time; the event loop runs between slices, so the UI never waits for a page.
  // Several slices share one transaction (ArchiveBatch), committed when due and before
  // the catch-up waits for the server. Slices run in order, so order and deduplication
  // are as if one message came after the other.
  sliceScheduled_ = false;
  if (pages_.empty()) {
    // Waiting for the server (or done): nothing stays uncommitted meanwhile.
    if (!settleBatch())
      return;
    if (!queryInFlight_)
      finishCatchUp();
    return;
  }
  if (!batch_) {
    batch_ = ArchiveBatch::begin(database_);
    if (!batch_) {
      qCWarning(lcApp) << "archived messages could not be stored; they are read again next time";
      return abandonCatchUp();
    }
  }
  QElapsedTimer clock;
  clock.start();
  std::size_t handled = 0;
  while (!pages_.empty() && !batch_->failed()) {
    const auto page = pages_.front();
    if (pagePosition_ < page->messages.size()) {
      const auto &archived = page->messages[pagePosition_++];
      xmpp::Message message = archived.message;
      if (!message.delay && archived.timestamp)
        message.delay = archived.timestamp;
      handleIncoming(message, false, archived.archiveId);
      batch_->noteHandled();
      ++handled;
    }
    if (pagePosition_ >= page->messages.size()) {
      pages_.pop_front();
      pagePosition_ = 0;
      requestNextPage();
    }
    if (handled >= kArchiveSliceMessages || clock.hasExpired(kArchiveSliceBudgetMs))
      break;
  }
  (void)insertPending(*batch_);
  if (batch_->failed() || batch_->isDue()) {
    if (!settleBatch())
      return;
  }
  scheduleArchiveSlice();
}

bool MessageService::insertPending(ArchiveBatch &batch) {
  if (batch.pending().isEmpty())
    return true;
  // Many rows a statement: a statement in a transaction copies each page it first touches
  // (the insert trigger makes it need a statement journal), encrypted, once a statement.
  storage::MessageRepository messages(database_);
  auto ids = messages.insertMany(batch.pending());
  if (!ids) {
    batch.markFailed();
    return false;
  }
  batch.notePendingInserted(*ids);
  return true;
}

bool MessageService::settleBatch() {
  if (!batch_)
    return true;
  // Detached first: whatever the reports below trigger writes on its own.
  const std::unique_ptr<ArchiveBatch> batch = std::move(batch_);
  bool committed = !batch->failed();
  committed = committed && insertPending(*batch);
  if (committed && !batch->lastArchiveId().isEmpty()) {
    storage::SettingsRepository settings(database_);
    committed = settings.setString(kLastArchiveId, batch->lastArchiveId(), accountId_).has_value();
  }
  committed = committed && batch->transaction().commit().has_value();
  if (!committed) {
    batch->transaction().rollback();
    qCWarning(lcApp) << "archived messages could not be stored; they are read again next time";
    // Going on would store later messages and move the archive id past the lost ones.
    abandonCatchUp();
    return false;
  }
  for (const auto &[conversation, messageId] : batch->stored())
    Q_EMIT messageAdded(conversation, messageId);
  if (!batch->stored().isEmpty())
    Q_EMIT conversationsChanged();
  return true;
}

void MessageService::abandonCatchUp() {
  if (!catchingUp_)
    return;
  ++catchUpRun_;
  pages_.clear();
  pagePosition_ = 0;
  nextQuery_.reset();
  queryInFlight_ = false;
  sliceScheduled_ = false;
  finishCatchUp();
}

void MessageService::finishCatchUp() {
  catchingUp_ = false;
  if (std::exchange(catchUpAgain_, false))
    return catchUp();
  if (auto goLive = std::exchange(goLive_, {})) {
    goLive();
    return catchUp();
  }
  (void)omemo_->engine().setDeferPreKeyRemoval(false);
  Q_EMIT catchUpFinished();
}

void MessageService::rememberArchiveId(const QString &archiveId) {
  if (archiveId.isEmpty())
    return;
  // In a batch the newest id is written once, with the batch's commit.
  if (batch_)
    return batch_->noteArchiveId(archiveId);
  storage::SettingsRepository settings(database_);
  (void)settings.setString(kLastArchiveId, archiveId, accountId_);
}

} // namespace sotto::app
