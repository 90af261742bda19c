#pragma once

#include <QStringView>

// XML namespaces of the XEPs the managers speak, in one place.
namespace sotto::xmpp::ns {
inline constexpr QStringView kClient = u"jabber:client";
inline constexpr QStringView kRoster = u"jabber:iq:roster";
inline constexpr QStringView kRegister = u"jabber:iq:register";
inline constexpr QStringView kDiscoInfo = u"http://jabber.org/protocol/disco#info";
inline constexpr QStringView kDiscoItems = u"http://jabber.org/protocol/disco#items";
inline constexpr QStringView kCaps = u"http://jabber.org/protocol/caps";
inline constexpr QStringView kReceipts = u"urn:xmpp:receipts";
inline constexpr QStringView kMarkers = u"urn:xmpp:chat-markers:0";
inline constexpr QStringView kStanzaId = u"urn:xmpp:sid:0";
inline constexpr QStringView kDelay = u"urn:xmpp:delay";
inline constexpr QStringView kForward = u"urn:xmpp:forward:0";
inline constexpr QStringView kCarbons = u"urn:xmpp:carbons:2";
inline constexpr QStringView kHints = u"urn:xmpp:hints";
inline constexpr QStringView kMam = u"urn:xmpp:mam:2";
inline constexpr QStringView kRsm = u"http://jabber.org/protocol/rsm";
inline constexpr QStringView kDataForms = u"jabber:x:data";
inline constexpr QStringView kPubSub = u"http://jabber.org/protocol/pubsub";
inline constexpr QStringView kPubSubEvent = u"http://jabber.org/protocol/pubsub#event";
inline constexpr QStringView kPubSubOwner = u"http://jabber.org/protocol/pubsub#owner";
inline constexpr QStringView kPubSubErrors = u"http://jabber.org/protocol/pubsub#errors";
inline constexpr QStringView kBlocking = u"urn:xmpp:blocking";
inline constexpr QStringView kReporting = u"urn:xmpp:reporting:1";
inline constexpr QStringView kPing = u"urn:xmpp:ping";
inline constexpr QStringView kEme = u"urn:xmpp:eme:0";
inline constexpr QStringView kOmemo = u"eu.siacs.conversations.axolotl";
inline constexpr QStringView kChatStates = u"http://jabber.org/protocol/chatstates";
} // namespace sotto::xmpp::ns
