import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The safety number with one contact: 60 digits in 12 groups of 5 to read aloud or
// compare, a QR code to scan (Sotto's safety-number code, or our device link for other
// OMEMO apps), a field to paste the other side's number or link, a picture of their QR
// code to open or drop, and the verification decision. The numbers and codes come from
// the app layer; nothing is computed here.
Page {
    id: page
    objectName: "safetyNumberPage"
    property string jid
    // Filled from the controller when it offers safetyNumber(jid); tests may set them.
    property string digits
    property string qrText
    property string sottoCode
    property string ownLink
    // Which code the QR shows: Sotto's safety-number code, or our device link for other apps.
    property bool qrForOtherApps: false
    onQrForOtherAppsChanged: qrText = qrForOtherApps ? ownLink : sottoCode
    property bool verified: false
    property bool available: digits.length === 60
    readonly property var controller: Backend.controller
    readonly property var groups: digits.length === 60 ? digits.match(/.{5}/g) : []
    readonly property string pastedDigits: pasteField.text.replace(/[^0-9]/g, "")
    // A pasted link or code instead of digits is checked like a scanned one.
    readonly property bool pastedIsCode: /^\s*(xmpp:|sotto-safety-number:)/i.test(pasteField.text)
    signal closed()

    // Devices as the controller lists them (deviceId, fingerprint, trust, active).
    property var devices: []
    signal decided(string jid)

    function has(name) { return controller && typeof controller[name] === "function" }
    function reload() {
        if (has("devices"))
            devices = controller.devices(jid)
        if (has("safetyNumber"))
            digits = controller.safetyNumber(jid).replace(/[^0-9]/g, "")
        const active = devices.filter(d => d.active && d.fingerprint && d.fingerprint.length > 0)
        // Trust values: 0 undecided, 1 trusted, 2 verified, 3 untrusted (MessagingController::Trust).
        verified = active.length > 0 && active.every(d => d.trust === 2)
        // Sotto scans the safety-number code (symmetric: both sides show the same number);
        // Conversations and the other OMEMO apps scan the link of our own device.
        sottoCode = has("safetyNumberCode") ? controller.safetyNumberCode(jid) : ""
        ownLink = has("verificationLink") && controller.ownDeviceId > 0
                ? controller.verificationLink(controller.accountJid, controller.ownDeviceId) : ""
        qrText = qrForOtherApps ? ownLink : sottoCode
    }
    function setVerified(value) {
        if (!has("setTrust")) {
            problem.text = qsTr("This version of Sotto cannot record verification yet.")
            return
        }
        // Verified, or back to trusted-but-not-verified.
        for (const d of devices)
            if (d.active && d.fingerprint && d.fingerprint.length > 0)
                Backend.setTrust(jid, d.deviceId, value ? 2 : 1)
        reload()
        decided(jid)
    }

    Component.onCompleted: reload()
    Connections {
        target: page.controller
        function onDevicesChanged(changed) { if (changed === page.jid) page.reload() }
    }

    background: Rectangle { color: Theme.background }
    header: ToolBar {
        background: Rectangle { color: Theme.surface }
        RowLayout {
            anchors.fill: parent
            ToolButton {
                // Back points the way the pages came in: to the right in right-to-left languages.
                text: Qt.application.layoutDirection === Qt.RightToLeft ? "\u2192" : "\u2190"
                font.pixelSize: Theme.baseFont + 4
                Accessible.name: qsTr("Back")
                onClicked: page.closed()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Safety number with %1").arg(page.jid)
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        // Fixed implicit size: the column's width follows the view, not the other way round.
        implicitWidth: 480
        implicitHeight: 480
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 640)
            x: (parent.width - width) / 2
            spacing: Theme.spacing * 2

            Item { Layout.preferredHeight: Theme.spacing }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.").arg(page.jid)
            }

            Label {
                Layout.fillWidth: true
                visible: !page.available
                wrapMode: Text.WordWrap
                color: Theme.warning
                text: qsTr("The safety number is not available yet: Sotto needs this contact's encryption keys first.")
            }

            RowLayout {
                Layout.fillWidth: true
                visible: page.available
                spacing: Theme.spacing * 3

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: grid.implicitWidth + 32
                    implicitHeight: grid.implicitHeight + 32
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: page.verified ? Theme.success : Theme.border
                    GridLayout {
                        id: grid
                        objectName: "safetyNumberGrid"
                        anchors.centerIn: parent
                        columns: 4
                        rowSpacing: 10
                        columnSpacing: 18
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Safety number: %1").arg(page.groups.join(" "))
                        Repeater {
                            model: page.groups
                            Label {
                                required property string modelData
                                text: modelData
                                font.family: Theme.monoFamily
                                font.pixelSize: Theme.baseFont + 5
                                color: Theme.text
                            }
                        }
                    }
                }

                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing / 2
                    TabBar {
                        id: qrKind
                        objectName: "qrKind"
                        Layout.fillWidth: true
                        currentIndex: page.qrForOtherApps ? 1 : 0
                        onCurrentIndexChanged: page.qrForOtherApps = currentIndex === 1
                        TabButton {
                            text: qsTr("Sotto")
                            Accessible.name: qsTr("Show the code for Sotto")
                        }
                        TabButton {
                            text: qsTr("Other apps")
                            Accessible.name: qsTr("Show the code for Conversations and other OMEMO apps")
                        }
                    }
                    VerificationQrCode {
                        objectName: "qr"
                        Layout.alignment: Qt.AlignHCenter
                        text: page.qrText
                        caption: page.qrForOtherApps
                                 ? qsTr("Conversations, Dino or Gajim on their side scans this to verify this device.")
                                 : qsTr("Sotto on their side scans this to compare the safety number.")
                    }
                }
            }

            RowLayout {
                visible: page.available
                spacing: Theme.spacing
                Label {
                    objectName: "verifiedState"
                    text: page.verified ? qsTr("\u2713 Verified") : qsTr("Not verified")
                    color: page.verified ? Theme.success : Theme.mutedText
                    font.bold: true
                }
                Item { Layout.preferredWidth: Theme.spacing * 2 }
                Button {
                    objectName: "markVerified"
                    // A matching scanned or pasted code offers its own button next to the
                    // result: one "Mark as verified" on the page, not two.
                    visible: !page.verified && !scanned.offerVerify
                    highlighted: true
                    text: qsTr("Mark as verified")
                    Accessible.name: text
                    onClicked: page.setVerified(true)
                }
                Button {
                    objectName: "acceptKey"
                    visible: !page.verified && page.devices.some(d => d.active && d.trust === 0)
                    text: qsTr("Accept without verifying")
                    Accessible.name: text
                    Accessible.description: qsTr("Trust the new key now and compare the numbers later")
                    onClicked: page.setVerified(false)
                }
                Button {
                    objectName: "clearVerification"
                    visible: page.verified
                    text: qsTr("Clear verification")
                    Accessible.name: text
                    onClicked: page.setVerified(false)
                }
            }

            Label {
                id: problem
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
            }

            Label {
                visible: page.available
                text: qsTr("Compare by pasting their number")
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: pasteField
                objectName: "pasteField"
                visible: page.available
                Layout.fillWidth: true
                font.family: Theme.monoFamily
                placeholderText: qsTr("Paste the 60 digits or the link they sent you")
                Accessible.name: qsTr("Their safety number")
            }
            Label {
                objectName: "compareResult"
                visible: page.available && page.pastedDigits.length > 0 && !page.pastedIsCode
                font.bold: true
                color: page.pastedDigits === page.digits ? Theme.success : Theme.danger
                text: page.pastedDigits.length !== 60 ? qsTr("A safety number has 60 digits; this has %n.", "", page.pastedDigits.length)
                     : page.pastedDigits === page.digits ? qsTr("The numbers match.")
                     : qsTr("The numbers do not match. Do not mark this contact as verified.")
            }
            Button {
                objectName: "checkPastedCode"
                visible: page.available && page.pastedIsCode
                text: qsTr("Check this code")
                Accessible.name: qsTr("Check the pasted code")
                onClicked: scanned.handleText(pasteField.text)
            }

            ScannedCodeCheck {
                id: scanned
                objectName: "scannedCodeCheck"
                Layout.fillWidth: true
                jid: page.jid
                controller: page.controller
                onVerifyRequested: page.setVerified(true)
                onDevicesVerified: { page.reload(); page.decided(page.jid) }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }

    // A picture of their code dropped anywhere on the page is read like an opened one.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: function(drop) {
            if (drop.hasUrls && drop.urls.length > 0) {
                scanned.readUrl(drop.urls[0])
                drop.accept(Qt.CopyAction)
            }
        }
    }
}
