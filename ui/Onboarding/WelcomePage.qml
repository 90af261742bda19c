import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// First start with an open profile and no account: make a new account on a server the
// user names, or sign in to one they have. (Restore from backup appears here once
// backups exist; a button that does nothing would only mislead.)
CenteredPage {
    id: page
    objectName: "welcomePage"
    heading: qsTr("Welcome to Sotto")
    explanation: qsTr("Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.")

    signal chooseCreate()
    signal chooseSignIn()

    Button {
        objectName: "createAccountButton"
        Layout.fillWidth: true
        highlighted: true
        text: qsTr("Create a new account")
        Accessible.name: text
        Accessible.description: qsTr("Registers a new address on an XMPP server you choose")
        focus: true
        onClicked: page.chooseCreate()
    }
    Button {
        objectName: "signInButton"
        Layout.fillWidth: true
        text: qsTr("Sign in with an existing XMPP account")
        Accessible.name: text
        onClicked: page.chooseSignIn()
    }
}
