import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Privacy: what the people you write to may learn besides your messages.
// Message requests never get any of it, whatever is set here.
ColumnLayout {
    id: section
    objectName: "privacySection"
    Layout.fillWidth: true
    spacing: Theme.spacing
    readonly property var controller: Backend.controller

    Label { text: qsTr("Privacy"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
    Switch {
        objectName: "readReceiptsSwitch"
        visible: section.controller && section.controller.sendReadReceipts !== undefined
        Layout.fillWidth: true
        text: qsTr("Send read receipts")
        Accessible.name: text
        checked: section.controller && section.controller.sendReadReceipts === true
        onToggled: section.controller.sendReadReceipts = checked
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: qsTr("Contacts see when you have read their messages. That a message reached this computer is always confirmed.")
    }
    Switch {
        objectName: "typingIndicatorsSwitch"
        visible: section.controller && section.controller.sendTypingIndicators !== undefined
        Layout.fillWidth: true
        text: qsTr("Send typing indicators")
        Accessible.name: text
        checked: section.controller && section.controller.sendTypingIndicators === true
        onToggled: section.controller.sendTypingIndicators = checked
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: qsTr("Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.")
    }
    Switch {
        objectName: "blindTrustSwitch"
        visible: section.controller && section.controller.blindTrust !== undefined
        Layout.fillWidth: true
        text: qsTr("Trust new devices of my contacts until I verify them")
        Accessible.name: text
        checked: section.controller && section.controller.blindTrust === true
        onToggled: section.controller.blindTrust = checked
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: qsTr("When off, Sotto does not encrypt to a new device of a contact until you decide about it.")
    }
}
