import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Conversation list and chat in a SplitView, with the window's shortcuts; settings,
// contact details and safety numbers open over it.
StackView {
    id: stack
    objectName: "mainView"
    property alias conversations: conversationModel
    property alias listPane: listPane
    property alias chatPane: chatPane
    readonly property var controller: Backend.controller

    function openConversation(jid) {
        while (stack.depth > 1)
            stack.pop()
        chatPane.peerJid = jid
        chatPane.composer.field.forceActiveFocus()
    }
    function showSafetyNumber(jid) { stack.push(safetyPage, { jid: jid }) }
    function showContact(jid) { stack.push(contactPage, { jid: jid }) }
    function showSettings() { if (stack.depth === 1) stack.push(settingsPage) }

    ConversationListModel {
        id: conversationModel
        controller: stack.controller
    }

    // Notifications: none for the conversation on screen; a click opens its conversation.
    Binding { target: NotificationCenter; property: "openConversation"; value: chatPane.peerJid }
    // The tray icon's badge: unread messages of conversations that are not muted.
    Binding {
        target: typeof TrayIcon !== "undefined" ? TrayIcon : null
        property: "unreadCount"
        value: conversationModel.totalUnread
    }
    Connections {
        target: NotificationCenter
        function onActivated(jid) { stack.openConversation(jid) }
    }

    Shortcut { sequence: "Ctrl+F"; onActivated: { while (stack.depth > 1) stack.pop(); listPane.focusSearch() } }
    Shortcut { sequence: "Ctrl+K"; onActivated: { while (stack.depth > 1) stack.pop(); listPane.focusSearch() } }
    Shortcut { sequence: "Ctrl+N"; onActivated: newChatDialog.open() }
    Shortcut { sequence: "Ctrl+,"; onActivated: stack.showSettings() }
    Shortcut {
        sequence: "Esc"
        enabled: stack.depth > 1
        onActivated: stack.pop()
    }

    initialItem: SplitView {
        id: split
        orientation: Qt.Horizontal
        // SplitView does not mirror itself (Qt 6.4): right-to-left languages get the list on
        // the right by swapping the panes (the order of the items is also the Tab order).
        readonly property bool rightToLeft: Qt.application.layoutDirection === Qt.RightToLeft
        function arrangePanes() { if ((itemAt(0) === listPane) === rightToLeft) moveItem(0, 1) }
        onRightToLeftChanged: arrangePanes()
        // Back from a pushed page: the focus returns to the chat being written in, not to nowhere.
        StackView.onActivated: if (chatPane.peerJid.length > 0) chatPane.composer.field.forceActiveFocus()
        Component.onCompleted: arrangePanes()
        handle: Rectangle {
            implicitWidth: 1
            color: Theme.border
        }
        ConversationListPane {
            id: listPane
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 240
            SplitView.maximumWidth: 480
            model: conversationModel
            currentJid: chatPane.peerJid
            onOpenConversation: function(jid) { stack.openConversation(jid) }
            onOpenSettings: stack.showSettings()
            onNewChat: newChatDialog.open()
        }
        ChatPane {
            id: chatPane
            SplitView.fillWidth: true
            conversations: conversationModel
            onShowSafetyNumber: function(jid) { stack.showSafetyNumber(jid) }
            onShowContact: function(jid) { stack.showContact(jid) }
        }
    }

    Component {
        id: safetyPage
        SafetyNumberPage {
            onClosed: stack.pop()
            // Verifying or accepting the new key ends the "safety number changed" pause.
            onDecided: function(jid) { if (jid === chatPane.peerJid) chatPane.safetyNumberChanged = false }
        }
    }
    Component {
        id: contactPage
        ContactDetailsPage {
            onClosed: stack.pop()
            onShowSafetyNumber: function(jid) { stack.push(safetyPage, { jid: jid }) }
        }
    }
    Component {
        id: settingsPage
        SettingsPage { onClosed: stack.pop() }
    }

    Dialog {
        id: newChatDialog
        objectName: "newChatDialog"
        title: qsTr("New conversation")
        modal: true
        anchors.centerIn: parent
        width: Math.min(420, stack.width - 40)
        // Our own buttons, not standardButtons: Qt 6.4 gives those no accessible name (and
        // their words come from Qt's catalogues, which are often not installed).
        footer: DialogButtonBox {
            Button {
                text: qsTr("Start")
                Accessible.name: qsTr("Start the conversation")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onOpened: { jidInput.text = ""; jidInput.forceActiveFocus() }
        onAccepted: {
            const jid = jidInput.text.trim().toLowerCase()
            if (jid.indexOf("@") < 1)
                return
            // In the roster, so their presence and OMEMO device list reach us.
            if (stack.controller && typeof stack.controller.addContact === "function")
                stack.controller.addContact(jid)
            stack.openConversation(jid)
        }
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Their address"); color: Theme.text }
            TextField {
                id: jidInput
                Layout.fillWidth: true
                placeholderText: qsTr("name@example.org")
                Accessible.name: qsTr("Their address")
                onAccepted: newChatDialog.accept()
            }
        }
    }
}
