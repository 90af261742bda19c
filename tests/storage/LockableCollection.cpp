#include "LockableCollection.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QUuid>
#include <QVariantMap>

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kItemInterface = QStringLiteral("org.freedesktop.Secret.Item");
const QString kCollectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
// gnome-keyring's own interface for collections with a known password (no prompt).
const QString kInternalInterface =
    QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface");

using Attributes = QMap<QString, QString>;

struct Secret {
  QDBusObjectPath session;
  QByteArray parameters;
  QByteArray value;
  QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const Secret &secret) {
  argument.beginStructure();
  argument << secret.session << secret.parameters << secret.value << secret.contentType;
  argument.endStructure();
  return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Secret &secret) {
  argument.beginStructure();
  argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
  argument.endStructure();
  return argument;
}

} // namespace

Q_DECLARE_METATYPE(Secret)

namespace {

QDBusMessage call(const QString &path, const QString &interface, const QString &method,
                  const QVariantList &arguments) {
  QDBusMessage message = QDBusMessage::createMethodCall(kService, path, interface, method);
  message.setArguments(arguments);
  return QDBusConnection::sessionBus().call(message, QDBus::Block, 10000);
}

QVariant property(const QString &path, const QString &interface, const QString &name) {
  const QDBusMessage reply =
      call(path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"), {interface, name});
  if (reply.type() != QDBusMessage::ReplyMessage)
    return {};
  return reply.arguments().value(0).value<QDBusVariant>().variant();
}

QList<QDBusObjectPath> objectPaths(const QVariant &value) {
  QList<QDBusObjectPath> paths;
  if (value.canConvert<QDBusArgument>())
    value.value<QDBusArgument>() >> paths;
  else
    paths = value.value<QList<QDBusObjectPath>>();
  return paths;
}

} // namespace

LockableCollection::LockableCollection() : password_(QUuid::createUuid().toByteArray()) {
  qDBusRegisterMetaType<Secret>();
  qDBusRegisterMetaType<Attributes>();
  // A "plain" session: the secrets cross the private bus unencrypted, which is fine for a
  // throwaway keyring and keeps the test free of a Diffie-Hellman implementation.
  const QDBusMessage opened = call(kServicePath, kServiceInterface, QStringLiteral("OpenSession"),
                                   {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
  if (opened.type() != QDBusMessage::ReplyMessage) {
    fail(QStringLiteral("OpenSession: ") + opened.errorMessage());
    return;
  }
  session_ = opened.arguments().value(1).value<QDBusObjectPath>().path();

  const QVariantMap properties{{QStringLiteral("org.freedesktop.Secret.Collection.Label"),
                                QStringLiteral("sotto-test-locked-%1").arg(QUuid::createUuid().toString())}};
  const Secret master{QDBusObjectPath(session_), {}, password_, QStringLiteral("text/plain")};
  const QDBusMessage created =
      call(kServicePath, kInternalInterface, QStringLiteral("CreateWithMasterPassword"),
           {properties, QVariant::fromValue(master)});
  if (created.type() != QDBusMessage::ReplyMessage) {
    fail(QStringLiteral("CreateWithMasterPassword: ") + created.errorMessage());
    return;
  }
  path_ = created.arguments().value(0).value<QDBusObjectPath>().path();
}

LockableCollection::~LockableCollection() {
  if (isValid()) {
    (void)unlock();
    (void)call(path_, kCollectionInterface, QStringLiteral("Delete"), {});
  }
}

bool LockableCollection::fail(const QString &what) {
  error_ = what;
  return false;
}

bool LockableCollection::adoptItemWithAttributeValue(const QString &attributeValue) {
  const QString defaultCollection = QStringLiteral("/org/freedesktop/secrets/aliases/default");
  for (const QDBusObjectPath &item :
       objectPaths(property(defaultCollection, kCollectionInterface, QStringLiteral("Items")))) {
    Attributes attributes;
    property(item.path(), kItemInterface, QStringLiteral("Attributes")).value<QDBusArgument>() >> attributes;
    if (!attributes.values().contains(attributeValue))
      continue;

    const QDBusMessage got = call(item.path(), kItemInterface, QStringLiteral("GetSecret"),
                                  {QVariant::fromValue(QDBusObjectPath(session_))});
    if (got.type() != QDBusMessage::ReplyMessage)
      return fail(QStringLiteral("GetSecret: ") + got.errorMessage());
    Secret secret;
    got.arguments().value(0).value<QDBusArgument>() >> secret;

    const QVariantMap properties{
        {QStringLiteral("org.freedesktop.Secret.Item.Label"), QStringLiteral("moved by the test")},
        {QStringLiteral("org.freedesktop.Secret.Item.Attributes"), QVariant::fromValue(attributes)}};
    const QDBusMessage created = call(path_, kCollectionInterface, QStringLiteral("CreateItem"),
                                      {properties, QVariant::fromValue(secret), true});
    if (created.type() != QDBusMessage::ReplyMessage)
      return fail(QStringLiteral("CreateItem: ") + created.errorMessage());
    const QDBusMessage deleted = call(item.path(), kItemInterface, QStringLiteral("Delete"), {});
    if (deleted.type() != QDBusMessage::ReplyMessage)
      return fail(QStringLiteral("Delete: ") + deleted.errorMessage());
    return true;
  }
  return fail(QStringLiteral("no item in the default collection carries that attribute value"));
}

bool LockableCollection::lock() {
  const QDBusMessage reply = call(kServicePath, kServiceInterface, QStringLiteral("Lock"),
                                  {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(path_)})});
  if (reply.type() != QDBusMessage::ReplyMessage)
    return fail(QStringLiteral("Lock: ") + reply.errorMessage());
  return isLocked() || fail(QStringLiteral("the collection did not lock"));
}

bool LockableCollection::unlock() {
  const Secret master{QDBusObjectPath(session_), {}, password_, QStringLiteral("text/plain")};
  const QDBusMessage reply =
      call(kServicePath, kInternalInterface, QStringLiteral("UnlockWithMasterPassword"),
           {QVariant::fromValue(QDBusObjectPath(path_)), QVariant::fromValue(master)});
  if (reply.type() != QDBusMessage::ReplyMessage)
    return fail(QStringLiteral("UnlockWithMasterPassword: ") + reply.errorMessage());
  return !isLocked() || fail(QStringLiteral("the collection did not unlock"));
}

bool LockableCollection::isLocked() {
  return property(path_, kCollectionInterface, QStringLiteral("Locked")).toBool();
}
