import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// One row of the conversation list: avatar, name, time, last message (or the draft),
// unread badge, pinned and muted marks; requests get Accept / Decline.
ItemDelegate {
    id: row
    required property int index
    required property string jid
    required property string title
    required property string lastBody
    required property bool lastOutgoing
    required property var lastActivity
    required property int unread
    required property bool pinned
    required property bool muted
    required property bool archived
    required property bool request
    required property string draft
    required property string match
    property bool selected: false

    signal accept()
    signal decline()
    signal contextMenuRequested()

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: selected
    padding: Theme.spacing
    Accessible.name: unread > 0
        ? qsTr("%1, %n unread message(s)", "", unread).arg(title)
        : title
    Accessible.description: lastBody
    // A name is only what the roster says: the address is a hover away.
    ToolTip.visible: hovered && title !== jid
    ToolTip.text: jid
    ToolTip.delay: 800

    function timeText(when) {
        if (!when || isNaN(when.getTime()) || when.getTime() === 0)
            return ""
        const now = new Date()
        if (when.toDateString() === now.toDateString())
            return Qt.formatTime(when, "hh:mm")
        return Qt.formatDate(when, Locale.ShortFormat)
    }

    background: Rectangle {
        color: row.selected ? Theme.selection : (row.hovered ? Theme.surfaceAlt : "transparent")
        radius: 6
        border.width: row.visualFocus ? 2 : 0
        border.color: Theme.accent
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.contextMenuRequested()
    }

    contentItem: RowLayout {
        spacing: Theme.spacing * 1.5
        Avatar { jid: row.jid; name: row.title; size: 40 }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    elide: Text.ElideRight
                    // Explicit, so it mirrors: a Latin name still starts at the avatar in Arabic.
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.baseFont
                    font.bold: row.unread > 0
                    color: Theme.text
                }
                Label {
                    visible: row.pinned
                    text: "\u2605"
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFont
                    Accessible.name: qsTr("Pinned")
                }
                Label {
                    text: row.timeText(row.lastActivity)
                    color: row.unread > 0 ? Theme.accent : Theme.mutedText
                    font.pixelSize: Theme.smallFont
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft // mirrors in right-to-left languages
                    maximumLineCount: 1
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.smallFont + 1
                    color: row.draft.length > 0 ? Theme.danger : Theme.mutedText
                    text: row.match.length > 0 ? qsTr("Found: %1").arg(row.match.replace(/\n/g, " "))
                        : row.draft.length > 0 ? qsTr("Draft: %1").arg(row.draft)
                        : row.request ? qsTr("Wants to message you")
                        : (row.lastOutgoing ? qsTr("You: %1").arg(row.lastBody) : row.lastBody).replace(/\n/g, " ")
                }
                Label {
                    visible: row.muted
                    text: qsTr("muted")
                    font.italic: true
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                }
                Rectangle {
                    objectName: "unreadBadge"
                    visible: row.unread > 0
                    implicitWidth: Math.max(20, badgeText.implicitWidth + 10)
                    implicitHeight: 20
                    radius: 10
                    color: row.muted ? Theme.mutedText : Theme.accent
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        text: row.unread > 999 ? "999+" : row.unread
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.smallFont
                        font.bold: true
                    }
                }
            }
            RowLayout {
                visible: row.request
                spacing: Theme.spacing
                Button {
                    text: qsTr("Accept")
                    Accessible.name: qsTr("Accept message request from %1").arg(row.jid)
                    onClicked: row.accept()
                }
                Button {
                    text: qsTr("Decline")
                    Accessible.name: qsTr("Decline message request from %1").arg(row.jid)
                    onClicked: row.decline()
                }
            }
        }
    }
}
