import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// First start with an open profile and no account: make a new account on a server the
// user names, or sign in to one they have, or restore one from a backup file.
CenteredPage {
    id: page
    objectName: "welcomePage"
    heading: qsTr("Welcome to Sotto")
    explanation: qsTr("Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.")

    signal chooseCreate()
    signal chooseSignIn()
    signal chooseRestore()

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
    Button {
        objectName: "restoreBackupButton"
        Layout.fillWidth: true
        text: qsTr("Restore from backup")
        Accessible.name: text
        Accessible.description: qsTr("Brings back an account, its keys and messages from a Sotto backup file")
        onClicked: page.chooseRestore()
    }
}
