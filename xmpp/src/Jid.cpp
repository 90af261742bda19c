#include "sotto/xmpp/Jid.h"

namespace sotto::xmpp {

namespace {
// RFC 7622: each part is at most 1023 octets once encoded as UTF-8.
constexpr qsizetype kMaxPartBytes = 1023;

bool partFits(const QString &part) {
  return part.toUtf8().size() <= kMaxPartBytes;
}

bool hasForbiddenCharacters(const QString &part, QStringView forbidden) {
  for (const QChar c : part) {
    if (c.isSpace() || c.category() == QChar::Other_Control || forbidden.contains(c))
      return true;
  }
  return false;
}
} // namespace

std::optional<Jid> Jid::parse(const QString &text) {
  // The resource may contain '@' and '/', so split it off first.
  const qsizetype slash = text.indexOf(u'/');
  const QString bareText = slash < 0 ? text : text.left(slash);
  Jid jid;
  if (slash >= 0) {
    jid.resource_ = text.mid(slash + 1);
    if (jid.resource_.isEmpty() || !partFits(jid.resource_))
      return std::nullopt;
  }
  const qsizetype at = bareText.indexOf(u'@');
  if (at >= 0) {
    jid.local_ = bareText.left(at);
    if (jid.local_.isEmpty() || !partFits(jid.local_) || hasForbiddenCharacters(jid.local_, u"\"&'/:<>@"))
      return std::nullopt;
  }
  jid.domain_ = (at < 0 ? bareText : bareText.mid(at + 1)).toLower();
  if (jid.domain_.endsWith(u'.'))
    jid.domain_.chop(1);
  if (jid.domain_.isEmpty() || !partFits(jid.domain_) || hasForbiddenCharacters(jid.domain_, u"@/"))
    return std::nullopt;
  if (hasForbiddenCharacters(jid.resource_, u""))
    return std::nullopt;
  return jid;
}

Jid Jid::bare() const {
  Jid jid = *this;
  jid.resource_.clear();
  return jid;
}

Jid Jid::withResource(const QString &resource) const {
  Jid jid = *this;
  jid.resource_ = resource;
  return jid;
}

QString Jid::toString() const {
  QString text;
  if (!local_.isEmpty())
    text = local_ + u'@';
  text += domain_;
  if (!resource_.isEmpty())
    text += u'/' + resource_;
  return text;
}

} // namespace sotto::xmpp
