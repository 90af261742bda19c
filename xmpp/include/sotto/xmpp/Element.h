#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace sotto::xmpp {

// One XML element of a stanza: a name in a namespace, attributes, character data and
// child elements. XMPP never needs mixed content, so the text is the concatenation of
// the element's own character data. Values are stored unescaped; escaping happens only
// in toXml(), so nothing read from the network can inject markup when it is sent on.
class Element {
public:
  struct Attribute {
    QString name; // qualified name as written, e.g. "id" or "xml:lang"
    QString value;
    friend bool operator==(const Attribute &, const Attribute &) = default;
  };

  Element() = default;
  explicit Element(QString name, QString xmlns = {});

  [[nodiscard]] bool isNull() const { return name_.isEmpty(); }
  [[nodiscard]] const QString &name() const { return name_; }
  [[nodiscard]] const QString &xmlns() const { return xmlns_; }
  void setXmlns(const QString &xmlns) { xmlns_ = xmlns; }
  [[nodiscard]] bool is(QStringView name, QStringView xmlns) const {
    return name_ == name && xmlns_ == xmlns;
  }

  [[nodiscard]] QString attribute(QStringView name) const;
  [[nodiscard]] bool hasAttribute(QStringView name) const;
  // Sets or replaces; returns *this so that construction reads like the XML.
  Element &setAttribute(const QString &name, const QString &value);
  void removeAttribute(QStringView name);
  [[nodiscard]] const QList<Attribute> &attributes() const { return attributes_; }

  [[nodiscard]] const QString &text() const { return text_; }
  Element &setText(const QString &text);
  void appendText(QStringView text) { text_ += text; }

  [[nodiscard]] const std::vector<Element> &children() const { return children_; }
  // Appends a copy and returns a reference to it (valid until the next append).
  Element &addChild(Element child);
  // Convenience: appends <name xmlns='xmlns'>text</name>.
  Element &addTextChild(const QString &name, const QString &xmlns, const QString &text);
  void removeChildren(QStringView name, QStringView xmlns);

  // An empty xmlns matches any namespace.
  [[nodiscard]] const Element *firstChild(QStringView name, QStringView xmlns = {}) const;
  [[nodiscard]] Element *firstChild(QStringView name, QStringView xmlns = {});
  [[nodiscard]] std::vector<const Element *> childrenNamed(QStringView name, QStringView xmlns = {}) const;
  [[nodiscard]] bool hasChild(QStringView name, QStringView xmlns = {}) const {
    return firstChild(name, xmlns) != nullptr;
  }
  [[nodiscard]] QString childText(QStringView name, QStringView xmlns = {}) const;

  // Serialises with xmlns declarations only where the namespace changes from the
  // parent's (`parentXmlns`; stanzas on a client stream sit in jabber:client).
  [[nodiscard]] QString toXmlString(QStringView parentXmlns = u"jabber:client") const;
  [[nodiscard]] QByteArray toXml(QStringView parentXmlns = u"jabber:client") const {
    return toXmlString(parentXmlns).toUtf8();
  }

  friend bool operator==(const Element &, const Element &) = default;

private:
  void writeTo(QString &out, QStringView parentXmlns) const;

  QString name_;
  QString xmlns_;
  QList<Attribute> attributes_;
  QString text_;
  std::vector<Element> children_;
};

// XML escaping that also drops characters XML 1.0 cannot carry (control characters,
// lone surrogates, U+FFFE/U+FFFF): a peer would otherwise close our stream as
// not-well-formed because a user pasted a stray control character.
QString escapeXmlText(QStringView text);
QString escapeXmlAttribute(QStringView value);

} // namespace sotto::xmpp
