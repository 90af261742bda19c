import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Backups: one encrypted file with everything this profile holds, restorable
// on another computer. The passphrase is generated (30 digits, shown once, confirmed by
// typing it again) or the user's own if it is long enough; progress and Cancel while it
// runs; Verify reads the whole file back; the last result stays visible.
ColumnLayout {
    id: section
    objectName: "backupSection"
    Layout.fillWidth: true
    spacing: Theme.spacing

    // Idle, ShowPassphrase, Reenter, OwnPassphrase, Verify, MergeRestore
    property int step: 0
    // Turning automatic backups on (1 daily, 2 weekly) takes the passphrase steps first.
    property int pendingFrequency: 0
    property string generated: ""
    property string message: ""
    property bool messageOk: true
    readonly property alias backups: backups

    function reset() {
        step = 0
        generated = ""
        reentry.text = ""
        own.text = ""
        ownAgain.text = ""
        verifyPassphrase.text = ""
        mergeFile.text = ""
        mergePassphrase.text = ""
        writtenDown.checked = false
        pendingFrequency = 0
    }

    // The end of the passphrase steps: a backup now, or automatic backups turned on.
    function usePassphrase(passphrase) {
        if (pendingFrequency > 0)
            backups.enableAutomatic(pendingFrequency, keepBox.value, passphrase)
        else
            backups.backUpNow(passphrase)
    }

    BackupController {
        id: backups
        objectName: "backupController"
        controller: Backend.controller
        onFinished: function(ok, text) {
            section.message = text
            section.messageOk = ok
            section.reset()
        }
    }

    Label { text: qsTr("Backups"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        text: qsTr("A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("Folder"); color: Theme.text }
        TextField {
            objectName: "backupFolderField"
            Layout.fillWidth: true
            text: backups.folder
            enabled: !backups.running
            Accessible.name: qsTr("Backup folder")
            onEditingFinished: backups.folder = text
        }
    }

    RowLayout {
        visible: section.step === 0 && !backups.running
        spacing: Theme.spacing
        Button {
            objectName: "backUpNowButton"
            text: qsTr("Back up now")
            highlighted: true
            enabled: Backend.controller && Backend.controller.hasAccount
            Accessible.name: text
            onClicked: { section.generated = backups.generatePassphrase(); section.step = 1 }
        }
        Button {
            objectName: "ownPassphraseButton"
            text: qsTr("Use my own passphrase")
            enabled: Backend.controller && Backend.controller.hasAccount
            Accessible.name: text
            onClicked: section.step = 3
        }
        Button {
            objectName: "verifyButton"
            text: qsTr("Verify")
            enabled: backups.lastPath.length > 0
            Accessible.name: qsTr("Verify the last backup")
            onClicked: section.step = 4
        }
        Button {
            objectName: "mergeRestoreButton"
            text: qsTr("Restore into this profile…")
            enabled: Backend.controller && Backend.controller.profileOpen
            Accessible.name: qsTr("Restore a backup into this profile")
            onClicked: section.step = 5
        }
    }

    // Automatic backups: off, daily or weekly, keeping the newest N files.
    Label { text: qsTr("Automatic backups"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ComboBox {
            id: frequencyBox
            objectName: "automaticFrequencyBox"
            model: [qsTr("Off"), qsTr("Daily"), qsTr("Weekly")]
            currentIndex: backups.automaticFrequency
            enabled: section.step === 0 && !backups.running && Backend.controller && Backend.controller.hasAccount
            Accessible.name: qsTr("Automatic backups")
            onActivated: function(index) {
                const current = backups.automaticFrequency
                currentIndex = Qt.binding(function() { return backups.automaticFrequency })
                if (index === current)
                    return
                if (index === 0 || current !== 0) {
                    backups.changeAutomaticFrequency(index)
                    return
                }
                // Turning them on: a passphrase, the same way as "Back up now".
                section.pendingFrequency = index
                section.generated = backups.generatePassphrase()
                section.step = 1
            }
        }
        Label { text: qsTr("Keep the last"); color: Theme.text }
        SpinBox {
            id: keepBox
            objectName: "keepSpinBox"
            from: 1
            to: 100
            value: backups.keep
            enabled: !backups.running
            Accessible.name: qsTr("Number of automatic backups to keep")
            onValueModified: backups.keep = value
        }
        Item { Layout.fillWidth: true }
    }
    Label {
        objectName: "automaticStatusLabel"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.smallFont
        color: backups.automaticLastTime.length > 0 && !backups.automaticLastOk ? Theme.danger : Theme.mutedText
        text: backups.automaticRunning ? qsTr("An automatic backup is running…")
              : backups.automaticLastTime.length > 0
                ? qsTr("Last automatic backup: %1 — %2").arg(backups.automaticLastTime).arg(backups.automaticLastResult)
                : backups.automaticFrequency > 0 ? qsTr("No automatic backup yet.")
                                                 : qsTr("Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.")
    }

    // Step 1: the generated passphrase, shown this once.
    ColumnLayout {
        visible: section.step === 1
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Write this passphrase down and keep it somewhere safe. Sotto shows it only now.")
        }
        Label {
            visible: section.pendingFrequency > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.")
        }
        Label {
            objectName: "generatedPassphrase"
            Layout.fillWidth: true
            text: section.generated
            font.family: Theme.monoFamily
            font.pixelSize: Theme.baseFont + 6
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Accessible.name: qsTr("Backup passphrase: %1").arg(text)
        }
        CheckBox {
            id: writtenDown
            objectName: "writtenDownCheck"
            text: qsTr("I have written it down")
            Accessible.name: text
        }
        RowLayout {
            Button { text: qsTr("Cancel"); Accessible.name: text; onClicked: section.reset() }
            Button {
                objectName: "continueButton"
                text: qsTr("Continue")
                highlighted: true
                enabled: writtenDown.checked
                Accessible.name: text
                onClicked: section.step = 2
            }
        }
    }

    // Step 2: typed again, from the paper.
    ColumnLayout {
        visible: section.step === 2
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("Type the passphrase again, from what you wrote down."); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            id: reentry
            objectName: "reentryField"
            Layout.fillWidth: true
            font.family: Theme.monoFamily
            placeholderText: "00000 00000 00000 00000 00000 00000"
            Accessible.name: qsTr("Backup passphrase, again")
        }
        Label {
            visible: reentry.text.length >= 30 && !backups.matches(section.generated, reentry.text)
            text: qsTr("That is not the passphrase shown before.")
            color: Theme.danger
        }
        RowLayout {
            Button { text: qsTr("Back"); Accessible.name: text; onClicked: { reentry.text = ""; section.step = 1 } }
            Button {
                objectName: "startBackupButton"
                text: qsTr("Start backup")
                highlighted: true
                enabled: backups.matches(section.generated, reentry.text)
                Accessible.name: text
                onClicked: section.usePassphrase(reentry.text)
            }
        }
    }

    // Step 3: the user's own passphrase.
    ColumnLayout {
        visible: section.step === 3
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: own
            objectName: "ownPassphraseField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Your passphrase")
            Accessible.name: qsTr("Your backup passphrase")
        }
        TextField {
            id: ownAgain
            objectName: "ownPassphraseAgainField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("The same again")
            Accessible.name: qsTr("Your backup passphrase, again")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            text: qsTr("At least 16 characters, at least 6 of them different.")
        }
        RowLayout {
            Button { text: qsTr("Cancel"); Accessible.name: text; onClicked: section.reset() }
            Button {
                objectName: "startOwnBackupButton"
                text: qsTr("Start backup")
                highlighted: true
                enabled: backups.isAcceptable(own.text) && backups.matches(own.text, ownAgain.text)
                Accessible.name: text
                onClicked: section.usePassphrase(own.text)
            }
        }
    }

    // Step 4: verify the last backup.
    ColumnLayout {
        visible: section.step === 4
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: backups.lastPath; color: Theme.mutedText; elide: Text.ElideMiddle; Layout.fillWidth: true }
        TextField {
            id: verifyPassphrase
            objectName: "verifyPassphraseField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Backup passphrase")
            Accessible.name: qsTr("Backup passphrase")
        }
        RowLayout {
            Button { text: qsTr("Cancel"); Accessible.name: text; onClicked: section.reset() }
            Button {
                objectName: "startVerifyButton"
                text: qsTr("Verify")
                highlighted: true
                enabled: verifyPassphrase.text.length > 0
                Accessible.name: qsTr("Verify the last backup")
                onClicked: backups.verify(backups.lastPath, verifyPassphrase.text)
            }
        }
    }

    // Step 5: a backup merged into this profile, after saying what that does.
    ColumnLayout {
        visible: section.step === 5
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            objectName: "mergeExplanation"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.")
        }
        TextField {
            id: mergeFile
            objectName: "mergeFileField"
            Layout.fillWidth: true
            placeholderText: qsTr("Backup file")
            Accessible.name: qsTr("Backup file to restore")
        }
        TextField {
            id: mergePassphrase
            objectName: "mergePassphraseField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Backup passphrase")
            Accessible.name: qsTr("Passphrase of that backup")
        }
        RowLayout {
            Button { text: qsTr("Cancel"); Accessible.name: text; onClicked: section.reset() }
            Button {
                objectName: "startMergeButton"
                text: qsTr("Add what is missing")
                highlighted: true
                enabled: mergeFile.text.length > 0 && mergePassphrase.text.length > 0
                Accessible.name: text
                onClicked: backups.restoreInto(mergeFile.text, mergePassphrase.text)
            }
        }
    }

    RowLayout {
        visible: backups.running
        Layout.fillWidth: true
        spacing: Theme.spacing
        ProgressBar {
            objectName: "backupProgress"
            Layout.fillWidth: true
            value: backups.progress
            Accessible.name: qsTr("Backup progress")
        }
        Button {
            objectName: "cancelBackupButton"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the backup")
            onClicked: backups.cancel()
        }
    }

    Label {
        objectName: "backupMessage"
        visible: section.message.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: section.messageOk ? Theme.text : Theme.danger
        text: section.message
    }
    Label {
        objectName: "lastBackupLabel"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: backups.lastTime.length > 0 ? qsTr("Last: %1 — %2").arg(backups.lastTime).arg(backups.lastResult)
                                          : qsTr("No backup yet.")
    }
}
