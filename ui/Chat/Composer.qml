import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Multi-line message field. Enter sends, Shift+Enter starts a new line. The text is
// handed to the chat pane (sendRequested); it is cleared only when the send was accepted.
Rectangle {
    id: composer
    objectName: "composer"
    property alias text: field.text
    property alias field: field
    property string placeholder: qsTr("Write an encrypted message")
    property bool canSend: true
    // Returns true when the message was taken (queued); false keeps the text.
    property var sendHandler: function(text) { return false }
    signal sent(string text)
    // The user changed the text (not a draft being loaded): for typing indicators.
    signal edited(bool hasText)
    property bool _loading: false

    // Shows a conversation's draft without it counting as typing.
    function load(text) {
        _loading = true
        field.text = text
        _loading = false
    }

    implicitHeight: Math.min(row.implicitHeight, 180) + Theme.spacing * 2
    color: Theme.surface
    border.color: Theme.border

    function trySend() {
        const message = field.text.replace(/\s+$/, "")
        if (message.trim().length === 0)
            return false
        if (composer.sendHandler(message)) {
            field.text = ""
            composer.sent(message)
            return true
        }
        return false
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(field.implicitHeight, 160)
            TextArea {
                id: field
                objectName: "composerField"
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                placeholderText: composer.placeholder
                font.pixelSize: Theme.baseFont
                color: Theme.text
                focus: true
                onTextChanged: if (!composer._loading) composer.edited(text.length > 0)
                Accessible.name: qsTr("Message")
                Accessible.description: qsTr("Enter sends, Shift+Enter starts a new line")
                background: Rectangle {
                    radius: 6
                    color: Theme.background
                    border.width: field.activeFocus ? 2 : 1
                    border.color: field.activeFocus ? Theme.accent : Theme.border
                }
                // Tab leaves the field (a TextArea would type a tab character and trap a
                // keyboard-only user in it).
                Keys.onTabPressed: function(event) { field.nextItemInFocusChain(!(event.modifiers & Qt.ShiftModifier)).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                Keys.onBacktabPressed: function(event) { field.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
                Keys.onPressed: function(event) {
                    if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                        return
                    event.accepted = true
                    if (event.modifiers & Qt.ShiftModifier)
                        field.insert(field.cursorPosition, "\n")
                    else
                        composer.trySend()
                }
            }
        }
        Button {
            objectName: "sendButton"
            Layout.alignment: Qt.AlignBottom
            text: qsTr("Send")
            highlighted: true
            enabled: composer.canSend && field.text.trim().length > 0
            Accessible.name: qsTr("Send message")
            onClicked: composer.trySend()
        }
    }
}
