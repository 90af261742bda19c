import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Blocked: strangers' requests, the server's block list (the same on all this
// account's devices) with Unblock, and what was reported and when.
ColumnLayout {
    id: section
    objectName: "blockedContactsSection"
    Layout.fillWidth: true
    spacing: Theme.spacing
    readonly property var controller: Backend.controller
    property alias model: blockList

    BlockListModel { id: blockList; controller: section.controller }

    Label { text: qsTr("Blocked and reported"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
    Switch {
        objectName: "dropStrangersSwitch"
        Layout.fillWidth: true
        text: qsTr("Drop messages from people who are not my contacts")
        Accessible.name: text
        checked: section.controller && section.controller.dropRequestsFromStrangers === true
        onToggled: section.controller.dropRequestsFromStrangers = checked
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: qsTr("When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.")
    }
    Label {
        visible: blockList.count === 0
        text: qsTr("Nobody is blocked.")
        color: Theme.mutedText
    }
    Repeater {
        model: blockList
        delegate: RowLayout {
            required property string jid
            required property string reportReason
            required property var reportedAt
            required property int reportedMessages
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label { text: jid; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    visible: reportReason.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFont
                    text: qsTr("Reported as %1 on %2, %n message(s) attached", "", reportedMessages)
                          .arg(reportReason === "spam" ? qsTr("spam") : reportReason === "abuse" ? qsTr("abuse") : qsTr("other"))
                          .arg(reportedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
                }
            }
            Button {
                objectName: "unblock_" + jid
                text: qsTr("Unblock")
                Accessible.name: qsTr("Unblock %1").arg(jid)
                onClicked: blockList.unblock(jid)
            }
        }
    }
}
