#include "RegistrationForm.h"

#include <QStringList>

namespace sotto::xmpp {

tl::expected<Element, QString> buildRegistration(const Element &query, const QString &username,
                                                 const QString &password) {
  Element submit(QStringLiteral("query"), kRegisterNs.toString());
  const Element *form = query.firstChild(u"x", kDataFormsNs);
  if (!form) {
    submit.addTextChild(QStringLiteral("username"), kRegisterNs.toString(), username);
    submit.addTextChild(QStringLiteral("password"), kRegisterNs.toString(), password);
    return submit;
  }
  Element answer(QStringLiteral("x"), kDataFormsNs.toString());
  answer.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
  QStringList missing;
  for (const Element *field : form->childrenNamed(u"field", kDataFormsNs)) {
    const QString var = field->attribute(u"var");
    QString value;
    if (var == u"username")
      value = username;
    else if (var == u"password")
      value = password;
    else if (var == u"FORM_TYPE" || field->attribute(u"type") == u"hidden")
      value = field->childText(u"value", kDataFormsNs);
    else if (field->hasChild(u"required", kDataFormsNs))
      missing.append(var);
    else
      continue;
    Element filled(QStringLiteral("field"), kDataFormsNs.toString());
    filled.setAttribute(QStringLiteral("var"), var);
    filled.addTextChild(QStringLiteral("value"), kDataFormsNs.toString(), value);
    answer.addChild(std::move(filled));
  }
  if (!missing.isEmpty())
    return tl::unexpected(QStringLiteral("registration asks for fields we cannot fill: %1")
                              .arg(missing.join(QStringLiteral(", "))));
  submit.addChild(std::move(answer));
  return submit;
}

} // namespace sotto::xmpp
