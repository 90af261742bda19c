#include "sotto/xmpp/Element.h"

#include <algorithm>
#include <utility>

namespace sotto::xmpp {

namespace {

bool isXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

QString escape(QStringView text, bool attribute) {
  QString out;
  out.reserve(text.size() + text.size() / 8);
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    char32_t code = c.unicode();
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
      out += c;
      out += text[++i];
      continue;
    }
    if (c.isSurrogate() || !isXmlChar(code))
      continue;
    switch (code) {
    case U'&':
      out += u"&amp;";
      break;
    case U'<':
      out += u"&lt;";
      break;
    case U'>':
      out += u"&gt;";
      break;
    case U'"':
      out += attribute ? QStringView(u"&quot;") : QStringView(u"\"");
      break;
    case U'\'':
      out += attribute ? QStringView(u"&apos;") : QStringView(u"'");
      break;
    case U'\r':
      // A literal CR would be normalised away by the receiver's parser.
      out += u"&#13;";
      break;
    case U'\n':
    case U'\t':
      if (attribute)
        out += code == U'\n' ? QStringView(u"&#10;") : QStringView(u"&#9;");
      else
        out += c;
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace

QString escapeXmlText(QStringView text) {
  return escape(text, false);
}
QString escapeXmlAttribute(QStringView value) {
  return escape(value, true);
}

Element::Element(QString name, QString xmlns) : name_(std::move(name)), xmlns_(std::move(xmlns)) {
}

QString Element::attribute(QStringView name) const {
  for (const auto &attribute : attributes_) {
    if (attribute.name == name)
      return attribute.value;
  }
  return {};
}

bool Element::hasAttribute(QStringView name) const {
  return std::any_of(attributes_.begin(), attributes_.end(),
                     [name](const Attribute &attribute) { return attribute.name == name; });
}

Element &Element::setAttribute(const QString &name, const QString &value) {
  for (auto &attribute : attributes_) {
    if (attribute.name == name) {
      attribute.value = value;
      return *this;
    }
  }
  attributes_.append({name, value});
  return *this;
}

void Element::removeAttribute(QStringView name) {
  attributes_.removeIf([name](const Attribute &attribute) { return attribute.name == name; });
}

Element &Element::setText(const QString &text) {
  text_ = text;
  return *this;
}

Element &Element::addChild(Element child) {
  children_.push_back(std::move(child));
  return children_.back();
}

Element &Element::addTextChild(const QString &name, const QString &xmlns, const QString &text) {
  Element child(name, xmlns);
  child.setText(text);
  return addChild(std::move(child));
}

void Element::removeChildren(QStringView name, QStringView xmlns) {
  std::erase_if(children_, [&](const Element &child) {
    return child.name_ == name && (xmlns.isEmpty() || child.xmlns_ == xmlns);
  });
}

const Element *Element::firstChild(QStringView name, QStringView xmlns) const {
  for (const auto &child : children_) {
    if (child.name_ == name && (xmlns.isEmpty() || child.xmlns_ == xmlns))
      return &child;
  }
  return nullptr;
}

Element *Element::firstChild(QStringView name, QStringView xmlns) {
  return const_cast<Element *>(std::as_const(*this).firstChild(name, xmlns));
}

std::vector<const Element *> Element::childrenNamed(QStringView name, QStringView xmlns) const {
  std::vector<const Element *> found;
  for (const auto &child : children_) {
    if (child.name_ == name && (xmlns.isEmpty() || child.xmlns_ == xmlns))
      found.push_back(&child);
  }
  return found;
}

QString Element::childText(QStringView name, QStringView xmlns) const {
  const Element *child = firstChild(name, xmlns);
  return child ? child->text_ : QString();
}

QString Element::toXmlString(QStringView parentXmlns) const {
  QString out;
  writeTo(out, parentXmlns);
  return out;
}

void Element::writeTo(QString &out, QStringView parentXmlns) const {
  out += u'<';
  out += name_;
  if (xmlns_ != parentXmlns) {
    out += u" xmlns=\"";
    out += escapeXmlAttribute(xmlns_);
    out += u'"';
  }
  for (const auto &attribute : attributes_) {
    if (attribute.name == u"xmlns")
      continue; // the namespace is written from xmlns_, never twice
    out += u' ';
    out += attribute.name;
    out += u"=\"";
    out += escapeXmlAttribute(attribute.value);
    out += u'"';
  }
  if (children_.empty() && text_.isEmpty()) {
    out += u"/>";
    return;
  }
  out += u'>';
  out += escapeXmlText(text_);
  for (const auto &child : children_)
    child.writeTo(out, xmlns_);
  out += u"</";
  out += name_;
  out += u'>';
}

} // namespace sotto::xmpp
