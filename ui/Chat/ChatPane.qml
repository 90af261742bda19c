import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The right pane: one conversation's messages over the paging model, the key-change
// banner, send errors and the composer. Drafts are kept per conversation.
Page {
    id: pane
    objectName: "chatPane"
    property string peerJid
    property var conversations // ConversationListModel, for drafts
    property bool safetyNumberChanged: false
    property string sendError
    readonly property var controller: Backend.controller
    readonly property alias messageModel: messages
    readonly property alias messageView: view
    readonly property alias composer: composer
    // Messages appended while the user was reading older ones.
    property int newBelow: 0
    // The peer is typing (XEP-0085), shown under the name.
    property bool peerTyping: false
    // The roster name, or the bare JID when none is known; kept current on a rename.
    property string peerName: peerJid
    readonly property bool peerNamed: peerName.length > 0 && peerName !== peerJid
    function readPeerName() {
        peerName = conversations && typeof conversations.displayName === "function" && peerJid.length > 0
            ? conversations.displayName(peerJid) : peerJid
    }

    signal showSafetyNumber(string jid)
    signal showContact(string jid)

    background: Rectangle { color: Theme.background }

    // Only what the app layer offers is used; a missing call is said, not faked.
    function sendText(text) {
        sendError = ""
        if (!controller || typeof controller.send !== "function") {
            sendError = qsTr("Sending is not available in this version of Sotto.")
            return false
        }
        if (safetyNumberChanged) {
            sendError = qsTr("Review the changed safety number before sending.")
            return false
        }
        // 0: not even stored (errorOccurred says why); otherwise it is in the list, and a
        // refusal shows there as a failed message with Retry.
        return controller.send(peerJid, text) !== 0
    }
    function retry(messageId) {
        sendError = ""
        if (controller && typeof controller.retry === "function")
            controller.retry(messageId)
        else
            sendError = qsTr("Retrying is not available in this version of Sotto.")
    }
    function copyText(text) {
        clipboardHelper.text = text
        clipboardHelper.selectAll()
        clipboardHelper.copy()
        clipboardHelper.text = ""
    }
    function scrollToNewest() {
        if (!messages.atNewest)
            messages.jumpToNewest()
        messages.markSeen()
        newBelow = 0
        stickToEnd()
    }
    // A view resting at its very top stays there when rows are prepended, showing the new
    // page; contentY then never changes again and scrolling up stops loading. Keep the
    // message that was first in place instead, as a view in the middle of the list does.
    function loadOlderKeepingPlace() {
        const atTop = view.atYBeginning
        const added = messages.loadOlder()
        if (added > 0 && atTop)
            view.positionViewAtIndex(added, ListView.Beginning)
    }
    // Delegates have different heights, so the end moves while they are laid out:
    // position again for a few frames.
    function stickToEnd() {
        view.positionViewAtEnd()
        settle.remaining = 6
        settle.restart()
    }
    Timer {
        id: settle
        property int remaining: 0
        interval: 16
        repeat: true
        onTriggered: {
            view.positionViewAtEnd()
            if (--remaining <= 0)
                stop()
        }
    }

    property string _previousJid
    onPeerJidChanged: {
        if (conversations && _previousJid.length > 0)
            conversations.setDraft(_previousJid, composer.text)
        if (controller && _previousJid.length > 0 && typeof controller.composerChanged === "function")
            controller.composerChanged(_previousJid, false) // left: no longer typing there
        peerTyping = !!(controller && typeof controller.isTyping === "function" && controller.isTyping(peerJid))
        _previousJid = peerJid
        readPeerName()
        safetyNumberChanged = false
        sendError = ""
        newBelow = 0
        composer.load(conversations ? conversations.draft(peerJid) : "")
        stickToEnd()
        if (markReadLater.running)
            markReadLater.flush() // the one opened just before is read too
        markReadLater.jid = peerJid
        markReadLater.restart()
    }
    // Marking read writes to the profile and reloads the conversation list, and the chat's
    // first frame shows neither: it runs after that frame was synchronized (the window's
    // update request is due in 5 ms, so it comes first), so opening a conversation does
    // not wait for it (issue 7).
    Timer {
        id: markReadLater
        property string jid
        interval: 50
        function flush() {
            stop()
            if (pane.conversations && jid.length > 0)
                pane.conversations.markRead(jid)
            jid = ""
        }
        onTriggered: flush()
    }

    MessageListModel {
        id: messages
        controller: pane.controller
        peerJid: pane.peerJid
        onModelReset: pane.stickToEnd()
        onAppended: function(outgoing) {
            if (outgoing || view.atBottom) {
                pane.stickToEnd()
                if (pane.conversations && pane.visible)
                    pane.conversations.markRead(pane.peerJid)
            } else {
                pane.newBelow += 1
            }
        }
    }

    Connections {
        target: pane.controller
        function onSafetyNumberChanged(jid) { if (jid === pane.peerJid) pane.safetyNumberChanged = true }
        function onErrorOccurred(code, text) {
            if (pane.peerJid.length > 0 && Backend.isSendingError(code))
                pane.sendError = text
        }
    }

    Connections {
        target: pane.conversations
        ignoreUnknownSignals: true
        function onNamesChanged() { pane.readPeerName() }
    }

    TextEdit { id: clipboardHelper; visible: false }
    // Report… on one message: the dialog opens with exactly that message ticked.
    ReportDialog { id: messageReportDialog; objectName: "messageReportDialog"; parent: Overlay.overlay }

    Connections {
        target: pane.controller
        ignoreUnknownSignals: true // an app layer without typing indicators
        function onTypingChanged(jid) { if (jid === pane.peerJid) pane.peerTyping = pane.controller.isTyping(jid) }
    }

    header: ToolBar {
        visible: pane.peerJid.length > 0
        background: Rectangle { color: Theme.surface; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border } }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 1.5
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Avatar { jid: pane.peerJid; name: pane.peerName; size: 32 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "chatTitle"
                    text: pane.peerName
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    // Explicit, so it mirrors: a Latin address still starts at the avatar in Arabic.
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: pane.peerNamed ? pane.peerName + ", " + pane.peerJid : pane.peerName
                }
                RowLayout {
                    spacing: 4
                    // A name is only what the roster says; the address says who it is.
                    Label {
                        objectName: "chatAddress"
                        visible: pane.peerNamed
                        text: pane.peerJid + " ·"
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFont
                        elide: Text.ElideRight
                        Layout.maximumWidth: 260
                    }
                    LockIcon { size: 9; color: Theme.success }
                    Label {
                        text: qsTr("End-to-end encrypted")
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFont
                    }
                    Label {
                        objectName: "typingIndicator"
                        visible: pane.peerTyping
                        text: "· " + qsTr("typing…")
                        color: Theme.accent
                        font.pixelSize: Theme.smallFont
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1 is typing").arg(pane.peerName)
                    }
                }
            }
            ToolButton {
                objectName: "safetyNumberButton"
                text: qsTr("Safety number")
                Accessible.name: qsTr("Show safety number")
                onClicked: pane.showSafetyNumber(pane.peerJid)
            }
            SafetyMenuButton {
                jid: pane.peerJid
                selectedMessageId: view.currentIndex >= 0 && view.currentItem ? view.currentItem.messageId : 0
            }
            ToolButton {
                objectName: "contactButton"
                text: qsTr("Details")
                Accessible.name: qsTr("Contact details")
                onClicked: pane.showContact(pane.peerJid)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: pane.peerJid.length > 0

        RequestBar { Layout.fillWidth: true; jid: pane.peerJid }

        SafetyNumberBanner {
            Layout.fillWidth: true
            visible: pane.safetyNumberChanged
            peerName: pane.peerJid
            onReview: pane.showSafetyNumber(pane.peerJid)
        }

        ListView {
            id: view
            objectName: "messageView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: messages
            spacing: 2
            reuseItems: true
            cacheBuffer: 800
            boundsBehavior: Flickable.StopAtBounds
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Messages")
            ScrollBar.vertical: ScrollBar {}
            readonly property bool atBottom: atYEnd || contentHeight <= height

            header: Item { width: 1; height: Theme.spacing }
            footer: Item { width: 1; height: Theme.spacing }

            delegate: MessageBubble {
                onRetry: function(id) { pane.retry(id) }
                onCopyRequested: function(text) { pane.copyText(text) }
                onReportRequested: function(id) { messageReportDialog.openFor(pane.peerJid, id) }
            }

            onMovementStarted: settle.stop() // the user scrolls: stop holding the end
            // Page in older history as the top comes near, newer as the bottom does.
            onContentYChanged: {
                if (contentY - originY < 400 && !messages.atOldest && count > 0)
                    Qt.callLater(pane.loadOlderKeepingPlace)
            }
            onAtYEndChanged: {
                if (!atYEnd)
                    return
                if (!messages.atNewest)
                    Qt.callLater(messages.loadNewer)
                else {
                    messages.markSeen()
                    pane.newBelow = 0
                }
            }
            Keys.onPressed: function(event) {
                if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_C && currentIndex >= 0) {
                    pane.copyText(messages.textAt(currentIndex))
                    event.accepted = true
                }
            }
        }

        ErrorBanner {
            objectName: "sendErrorBanner"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: pane.sendError
            onDismissed: pane.sendError = ""
        }

        Composer {
            id: composer
            Layout.fillWidth: true
            sendHandler: pane.sendText
            canSend: !pane.safetyNumberChanged
            onTextChanged: draftTimer.restart()
            onEdited: function(hasText) {
                if (pane.controller && typeof pane.controller.composerChanged === "function")
                    pane.controller.composerChanged(pane.peerJid, hasText)
            }
        }
    }

    Timer {
        id: draftTimer
        interval: 600
        onTriggered: if (pane.conversations && pane.peerJid.length > 0) pane.conversations.setDraft(pane.peerJid, composer.text)
    }

    RoundButton {
        objectName: "scrollToBottom"
        visible: pane.peerJid.length > 0 && (!view.atBottom || !messages.atNewest)
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing * 3
        y: pane.height - composer.height - height - Theme.spacing * 3 - (pane.header.visible ? pane.header.height : 0)
        text: "\u2193"
        font.pixelSize: Theme.baseFont + 4
        Accessible.name: pane.newBelow + messages.unseenCount > 0
            ? qsTr("Scroll to newest, %n new message(s)", "", pane.newBelow + messages.unseenCount)
            : qsTr("Scroll to newest")
        onClicked: pane.scrollToNewest()
        Rectangle {
            visible: pane.newBelow + messages.unseenCount > 0
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: -4
            width: Math.max(18, newCount.implicitWidth + 8)
            height: 18
            radius: 9
            color: Theme.accent
            Label {
                id: newCount
                objectName: "newMessageCount"
                anchors.centerIn: parent
                text: pane.newBelow + messages.unseenCount
                color: Theme.textOnAccent
                font.pixelSize: Theme.smallFont
                font.bold: true
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: pane.peerJid.length === 0
        text: qsTr("Choose a conversation, or start a new one with Ctrl+N.")
        color: Theme.mutedText
        font.pixelSize: Theme.baseFont + 1
    }
}
