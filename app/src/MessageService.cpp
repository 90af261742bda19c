#include "MessageService.h"

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
    handleIncoming(message, false, QString());
    sendReceiptIfAccepted(message);
  });
  connect(carbons_, &xmpp::CarbonsManager::carbonReceived, this,
          [this](const xmpp::Message &message, bool sent) { handleIncoming(message, sent, QString()); });
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
  auto initialState = storage::RequestState::Accepted;
  if (!fromUs && safety_) {
    auto existing = conversations.findByPeer(accountId_, peer);
    if (!existing)
      return;
    switch (safety_->admit(peer, existing->has_value())) {
    case SafetyService::Admission::Drop:
      return rememberArchiveId(archiveId);
    case SafetyService::Admission::Request:
      initialState = storage::RequestState::Pending;
      break;
    case SafetyService::Admission::Conversation:
      break;
    }
  }
  auto conversation = conversations.obtain(accountId_, peer, initialState);
  if (!conversation)
    return;
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
    auto transaction = storage::Transaction::begin(database_);
    if (!transaction)
      return;
    crypto::OmemoDecryptor decryptor(omemo_->engine());
    auto result = omemoMessage ? decryptor.decrypt(senderJid, *omemoMessage)
                               : tl::expected<crypto::OmemoDecryptor::Result, crypto::CryptoError>(
                                     tl::unexpected(crypto::CryptoError::InvalidMessage));
    if (!result) {
      transaction->rollback();
      if (result.error() == crypto::CryptoError::DuplicateMessage)
        return rememberArchiveId(archiveId);
      // A visible placeholder with the reason, never a silent drop.
      qCInfo(lcApp) << "undecryptable message:" << crypto::errorMessage(result.error());
      stored.body.clear();
      stored.error = crypto::errorMessage(result.error());
      stored.state = storage::MessageState::Failed;
      stored.trusted = false;
      auto inserted = messages.insertIfNew(stored);
      if (inserted && inserted->inserted) {
        Q_EMIT messageAdded(peer, inserted->id);
        Q_EMIT conversationsChanged();
      }
      if (omemoMessage && result.error() != crypto::CryptoError::NoKeyForDevice)
        repairSession(senderJid, omemoMessage->senderDeviceId);
      return rememberArchiveId(archiveId);
    }
    if (result->keyTransport) {
      (void)transaction->commit();
      return rememberArchiveId(archiveId);
    }
    stored.body = result->text();
    auto identity = omemo_->store().loadIdentity({senderJid, omemoMessage->senderDeviceId});
    stored.trusted = identity && identity->has_value() && (*identity)->trust != crypto::TrustState::Untrusted;
    auto inserted = messages.insertIfNew(stored);
    if (!inserted || !transaction->commit())
      return;
    if (inserted->inserted) {
      Q_EMIT messageAdded(peer, inserted->id);
      Q_EMIT conversationsChanged();
    }
    return rememberArchiveId(archiveId);
  }
  auto inserted = messages.insertIfNew(stored);
  if (inserted && inserted->inserted) {
    Q_EMIT messageAdded(peer, inserted->id);
    Q_EMIT conversationsChanged();
  }
  rememberArchiveId(archiveId);
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
  fetchPage(query);
}

void MessageService::fetchPage(xmpp::MamQuery query) {
  mam_->query(query, this, [this, query](const tl::expected<xmpp::MamPage, xmpp::StanzaError> &page) {
    if (!page) {
      qCInfo(lcApp) << "archive catch-up failed:" << page.error().conditionName();
      return finishCatchUp();
    }
    storeArchiveSlice(std::make_shared<const xmpp::MamPage>(*page), 0, query);
  });
}

void MessageService::storeArchiveSlice(std::shared_ptr<const xmpp::MamPage> page, std::size_t from,
                                       xmpp::MamQuery query) {
  // A page is stored in slices of at most kArchiveSliceMessages messages and about one
  // frame's time, each slice in one transaction with a savepoint per message
  // (handleIncoming's own Transaction nests): the commit, not the insert, was most of a
  // message's cost (docs/PERFORMANCE.md). Between slices the event loop runs, so the UI
  // never waits for a whole page. Slices run in order and the next page is asked for
  // only after the last slice, so order and deduplication are as before. A crash loses
  // at most one slice's work, archive id included: it is read again next time.
  QElapsedTimer clock;
  clock.start();
  std::size_t next = from;
  {
    auto sliceTransaction = storage::Transaction::begin(database_);
    while (next < page->messages.size()) {
      const auto &archived = page->messages[next++];
      xmpp::Message message = archived.message;
      if (!message.delay && archived.timestamp)
        message.delay = archived.timestamp;
      handleIncoming(message, false, archived.archiveId);
      if (next - from >= kArchiveSliceMessages || clock.hasExpired(kArchiveSliceBudgetMs))
        break;
    }
    if (sliceTransaction && !sliceTransaction->commit())
      qCWarning(lcApp) << "archived messages could not be stored; they are read again next time";
  }
  if (next < page->messages.size()) {
    QTimer::singleShot(0, this, [this, page, next, query] { storeArchiveSlice(page, next, query); });
    return;
  }
  if (!page->complete && !page->messages.empty() && !page->last.isEmpty()) {
    query.afterId = page->last;
    query.start.reset();
    return fetchPage(query);
  }
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
  storage::SettingsRepository settings(database_);
  (void)settings.setString(kLastArchiveId, archiveId, accountId_);
}

} // namespace sotto::app
