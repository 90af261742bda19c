import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// One message: a date separator when it starts a day, then the bubble (own on the right,
// peer on the left) with time, the encryption mark and the delivery state.
Item {
    id: root
    required property int index
    required property var messageId
    required property string body
    required property bool outgoing
    required property var timestamp
    required property int deliveryState
    required property string errorText
    required property bool encrypted
    required property bool trusted
    required property bool undecryptable
    required property bool showDate
    required property var date

    signal retry(var messageId)
    signal copyRequested(string text)
    signal reportRequested(var messageId)

    width: ListView.view ? ListView.view.width : 400
    implicitHeight: column.implicitHeight + 4
    height: implicitHeight

    readonly property bool failed: deliveryState === 4
    readonly property bool secure: encrypted && (trusted || outgoing)
    readonly property color bubbleText: outgoing ? Theme.ownBubbleText : Theme.peerBubbleText
    readonly property color metaColor: outgoing ? Qt.rgba(1, 1, 1, 0.75) : Theme.mutedText

    // Made on first use, not with every bubble: a menu per delegate was a quarter of the
    // cost of laying out a chat (opening a conversation makes two screenfuls of bubbles).
    property Menu contextMenu: null
    // At the pointer for a right click, otherwise at the bubble's corner (keyboard).
    function openContextMenu(x, y) {
        if (!contextMenu)
            contextMenu = contextMenuComponent.createObject(root)
        contextMenu.text = bodyText.selectedText.length > 0 ? bodyText.selectedText : root.body
        if (x === undefined)
            contextMenu.popup(bubble, Math.min(16, bubble.width), Math.min(16, bubble.height))
        else
            contextMenu.popup(bubble, x, y)
    }

    // The current item of the list has the focus while the list has it.
    Keys.onPressed: function(event) {
        if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier))) {
            root.openContextMenu()
            event.accepted = true
        }
    }
    readonly property bool keyboardCurrent: ListView.isCurrentItem && ListView.view !== null && ListView.view.activeFocus

    function dayText(d) {
        const today = new Date()
        const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1)
        if (d.toDateString() === today.toDateString())
            return qsTr("Today")
        if (d.toDateString() === yesterday.toDateString())
            return qsTr("Yesterday")
        return Qt.formatDate(d, Locale.LongFormat)
    }

    Column {
        id: column
        width: parent.width
        spacing: 4
        topPadding: 2

        // Made only where a day starts (and the Retry button below only for a failed
        // message of ours): opening a chat creates two screenfuls of bubbles at once.
        Loader {
            active: root.showDate
            visible: active
            width: parent.width
            sourceComponent: Item {
                objectName: "dateSeparator"
                height: dateLabel.implicitHeight + Theme.spacing * 2
                Rectangle {
                    anchors.centerIn: parent
                    width: dateLabel.implicitWidth + 20
                    height: dateLabel.implicitHeight + 6
                    radius: height / 2
                    color: Theme.surfaceAlt
                    Label {
                        id: dateLabel
                        anchors.centerIn: parent
                        text: root.dayText(root.timestamp)
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFont
                        Accessible.role: Accessible.Separator
                    }
                }
            }
        }

        Rectangle {
            id: bubble
            objectName: "bubble"
            // Own messages on the trailing side: the right, or the left in right-to-left languages.
            x: root.outgoing !== (Qt.application.layoutDirection === Qt.RightToLeft)
               ? parent.width - width - Theme.spacing * 2 : Theme.spacing * 2
            // The text's one-line width (a wrapped TextEdit reports its wrapped width, which
            // would keep a reused delegate narrow).
            width: Math.min(Math.max(bodyMetrics.advanceWidth + 4, meta.implicitWidth) + 24, root.width * 0.72)
            height: bubbleColumn.implicitHeight + 14
            radius: Theme.radius
            color: root.undecryptable ? Theme.surfaceAlt : (root.outgoing ? Theme.ownBubble : Theme.peerBubble)
            border.width: root.outgoing ? 0 : 1
            border.color: root.failed ? Theme.danger : Theme.border
            Accessible.role: Accessible.StaticText
            Accessible.name: (root.outgoing ? qsTr("You") : qsTr("Them")) + ": "
                + (root.undecryptable ? qsTr("message could not be decrypted") : root.body)

            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: function(eventPoint) { root.openContextMenu(eventPoint.position.x, eventPoint.position.y) }
            }
            // The focus ring of the message the keyboard is on (arrows in the list).
            Rectangle {
                objectName: "focusRing"
                visible: root.keyboardCurrent
                anchors.fill: parent
                anchors.margins: -3
                radius: parent.radius + 3
                color: "transparent"
                border.width: 2
                border.color: Theme.accent
            }

            TextMetrics {
                id: bodyMetrics
                font: bodyText.font
                text: bodyText.text
            }

            ColumnLayout {
                id: bubbleColumn
                x: 12
                y: 7
                width: parent.width - 24
                spacing: 3

                TextEdit {
                    id: bodyText
                    objectName: "bodyText"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    color: root.bubbleText
                    selectionColor: Theme.accent
                    font.pixelSize: Theme.baseFont
                    font.italic: root.undecryptable
                    text: root.undecryptable
                          ? qsTr("This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.")
                          : root.body
                    activeFocusOnPress: false
                }
                RowLayout {
                    id: meta
                    Layout.alignment: Qt.AlignRight
                    spacing: 5
                    Label {
                        visible: root.failed
                        text: qsTr("Not sent")
                        color: root.outgoing ? "#ffd6d3" : Theme.danger
                        font.pixelSize: Theme.smallFont
                        font.bold: true
                    }
                    Label {
                        text: Qt.formatTime(root.timestamp, "hh:mm")
                        color: root.metaColor
                        font.pixelSize: Theme.smallFont
                    }
                    LockIcon {
                        objectName: "lockIcon"
                        visible: root.secure && !root.undecryptable
                        size: 10
                        color: root.metaColor
                        Accessible.ignored: false
                        Accessible.name: qsTr("End-to-end encrypted")
                    }
                    Label {
                        objectName: "warningIcon"
                        visible: !root.secure || root.undecryptable
                        text: "\u26a0"
                        color: root.outgoing ? "#ffe08a" : Theme.warning
                        font.pixelSize: Theme.smallFont
                        Accessible.name: !root.encrypted ? qsTr("Not encrypted") : qsTr("From a device you have not verified")
                        ToolTip.visible: warnHover.hovered
                        ToolTip.text: Accessible.name
                        HoverHandler { id: warnHover }
                    }
                    DeliveryStateIcon {
                        visible: root.outgoing
                        deliveryState: root.deliveryState
                        baseColor: root.metaColor
                    }
                }
                Loader {
                    active: root.failed && root.outgoing
                    visible: active
                    Layout.alignment: Qt.AlignRight
                    sourceComponent: Button {
                        objectName: "retryButton"
                        text: qsTr("Retry")
                        Accessible.name: qsTr("Retry sending")
                        ToolTip.visible: hovered && root.errorText.length > 0
                        ToolTip.text: root.errorText
                        onClicked: root.retry(root.messageId)
                    }
                }
            }
        }
    }

    Component {
        id: contextMenuComponent
        MessageContextMenu {
            messageId: root.messageId
            outgoing: root.outgoing
            undecryptable: root.undecryptable
            failed: root.failed
            onCopyRequested: function(text) { root.copyRequested(text) }
            onReportRequested: function(id) { root.reportRequested(id) }
            onRetryRequested: function(id) { root.retry(id) }
        }
    }
}
