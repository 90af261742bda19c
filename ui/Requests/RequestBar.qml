import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Above a message request: who wrote, what they cannot see (that it arrived, that it was
// read), and the four answers. Nothing is sent to the stranger until Accept.
Rectangle {
    id: bar
    objectName: "requestBar"
    property string jid
    readonly property var controller: Backend.controller
    property bool isRequest: false
    signal deleted()

    function update() { isRequest = controller && jid.length > 0 && controller.isRequest(jid) }
    onJidChanged: update()
    Component.onCompleted: update()
    Connections {
        target: bar.controller
        function onRequestsChanged() { bar.update() }
        function onConversationsChanged() { bar.update() }
    }

    visible: isRequest
    implicitHeight: visible ? column.implicitHeight + Theme.spacing * 3 : 0
    color: Theme.surfaceAlt
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing
        Label {
            objectName: "requestTitle"
            Layout.fillWidth: true
            text: qsTr("Message request from %1").arg(bar.jid)
            font.bold: true
            color: Theme.text
            wrapMode: Text.WrapAnywhere
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            text: qsTr("This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.")
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "acceptRequestButton"
                text: qsTr("Accept")
                highlighted: true
                Accessible.name: qsTr("Accept message request from %1").arg(bar.jid)
                onClicked: bar.controller.acceptRequest(bar.jid)
            }
            Button {
                objectName: "deleteRequestButton"
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete message request from %1").arg(bar.jid)
                onClicked: if (bar.controller.deleteRequest(bar.jid)) bar.deleted()
            }
            Button {
                objectName: "blockRequestButton"
                text: qsTr("Block")
                Accessible.name: qsTr("Block %1").arg(bar.jid)
                onClicked: bar.controller.block(bar.jid)
            }
            Button {
                objectName: "reportRequestButton"
                text: qsTr("Report…")
                Accessible.name: qsTr("Report %1").arg(bar.jid)
                onClicked: reportDialog.openFor(bar.jid, 0)
            }
        }
    }

    ReportDialog { id: reportDialog; objectName: "requestReportDialog" }
}
