import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The left pane: account and connection state, search, requests and conversations.
Pane {
    id: pane
    objectName: "conversationListPane"
    property alias model: list.model
    property string currentJid
    readonly property var controller: Backend.controller
    signal openConversation(string jid)
    signal openSettings()
    signal newChat()

    function focusSearch() { searchField.forceActiveFocus(); searchField.selectAll() }

    padding: 0
    background: Rectangle { color: Theme.surface }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing
            Rectangle {
                width: 10; height: 10; radius: 5
                color: !pane.controller ? Theme.mutedText
                     : Backend.connection === Backend.Online ? Theme.success
                     : Backend.connection === Backend.Offline ? Theme.danger : Theme.warning
                Accessible.ignored: true
            }
            Label {
                objectName: "accountLabel"
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.text
                font.bold: true
                text: pane.controller && pane.controller.accountJid.length > 0 ? pane.controller.accountJid : qsTr("Sotto")
                Accessible.name: text + ", " + connectionText.text
            }
            ToolButton {
                text: "+"
                font.pixelSize: Theme.baseFont + 6
                Accessible.name: qsTr("New conversation")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New conversation (Ctrl+N)")
                onClicked: pane.newChat()
            }
            ToolButton {
                text: "\u2699"
                font.pixelSize: Theme.baseFont + 4
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Settings (Ctrl+,)")
                onClicked: pane.openSettings()
            }
        }
        Label {
            id: connectionText
            Layout.leftMargin: Theme.spacing * 2.5
            Layout.topMargin: -Theme.spacing
            visible: pane.controller && Backend.connection !== Backend.Online
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            text: !pane.controller ? "" : Backend.connection === Backend.Connecting ? qsTr("Connecting…")
                : Backend.connection === Backend.Reconnecting ? qsTr("Reconnecting… messages will be sent when back online")
                : qsTr("Offline")
        }

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            placeholderText: qsTr("Search (Ctrl+F)")
            Accessible.name: qsTr("Search conversations")
            onTextChanged: pane.model.filterText = text
            Keys.onEscapePressed: text = ""
            Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = 0 }
        }

        ListView {
            id: list
            objectName: "conversationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            reuseItems: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Conversations")
            ScrollBar.vertical: ScrollBar {}

            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                leftPadding: Theme.spacing * 2
                rightPadding: leftPadding // padding does not mirror; right-to-left needs it on the right
                topPadding: Theme.spacing
                bottomPadding: 4
                text: section === "requests" ? qsTr("Requests") : qsTr("Chats")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
                font.bold: true
                font.capitalization: Font.AllUppercase
                Accessible.role: Accessible.Heading
            }

            delegate: ConversationDelegate {
                id: delegate
                selected: jid === pane.currentJid
                onClicked: pane.openConversation(jid)
                // Through the controller: accepting adds the contact, and only then do
                // receipts and markers go out.
                onAccept: pane.model.controller.acceptRequest(jid)
                onDecline: pane.model.controller.deleteRequest(jid)
                onContextMenuRequested: {
                    rowMenuLoader.active = true
                    const rowMenu = rowMenuLoader.item
                    rowMenu.jid = jid
                    rowMenu.pinned = pinned
                    rowMenu.muted = muted
                    rowMenu.archived = archived
                    rowMenu.popup()
                }
                Keys.onReturnPressed: pane.openConversation(jid)
            }
            Keys.onReturnPressed: if (currentIndex >= 0) pane.openConversation(pane.model.jidAt(currentIndex))

            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: searchField.text.length > 0 ? qsTr("No conversation matches “%1”.").arg(searchField.text)
                                                  : qsTr("No conversations yet. Start one with +.")
            }
        }

        CheckBox {
            Layout.margins: Theme.spacing / 2
            text: qsTr("Show archived")
            font.pixelSize: Theme.smallFont
            Accessible.name: text
            checked: pane.model ? pane.model.showArchived : false
            onToggled: pane.model.showArchived = checked
        }
    }

    // Made when first wanted, not with the window (issue 7's first frame).
    Loader { id: rowMenuLoader; active: false; sourceComponent: rowMenuComponent }
    Component {
        id: rowMenuComponent
        Menu {
            id: rowMenu
            objectName: "conversationMenu"
            parent: pane
            property string jid
            property bool pinned
            property bool muted
            property bool archived
            MenuItem { objectName: "pinItem"; text: rowMenu.pinned ? qsTr("Unpin") : qsTr("Pin"); onTriggered: pane.model.setPinned(rowMenu.jid, !rowMenu.pinned) }
            MenuItem { text: rowMenu.muted ? qsTr("Unmute") : qsTr("Mute"); onTriggered: pane.model.setMuted(rowMenu.jid, !rowMenu.muted) }
            MenuItem { text: rowMenu.archived ? qsTr("Unarchive") : qsTr("Archive"); onTriggered: pane.model.setArchived(rowMenu.jid, !rowMenu.archived) }
            MenuItem { text: qsTr("Mark as read"); onTriggered: pane.model.markRead(rowMenu.jid) }
        }
    }
}
