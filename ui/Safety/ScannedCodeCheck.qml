import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Sotto.Ui

// Compares with the other side by a picture of their QR code (opened or dropped) or by
// pasted text: their safety-number code is compared with ours; an xmpp: device link
// (Conversations, Dino, Gajim…) verifies the devices it names when the keys match.
// Nothing is recorded unless everything matches; every outcome is said in a sentence.
ColumnLayout {
    id: check
    property string jid
    property var controller
    // The user accepted the offer after their code matched ours.
    signal verifyRequested()
    // A link verified devices: the page reloads its state.
    signal devicesVerified()

    // The last outcome, for the view and for tests.
    property string message
    property color messageColor: Theme.text
    property var deviceResults: []
    property bool offerVerify: false
    spacing: Theme.spacing

    function has(name) { return controller && typeof controller[name] === "function" }
    function show(text, color) {
        message = text
        messageColor = color
    }
    function readUrl(url) {
        offerVerify = false
        deviceResults = []
        show(qsTr("Reading the picture…"), Theme.mutedText)
        reader.readFile(url)
    }
    // Decoded or pasted text: what kind of code it is decides what happens.
    function handleText(text) {
        const content = text.trim()
        offerVerify = false
        deviceResults = []
        if (!has("verifyFromLink") || !has("compareSafetyNumberCode")) {
            show(qsTr("This version of Sotto cannot check codes yet."), Theme.danger)
            return
        }
        if (/^xmpp:/i.test(content))
            handleLink(content)
        else
            handleSafetyNumberCode(content)
    }
    function handleLink(link) {
        // MessagingController::LinkResult: 0 verified, 1 mismatch, 2 nothing known,
        // 3 other contact, 4 malformed, 5 not ready.
        const answer = controller.verifyFromLink(link, jid)
        deviceResults = answer.devices
        switch (answer.result) {
        case 0:
            show(qsTr("The keys in this code match. The devices it names are verified."), Theme.success)
            devicesVerified()
            break
        case 1:
            show(qsTr("This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.").arg(jid), Theme.danger)
            break
        case 2:
            show(qsTr("Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.").arg(jid), Theme.warning)
            break
        case 3:
            show(qsTr("This code belongs to %1, not to %2. Nothing was changed.").arg(answer.jid).arg(jid), Theme.warning)
            break
        case 4:
            show(qsTr("This is an XMPP link, but not a valid verification link. Nothing was changed."), Theme.danger)
            break
        default:
            show(qsTr("Sign in first: Sotto needs your account to check codes."), Theme.warning)
        }
    }
    function handleSafetyNumberCode(content) {
        // MessagingController::CodeComparison: 0 match, 1 mismatch, 2 not a safety number,
        // 3 unavailable.
        switch (controller.compareSafetyNumberCode(jid, content)) {
        case 0:
            show(qsTr("The codes match: nobody is reading along. You can mark %1 as verified.").arg(jid), Theme.success)
            offerVerify = true
            break
        case 1:
            show(qsTr("The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.").arg(jid), Theme.danger)
            break
        case 3:
            show(qsTr("The safety number is not available yet: Sotto needs this contact's encryption keys first."), Theme.warning)
            break
        default:
            show(qsTr("This QR code is not a safety number or a verification link: it contains something else."), Theme.warning)
        }
    }
    function deviceText(result) {
        // MessagingController::DeviceCheck: 0 verified, 1 already verified, 2 key differs, 3 unknown.
        const id = result.deviceId
        switch (result.check) {
        case 0: return qsTr("Device %1: verified now").arg(id)
        case 1: return qsTr("Device %1: already verified").arg(id)
        case 2: return qsTr("Device %1: the key does not match").arg(id)
        default: return qsTr("Device %1: not known yet").arg(id)
        }
    }

    QrCodeReader {
        id: reader
        onDecoded: function(text) { check.handleText(text) }
        onFailed: function(failure) {
            check.show(failure === QrCodeReader.UnreadableFile
                       ? qsTr("This file could not be opened as a picture.")
                       : qsTr("No QR code was found in this picture. Use a sharp picture that shows the whole code."),
                       Theme.danger)
        }
    }
    FileDialog {
        id: pictureDialog
        title: qsTr("Picture of their QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), qsTr("All files (*)")]
        onAccepted: check.readUrl(selectedFile)
    }

    Label {
        text: qsTr("Compare by their QR code")
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        text: qsTr("Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.")
    }
    RowLayout {
        spacing: Theme.spacing
        Button {
            objectName: "openQrPicture"
            text: qsTr("Open picture of their QR code…")
            enabled: !reader.busy
            Accessible.name: text
            onClicked: pictureDialog.open()
        }
        BusyIndicator {
            visible: reader.busy
            running: reader.busy
            implicitWidth: 28
            implicitHeight: 28
            Accessible.name: qsTr("Reading the picture")
        }
    }
    Label {
        objectName: "scanResult"
        Layout.fillWidth: true
        visible: check.message.length > 0
        wrapMode: Text.WordWrap
        font.bold: true
        color: check.messageColor
        text: check.message
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Repeater {
        model: check.deviceResults
        Label {
            required property var modelData
            Layout.leftMargin: Theme.spacing
            text: check.deviceText(modelData)
            color: modelData.check <= 1 ? Theme.success : modelData.check === 2 ? Theme.danger : Theme.mutedText
        }
    }
    Button {
        objectName: "scanMarkVerified"
        visible: check.offerVerify
        highlighted: true
        text: qsTr("Mark as verified")
        Accessible.name: qsTr("Mark %1 as verified").arg(check.jid)
        onClicked: {
            check.offerVerify = false
            check.verifyRequested()
        }
    }
}
