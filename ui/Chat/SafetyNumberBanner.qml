import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Shown when a contact's key changed: sending stops until the user reviews the new
// safety number (and verifies it, or accepts it knowingly).
Rectangle {
    id: banner
    objectName: "safetyNumberBanner"
    property string peerName
    signal review()

    implicitHeight: row.implicitHeight + Theme.spacing * 2
    color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.18)
    border.color: Theme.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        Label {
            text: "\u26a0"
            color: Theme.warning
            font.pixelSize: Theme.baseFont + 4
            Accessible.ignored: true
        }
        Label {
            id: label
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.").arg(banner.peerName)
        }
        Button {
            objectName: "reviewSafetyNumber"
            text: qsTr("Review")
            highlighted: true
            Accessible.name: qsTr("Review safety number")
            onClicked: banner.review()
        }
    }
}
