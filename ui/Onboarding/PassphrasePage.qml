import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Two uses: choosing a passphrase because this computer has no keychain (say why), and
// unlocking a profile that is protected by one.
CenteredPage {
    id: page
    objectName: choosing ? "choosePassphrasePage" : "unlockPage"
    property bool choosing: true
    property string localError

    heading: choosing ? qsTr("Protect your messages with a passphrase") : qsTr("Unlock Sotto")
    explanation: choosing
        ? qsTr("Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.")
        : qsTr("Your messages are protected by a passphrase. Enter it to open them.")

    function submit() {
        localError = ""
        if (choosing && passphraseField.text.length < 8) {
            localError = qsTr("Please use at least 8 characters; a few unusual words work well.")
            return
        }
        if (choosing && passphraseField.text !== confirmField.text) {
            localError = qsTr("The passphrases do not match.")
            return
        }
        Backend.usePassphrase(passphraseField.text)
        passphraseField.text = ""
        confirmField.text = ""
    }

    TextField {
        id: passphraseField
        objectName: "passphraseField"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        placeholderText: qsTr("Passphrase")
        Accessible.name: qsTr("Passphrase")
        Accessible.passwordEdit: true
        focus: true
        enabled: !Backend.busy
        onAccepted: page.choosing ? confirmField.forceActiveFocus() : page.submit()
    }
    TextField {
        id: confirmField
        objectName: "confirmPassphraseField"
        visible: page.choosing
        Layout.fillWidth: true
        echoMode: TextInput.Password
        placeholderText: qsTr("Repeat passphrase")
        Accessible.name: qsTr("Repeat passphrase")
        Accessible.passwordEdit: true
        enabled: !Backend.busy
        onAccepted: page.submit()
    }
    ErrorBanner {
        Layout.fillWidth: true
        text: page.localError.length > 0 ? page.localError : Backend.problem
        onDismissed: { page.localError = ""; Backend.clearProblem() }
    }
    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        BusyIndicator {
            running: Backend.busy
            visible: running
            Layout.preferredHeight: 32
            Accessible.name: qsTr("Working")
        }
        Button {
            objectName: "passphraseSubmit"
            highlighted: true
            enabled: !Backend.busy
            text: page.choosing ? qsTr("Continue") : qsTr("Unlock")
            Accessible.name: text
            onClicked: page.submit()
        }
    }
}
