#pragma once

#include "sotto/xmpp/Client.h"

#include <QObject>
#include <QStringList>

namespace sotto::xmpp {

struct DiscoInfo {
  struct Identity {
    QString category;
    QString type;
    QString name;
  };
  QList<Identity> identities;
  QStringList features;
  std::vector<Element> forms; // extended info (XEP-0128)
  static DiscoInfo fromQuery(const Element &query);
};

struct DiscoItem {
  Jid jid;
  QString node;
  QString name;
};

// Service discovery (XEP-0030) both ways, and our entity capabilities (XEP-0115): the
// features we advertise decide which PEP notifications (`…+notify`) the server sends us.
class DiscoManager : public QObject {
  Q_OBJECT
public:
  explicit DiscoManager(Client *client, QObject *parent = nullptr);

  void addFeature(const QString &feature);
  [[nodiscard]] QStringList features() const;
  // XEP-0115 §5 verification string hash (SHA-1, base64) over identity and features.
  [[nodiscard]] QString capsVersion() const;
  [[nodiscard]] static QString capsNode() { return QStringLiteral("https://sotto.im"); }
  // The <c/> element to put in our presence.
  [[nodiscard]] Element capsElement() const;

  using InfoCallback = std::function<void(const tl::expected<DiscoInfo, StanzaError> &)>;
  using ItemsCallback = std::function<void(const tl::expected<QList<DiscoItem>, StanzaError> &)>;
  void requestInfo(const Jid &jid, const QString &node, QObject *context, InfoCallback callback);
  void requestItems(const Jid &jid, const QString &node, QObject *context, ItemsCallback callback);

private:
  bool handleIq(const Element &iq);

  Client *client_;
  QStringList features_;
};

} // namespace sotto::xmpp
