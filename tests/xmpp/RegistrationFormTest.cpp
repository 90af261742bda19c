// XEP-0077 registration: legacy fields, a data form we can fill, and one asking for more
// than a user name and password (refused with the fields named, never submitted half).
#include "RegistrationForm.h"

#include <QtTest>

using namespace sotto::xmpp;

namespace {
Element field(const QString &var, const QString &type = {}, bool required = false,
              const QString &value = {}) {
  Element f(QStringLiteral("field"), QStringLiteral("jabber:x:data"));
  f.setAttribute(QStringLiteral("var"), var);
  if (!type.isEmpty())
    f.setAttribute(QStringLiteral("type"), type);
  if (required)
    f.addChild(Element(QStringLiteral("required"), QStringLiteral("jabber:x:data")));
  if (!value.isEmpty())
    f.addTextChild(QStringLiteral("value"), QStringLiteral("jabber:x:data"), value);
  return f;
}

Element formQuery(std::initializer_list<Element> fields) {
  Element query(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
  Element &form = query.addChild(Element(QStringLiteral("x"), QStringLiteral("jabber:x:data")));
  form.setAttribute(QStringLiteral("type"), QStringLiteral("form"));
  for (const auto &f : fields)
    form.addChild(f);
  return query;
}

QString submitted(const Element &query, const QString &var) {
  for (const Element *f : query.firstChild(u"x")->childrenNamed(u"field")) {
    if (f->attribute(u"var") == var)
      return f->childText(u"value");
  }
  return QStringLiteral("<absent>");
}
} // namespace

class RegistrationFormTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void legacyFields() {
    Element query(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
    query.addChild(Element(QStringLiteral("username"), QStringLiteral("jabber:iq:register")));
    query.addChild(Element(QStringLiteral("password"), QStringLiteral("jabber:iq:register")));
    auto answer = buildRegistration(query, QStringLiteral("alice"), QStringLiteral("pw"));
    QVERIFY(answer);
    QCOMPARE(answer->childText(u"username"), QStringLiteral("alice"));
    QCOMPARE(answer->childText(u"password"), QStringLiteral("pw"));
  }

  void fillsDataForm() {
    const Element query = formQuery({field(QStringLiteral("FORM_TYPE"), QStringLiteral("hidden"), false,
                                           QStringLiteral("jabber:iq:register")),
                                     field(QStringLiteral("username"), {}, true),
                                     field(QStringLiteral("password"), QStringLiteral("text-private"), true),
                                     field(QStringLiteral("email"))});
    auto answer = buildRegistration(query, QStringLiteral("alice"), QStringLiteral("pw"));
    QVERIFY(answer);
    QCOMPARE(answer->firstChild(u"x")->attribute(u"type"), QStringLiteral("submit"));
    QCOMPARE(submitted(*answer, QStringLiteral("FORM_TYPE")), QStringLiteral("jabber:iq:register"));
    QCOMPARE(submitted(*answer, QStringLiteral("username")), QStringLiteral("alice"));
    QCOMPARE(submitted(*answer, QStringLiteral("password")), QStringLiteral("pw"));
    QCOMPARE(submitted(*answer, QStringLiteral("email")), QStringLiteral("<absent>")); // optional: left out
  }

  void refusesFormWithFieldsWeCannotFill() {
    const Element query =
        formQuery({field(QStringLiteral("username"), {}, true), field(QStringLiteral("password"), {}, true),
                   field(QStringLiteral("ocr"), {}, true)});
    auto answer = buildRegistration(query, QStringLiteral("alice"), QStringLiteral("pw"));
    QVERIFY(!answer);
    QVERIFY(answer.error().contains(QStringLiteral("ocr")));
  }
};

QTEST_GUILESS_MAIN(RegistrationFormTest)
#include "RegistrationFormTest.moc"
