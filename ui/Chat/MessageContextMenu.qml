import QtQuick
import QtQuick.Controls
import Sotto.Ui

// What can be done with one message: copy its text, report it (only someone else's:
// the report dialog opens with exactly this message ticked), retry a failed one of ours.
// Opened by a right click on the bubble, or the Menu key / Shift+F10 on the focused one.
Menu {
    id: menu
    objectName: "messageContextMenu"
    property var messageId: 0
    property string text          // the selection, or the whole body
    property bool outgoing: false
    property bool undecryptable: false
    property bool failed: false
    // Fusion draws item text in the palette's colours, which do not follow Theme's dark mode.
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.window: Theme.surface
    palette.base: Theme.surface

    signal copyRequested(string text)
    signal reportRequested(var messageId)
    signal retryRequested(var messageId)

    MenuItem {
        objectName: "copyMessageMenuItem"
        text: qsTr("Copy text")
        Accessible.name: text
        enabled: !menu.undecryptable && menu.text.length > 0
        onTriggered: menu.copyRequested(menu.text)
    }
    MenuItem {
        objectName: "reportMessageMenuItem"
        // Only what someone else sent can be reported.
        visible: !menu.outgoing
        height: visible ? implicitHeight : 0
        text: qsTr("Report…")
        Accessible.name: qsTr("Report this message")
        onTriggered: menu.reportRequested(menu.messageId)
    }
    MenuItem {
        objectName: "retryMenuItem"
        visible: menu.failed && menu.outgoing
        height: visible ? implicitHeight : 0
        text: qsTr("Retry sending")
        Accessible.name: text
        onTriggered: menu.retryRequested(menu.messageId)
    }
}
