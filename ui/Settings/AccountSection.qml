import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Account: the address, Change password… (the server's, XEP-0077; the new one
// is kept in the keychain only once the server took it) and Sign out.
ColumnLayout {
    id: section
    objectName: "accountSection"
    Layout.fillWidth: true
    spacing: Theme.spacing
    readonly property var controller: Backend.controller
    property alias passwordDialog: passwordDialog

    Label { text: qsTr("Account"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
    Label {
        objectName: "accountJid"
        Layout.fillWidth: true
        elide: Text.ElideRight
        text: section.controller && section.controller.accountJid.length > 0 ? section.controller.accountJid : qsTr("No account")
        color: Theme.mutedText
    }
    RowLayout {
        spacing: Theme.spacing
        Button {
            objectName: "changePasswordButton"
            text: qsTr("Change password…")
            enabled: section.controller && section.controller.hasAccount
                     && typeof section.controller.changePassword === "function"
            Accessible.name: qsTr("Change password")
            onClicked: passwordDialog.openClean()
        }
        Button {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            enabled: section.controller && section.controller.hasAccount
            Accessible.name: text
            onClicked: section.controller.signOut()
        }
    }

    Dialog {
        id: passwordDialog
        objectName: "changePasswordDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(440, (parent ? parent.width : 440) - 40)
        modal: true
        title: qsTr("Change password")
        property bool busy: false
        property string error
        property bool done: false
        readonly property int minimumLength: 8
        readonly property bool valid: currentField.text.length > 0
                                      && newField.text.length >= minimumLength
                                      && newField.text === repeatField.text

        function openClean() {
            currentField.text = ""
            newField.text = ""
            repeatField.text = ""
            error = ""
            done = false
            busy = false
            open()
            currentField.forceActiveFocus()
        }
        function submit() {
            if (!valid || busy)
                return
            error = ""
            busy = true
            section.controller.changePassword(currentField.text, newField.text)
        }

        Connections {
            target: section.controller
            function onPasswordChangeFinished(code) {
                if (!passwordDialog.visible)
                    return
                passwordDialog.busy = false
                if (code === 0) {
                    passwordDialog.done = true
                    currentField.text = ""
                    newField.text = ""
                    repeatField.text = ""
                } else {
                    passwordDialog.error = section.controller.errorText(code)
                }
            }
        }

        footer: DialogButtonBox {
            Button {
                objectName: "changePasswordCancel"
                text: passwordDialog.done ? qsTr("Close") : qsTr("Cancel")
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "changePasswordConfirm"
                visible: !passwordDialog.done
                text: qsTr("Change")
                highlighted: true
                enabled: passwordDialog.valid && !passwordDialog.busy
                Accessible.name: qsTr("Change password")
                onClicked: passwordDialog.submit()
            }
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.")
                      .arg(section.controller ? section.controller.accountJid : "")
            }
            Label { text: qsTr("Current password"); color: Theme.text }
            TextField {
                id: currentField
                objectName: "currentPasswordField"
                // Qt 6.4 speaks a password field's placeholder as its label.
                placeholderText: qsTr("Current password")
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !passwordDialog.busy && !passwordDialog.done
                Accessible.name: qsTr("Current password")
                onAccepted: newField.forceActiveFocus()
            }
            Label { text: qsTr("New password"); color: Theme.text }
            TextField {
                id: newField
                objectName: "newPasswordField"
                // Qt 6.4 speaks a password field's placeholder as its label.
                placeholderText: qsTr("New password")
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !passwordDialog.busy && !passwordDialog.done
                Accessible.name: qsTr("New password")
                onAccepted: repeatField.forceActiveFocus()
            }
            Label { text: qsTr("New password again"); color: Theme.text }
            TextField {
                id: repeatField
                objectName: "repeatPasswordField"
                // Qt 6.4 speaks a password field's placeholder as its label.
                placeholderText: qsTr("New password again")
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !passwordDialog.busy && !passwordDialog.done
                Accessible.name: qsTr("New password again")
                onAccepted: passwordDialog.submit()
            }
            Label {
                objectName: "passwordHint"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
                visible: !passwordDialog.done && passwordDialog.error.length === 0
                text: newField.text.length > 0 && newField.text.length < passwordDialog.minimumLength
                      ? qsTr("Use at least %1 characters.").arg(passwordDialog.minimumLength)
                      : repeatField.text.length > 0 && newField.text !== repeatField.text
                        ? qsTr("The two new passwords differ.") : ""
            }
            BusyIndicator {
                visible: passwordDialog.busy
                running: visible
                Layout.alignment: Qt.AlignHCenter
                Accessible.name: qsTr("Changing the password")
            }
            Label {
                objectName: "changePasswordError"
                visible: text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: passwordDialog.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "changePasswordDone"
                visible: passwordDialog.done
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.success
                text: qsTr("Your password is changed. Sotto keeps the new one on this computer.")
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
