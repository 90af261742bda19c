import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// First start: bring an account back from a backup file made on another computer. The
// whole file is checked before anything is written; the key of this profile stays in
// this computer's keychain (or passphrase). Afterwards the account connects and renews
// its encryption sessions by itself.
CenteredPage {
    id: page
    objectName: "restorePage"
    heading: qsTr("Restore from a backup")
    explanation: qsTr("Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.")

    signal back()

    BackupController {
        id: backups
        objectName: "restoreController"
        controller: Backend.controller
        onFinished: function(ok, text) {
            message.text = text
            message.color = ok ? Theme.success : Theme.danger
        }
    }

    Label { text: qsTr("Backup file"); color: Theme.text }
    TextField {
        id: file
        objectName: "restoreFileField"
        Layout.fillWidth: true
        placeholderText: qsTr("/path/to/sotto-backup.sottobackup")
        enabled: !backups.running
        Accessible.name: qsTr("Backup file")
    }
    Label { text: qsTr("Backup passphrase"); color: Theme.text }
    TextField {
        id: passphrase
        objectName: "restorePassphraseField"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        // Also the spoken label: Qt 6.4 hides a password field's name from screen readers
        // and reads its placeholder instead.
        placeholderText: qsTr("Backup passphrase")
        enabled: !backups.running
        Accessible.name: qsTr("Backup passphrase")
    }
    ProgressBar {
        objectName: "restoreProgress"
        visible: backups.running
        Layout.fillWidth: true
        value: backups.progress
        Accessible.name: qsTr("Restore progress")
    }
    Label {
        id: message
        objectName: "restoreMessage"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        visible: text.length > 0
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            text: qsTr("Back")
            enabled: !backups.running
            Accessible.name: text
            onClicked: page.back()
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "cancelRestoreButton"
            visible: backups.running
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the restore")
            onClicked: backups.cancel()
        }
        Button {
            objectName: "restoreButton"
            highlighted: true
            text: qsTr("Restore")
            enabled: !backups.running && file.text.length > 0 && passphrase.text.length > 0
            Accessible.name: text
            onClicked: { message.text = ""; backups.restore(file.text, passphrase.text) }
        }
    }
}
