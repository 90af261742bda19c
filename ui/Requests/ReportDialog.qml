import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Report and block: the reason, and exactly which messages go with the report (ticked
// ones only, in plain text; by default the one selected in the chat, if any). The report
// goes to the user's own server; nothing else leaves the device.
Dialog {
    id: dialog
    objectName: "reportDialog"
    property string jid
    property var messages: [] // controller.reportableMessages(jid): id, body, timestamp
    property var chosen: ({}) // message id → true
    readonly property var controller: Backend.controller
    readonly property string server: jid.indexOf("@") >= 0 && controller
                                     ? controller.accountJid.substring(controller.accountJid.indexOf("@") + 1) : ""
    readonly property int chosenCount: Object.keys(chosen).length
    // The message Report… was chosen on is older than the ones a report may carry.
    property bool selectedTooOld: false

    function openFor(who, selectedMessageId) {
        jid = who
        messages = controller ? controller.reportableMessages(who) : []
        const initial = {}
        for (let i = 0; i < messages.length; ++i)
            if (messages[i].id === selectedMessageId)
                initial[messages[i].id] = true
        chosen = initial
        selectedTooOld = !!selectedMessageId && Object.keys(initial).length === 0
        spam.checked = true
        open()
    }
    function setChosen(id, on) {
        const next = Object.assign({}, chosen)
        if (on)
            next[id] = true
        else
            delete next[id]
        chosen = next
    }

    title: qsTr("Report %1").arg(jid)
    // Fusion draws the title and the reasons in the palette's colours, which do not follow Theme.
    palette.windowText: Theme.text
    palette.text: Theme.text
    palette.window: Theme.surface
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 40)
    // Our own button, not standardButtons: Qt 6.4 gives those no accessible name.
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            Accessible.name: text
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    BlockListModel { id: actions; controller: dialog.controller }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label { text: qsTr("Why?"); font.bold: true; color: Theme.text }
        ButtonGroup { id: reasons }
        RowLayout {
            RadioButton { id: spam; objectName: "reasonSpam"; text: qsTr("Spam"); ButtonGroup.group: reasons; Accessible.name: text }
            RadioButton { id: abuse; objectName: "reasonAbuse"; text: qsTr("Abuse"); ButtonGroup.group: reasons; Accessible.name: text }
            RadioButton { id: other; objectName: "reasonOther"; text: qsTr("Other"); ButtonGroup.group: reasons; Accessible.name: text }
        }
        Label {
            Layout.fillWidth: true
            text: dialog.messages.length > 0 ? qsTr("Messages to include (in plain text):")
                                              : qsTr("There are no messages from %1 to include.").arg(dialog.jid)
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "selectedTooOld"
            visible: dialog.selectedTooOld
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.warning
            text: qsTr("The message you chose is older than the last five from %1; only these can be attached.").arg(dialog.jid)
        }
        Repeater {
            model: dialog.messages
            delegate: CheckBox {
                required property var modelData
                objectName: "reportMessage" + index
                required property int index
                Layout.fillWidth: true
                checked: dialog.chosen[modelData.id] === true
                text: new Date(modelData.timestamp).toLocaleString(Qt.locale(), Locale.ShortFormat) + " — " + modelData.body.replace(/\n/g, " ")
                Accessible.name: qsTr("Include message: %1").arg(modelData.body)
                onToggled: dialog.setChosen(modelData.id, checked)
                contentItem: Label {
                    leftPadding: parent.indicator.width + parent.spacing
                    text: parent.text
                    elide: Text.ElideRight
                    color: Theme.text
                }
            }
        }
        Label {
            objectName: "reportSummary"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            text: (dialog.chosenCount === 0
                   ? qsTr("No message will be attached.")
                   : qsTr("%n ticked message(s) will be sent in plain text.", "", dialog.chosenCount))
                  + " " + qsTr("The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.").arg(dialog.server).arg(dialog.jid)
        }
        Button {
            objectName: "sendReportButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Report and block")
            highlighted: true
            Accessible.name: text
            onClicked: {
                const ids = []
                for (let i = 0; i < dialog.messages.length; ++i)
                    if (dialog.chosen[dialog.messages[i].id] === true)
                        ids.push(dialog.messages[i].id)
                const reason = spam.checked ? BlockListModel.Spam : abuse.checked ? BlockListModel.Abuse : BlockListModel.Other
                if (actions.report(dialog.jid, reason, ids))
                    dialog.close()
            }
        }
    }
}
