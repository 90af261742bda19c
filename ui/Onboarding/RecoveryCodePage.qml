import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Shown once, right after the profile was made: the only way back in if the keychain
// entry or the passphrase is lost. The user must confirm they stored it.
CenteredPage {
    id: page
    objectName: "recoveryCodePage"
    heading: qsTr("Save your recovery code")
    explanation: qsTr("If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.")

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: codeLabel.implicitHeight + Theme.spacing * 3
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        Label {
            id: codeLabel
            objectName: "recoveryCodeLabel"
            anchors.centerIn: parent
            width: parent.width - Theme.spacing * 3
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WrapAnywhere
            text: Backend.recoveryCode
            font.family: Theme.monoFamily
            font.pixelSize: Theme.baseFont + 4
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Recovery code: %1").arg(text)
        }
    }
    CheckBox {
        id: savedBox
        objectName: "savedCheckBox"
        Layout.fillWidth: true
        text: qsTr("I have saved my recovery code somewhere safe")
        Accessible.name: text
        focus: true
    }
    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "recoveryContinue"
            highlighted: true
            enabled: savedBox.checked
            text: qsTr("Continue")
            Accessible.name: text
            onClicked: Backend.confirmRecoveryCodeSaved()
        }
    }
}
