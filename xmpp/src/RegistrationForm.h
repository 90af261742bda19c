#pragma once

#include "sotto/xmpp/Element.h"

#include <tl/expected.hpp>

namespace sotto::xmpp {

inline constexpr QStringView kRegisterNs = u"jabber:iq:register";
inline constexpr QStringView kDataFormsNs = u"jabber:x:data";

// XEP-0077: builds the <query/> to submit from the server's registration form. With a
// data form (XEP-0004) we fill username and password and refuse when other required
// fields (a CAPTCHA, an e-mail address) are asked for: the error names them.
tl::expected<Element, QString> buildRegistration(const Element &query, const QString &username,
                                                 const QString &password);

} // namespace sotto::xmpp
