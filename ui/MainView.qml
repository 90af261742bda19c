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
    // The chat pane (ChatPane.qml) once made; null before, see chatLoader.
    readonly property Item chatPane: chatLoader.item
    readonly property string currentJid: chatPane ? chatPane.peerJid : ""
    readonly property var controller: Backend.controller

    function openConversation(jid) {
        while (stack.depth > 1)
            stack.pop()
        chatLoader.active = true // made here and now if the first frame has not come yet
        chatPane.peerJid = jid
        chatPane.composer.field.forceActiveFocus()
    }
    // The pages are pushed by address, not as inline components: their types (and what they
    // use) load when first opened instead of with the window (issue 7's first frame).
    function showSafetyNumber(jid) {
        const page = stack.push(Qt.resolvedUrl("Safety/SafetyNumberPage.qml"), { jid: jid })
        page.closed.connect(function() { stack.pop() })
        // Verifying or accepting the new key ends the "safety number changed" pause.
        page.decided.connect(function(decidedJid) {
            if (decidedJid === stack.currentJid)
                stack.chatPane.safetyNumberChanged = false
        })
    }
    function showContact(jid) {
        const page = stack.push(Qt.resolvedUrl("Contacts/ContactDetailsPage.qml"), { jid: jid })
        page.closed.connect(function() { stack.pop() })
        page.showSafetyNumber.connect(stack.showSafetyNumber)
    }
    function showSettings() {
        if (stack.depth !== 1)
            return
        const page = stack.push(Qt.resolvedUrl("Settings/SettingsPage.qml"))
        page.closed.connect(function() { stack.pop() })
    }

    ConversationListModel {
        id: conversationModel
        controller: stack.controller
    }

    // Notifications: none for the conversation on screen; a click opens its conversation.
    Binding { target: NotificationCenter; property: "openConversation"; value: stack.currentJid }
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
    Shortcut { sequence: "Ctrl+N"; onActivated: stack.openNewChat() }
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
        StackView.onActivated: if (stack.currentJid.length > 0) stack.chatPane.composer.field.forceActiveFocus()
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
            currentJid: stack.currentJid
            onOpenConversation: function(jid) { stack.openConversation(jid) }
            onOpenSettings: stack.showSettings()
            onNewChat: stack.openNewChat()
        }
        // The chat pane is the heaviest part of the window (its message list, composer,
        // menus and report dialogs, and their types to load) and shows only a hint until a
        // conversation is chosen. It is made just after the first frame, which then shows
        // the conversation list sooner (issue 7), or at once by openConversation.
        Loader {
            id: chatLoader
            SplitView.fillWidth: true
            active: false
            source: "Chat/ChatPane.qml" // by address: its types load only when it is made
            onLoaded: item.conversations = conversationModel
        }
    }
    Connections {
        target: stack.chatPane
        function onShowSafetyNumber(jid) { stack.showSafetyNumber(jid) }
        function onShowContact(jid) { stack.showContact(jid) }
    }
    // afterAnimating comes on this thread before each frame is synchronized; the pane is
    // made once that frame is on its way.
    Connections {
        target: stack.Window.window
        enabled: !chatLoader.active
        function onAfterAnimating() { Qt.callLater(function() { chatLoader.active = true }) }
    }

    // Made when first wanted, not with the window (issue 7's first frame).
    function openNewChat() {
        newChatLoader.active = true
        newChatLoader.item.open()
    }
    Loader { id: newChatLoader; active: false; sourceComponent: newChatComponent }
    Component {
        id: newChatComponent
        Dialog {
            id: newChatDialog
            parent: stack
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
}
