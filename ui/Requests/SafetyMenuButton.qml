import QtQuick
import QtQuick.Controls
import Sotto.Ui

// Block / Unblock and Report for one address, from a chat's header or a contact page.
// selectedMessageId: the message the report dialog ticks first (0: none).
ToolButton {
    id: button
    objectName: "safetyMenuButton"
    property string jid
    property var selectedMessageId: 0
    readonly property var controller: Backend.controller
    property bool blocked: false

    function update() { blocked = controller && jid.length > 0 && controller.isBlocked(jid) }
    onJidChanged: update()
    Component.onCompleted: update()
    Connections {
        target: button.controller
        function onBlockedChanged() { button.update() }
    }

    text: qsTr("Safety")
    Accessible.name: qsTr("Block or report %1").arg(jid)
    onClicked: menu.popup()

    Menu {
        id: menu
        MenuItem {
            objectName: "blockMenuItem"
            text: button.blocked ? qsTr("Unblock") : qsTr("Block")
            Accessible.name: text
            onTriggered: button.blocked ? button.controller.unblock(button.jid) : button.controller.block(button.jid)
        }
        MenuItem {
            objectName: "reportMenuItem"
            text: qsTr("Report…")
            Accessible.name: qsTr("Report %1").arg(button.jid)
            onTriggered: reportDialog.openFor(button.jid, button.selectedMessageId)
        }
    }
    ReportDialog { id: reportDialog; parent: Overlay.overlay }
}
