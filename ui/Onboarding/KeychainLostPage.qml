import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The keychain no longer holds Sotto's key (keychain reset, another desktop session, a
// rebuilt machine). Say so plainly, make clear nothing was deleted, and offer the ways
// back: the recovery code written down at setup, or trying the keychain again.
CenteredPage {
    id: page
    objectName: "keychainLostPage"
    heading: qsTr("Sotto's key is missing from your keychain")
    explanation: qsTr("Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.")

    Label {
        Layout.fillWidth: true
        text: qsTr("Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.")
        color: Theme.text
        wrapMode: Text.WordWrap
        font.bold: true
    }
    TextField {
        id: codeField
        objectName: "recoveryCodeField"
        Layout.fillWidth: true
        font.family: Theme.monoFamily
        placeholderText: qsTr("Recovery code")
        Accessible.name: qsTr("Recovery code")
        enabled: Backend.recoveryCodeSupported && !Backend.busy
        focus: true
        onAccepted: restoreButton.clicked()
    }
    Label {
        Layout.fillWidth: true
        visible: !Backend.recoveryCodeSupported
        text: qsTr("This version of Sotto cannot use a recovery code yet.")
        color: Theme.warning
        wrapMode: Text.WordWrap
    }
    ErrorBanner {
        Layout.fillWidth: true
        text: Backend.problem
        onDismissed: Backend.clearProblem()
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "retryKeychainButton"
            text: qsTr("Try the keychain again")
            Accessible.name: text
            Accessible.description: qsTr("Use this after unlocking or restoring your keychain")
            onClicked: Backend.start()
        }
        Item { Layout.fillWidth: true }
        Button {
            id: restoreButton
            objectName: "restoreWithCodeButton"
            highlighted: true
            enabled: Backend.recoveryCodeSupported && codeField.text.trim().length > 0 && !Backend.busy
            text: qsTr("Restore with recovery code")
            Accessible.name: text
            onClicked: Backend.recoverWithCode(codeField.text)
        }
    }
}
