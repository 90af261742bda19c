import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// A problem stated in words, with an optional action; announced to screen readers.
Rectangle {
    id: banner
    property string text
    property string actionText
    property bool warningOnly: false
    signal actionTriggered()
    signal dismissed()

    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + Theme.spacing * 2 : 0
    radius: 6
    readonly property color tone: warningOnly ? Theme.warning : Theme.danger
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.15)
    border.color: warningOnly ? Theme.warning : Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Label {
            text: "\u26a0"
            color: banner.warningOnly ? Theme.warning : Theme.danger
            font.pixelSize: Theme.baseFont + 2
            Accessible.ignored: true
        }
        Label {
            objectName: "errorText"
            Layout.fillWidth: true
            text: banner.text
            color: Theme.text
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.baseFont
        }
        Button {
            visible: banner.actionText.length > 0
            text: banner.actionText
            Accessible.name: text
            onClicked: banner.actionTriggered()
        }
        ToolButton {
            text: "\u2715"
            Accessible.name: qsTr("Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
