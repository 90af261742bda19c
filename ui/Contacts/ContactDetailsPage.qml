import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// A contact: name, address, their OMEMO devices with fingerprints and trust, and the
// actions block and remove. Device data comes from the app layer when it offers it.
Page {
    id: page
    objectName: "contactDetailsPage"
    property string jid
    // From MessagingController::devices(): deviceId, fingerprint (grouped), trust
    // (0 undecided, 1 trusted, 2 verified, 3 untrusted), active, own, lastSeen.
    property var devices: []
    readonly property var controller: Backend.controller
    signal closed()
    signal showSafetyNumber(string jid)

    function has(name) { return controller && typeof controller[name] === "function" }
    function reload() {
        if (has("devices"))
            devices = controller.devices(jid)
    }
    function groupFingerprint(hex) {
        const plain = hex.replace(/\s/g, "")
        return plain.length > 0 ? plain.match(/.{1,8}/g).join(" ") : qsTr("(key not known yet)")
    }
    function setTrust(deviceId, level) {
        if (has("setTrust")) {
            Backend.setTrust(jid, deviceId, level)
            reload()
        }
    }

    Component.onCompleted: reload()
    Connections {
        target: page.controller
        function onDevicesChanged(changed) { if (changed === page.jid) page.reload() }
        function onBlockedChanged() { page.blocked = page.has("isBlocked") && page.controller.isBlocked(page.jid) }
    }
    property bool blocked: has("isBlocked") && controller.isBlocked(jid)
    ReportDialog { id: reportDialog }

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
                text: qsTr("Contact details")
                font.bold: true
                color: Theme.text
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
            spacing: Theme.spacing * 1.5

            Item { Layout.preferredHeight: Theme.spacing }
            RowLayout {
                spacing: Theme.spacing * 2
                Avatar { jid: page.jid; size: 64 }
                ColumnLayout {
                    Label {
                        text: page.jid.split("@")[0]
                        font.pixelSize: Theme.titleFont
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "contactJid"
                        text: page.jid
                        color: Theme.mutedText
                    }
                }
            }
            Button {
                text: qsTr("Show safety number")
                Accessible.name: text
                onClicked: page.showSafetyNumber(page.jid)
            }

            Label {
                text: qsTr("Devices")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: page.devices.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: page.has("devices") ? qsTr("No encryption devices are known for this contact yet.")
                                                 : qsTr("Device details are not available in this version of Sotto.")
            }
            Repeater {
                model: page.devices
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: deviceColumn.implicitHeight + Theme.spacing * 2
                    radius: 6
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: deviceColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        RowLayout {
                            Label {
                                text: qsTr("Device %1").arg(modelData.deviceId)
                                font.bold: true
                                color: Theme.text
                            }
                            Label {
                                text: modelData.trust === 2 ? qsTr("Verified")
                                    : modelData.trust === 1 ? qsTr("Trusted (not verified)")
                                    : modelData.trust === 3 ? qsTr("Not trusted") : qsTr("Undecided")
                                color: modelData.trust === 2 ? Theme.success
                                     : modelData.trust === 3 ? Theme.danger : Theme.warning
                            }
                            Label {
                                visible: !modelData.active
                                text: qsTr("inactive")
                                font.italic: true
                                color: Theme.mutedText
                            }
                            Item { Layout.fillWidth: true }
                            Button {
                                visible: modelData.trust !== 3 && page.has("setTrust")
                                text: qsTr("Distrust")
                                Accessible.name: qsTr("Distrust device %1").arg(modelData.deviceId)
                                onClicked: page.setTrust(modelData.deviceId, 3)
                            }
                            Button {
                                visible: modelData.trust === 3 && page.has("setTrust")
                                text: qsTr("Trust")
                                Accessible.name: qsTr("Trust device %1").arg(modelData.deviceId)
                                onClicked: page.setTrust(modelData.deviceId, 1)
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: page.groupFingerprint(modelData.fingerprint || "")
                                font.family: Theme.monoFamily
                                color: Theme.text
                                wrapMode: Text.WrapAnywhere
                                Accessible.name: qsTr("Fingerprint %1").arg(text)
                            }
                            Button {
                                id: qrToggle
                                objectName: "deviceQrToggle"
                                visible: (modelData.fingerprint || "").length > 0 && page.has("verificationLink")
                                checkable: true
                                text: checked ? qsTr("Hide QR code") : qsTr("QR code")
                                Accessible.name: checked ? qsTr("Hide the QR code of device %1").arg(modelData.deviceId)
                                                         : qsTr("Show the QR code of device %1").arg(modelData.deviceId)
                            }
                        }
                        // The device's xmpp: link, as Conversations shows and scans it.
                        VerificationQrCode {
                            objectName: "deviceQr"
                            Layout.alignment: Qt.AlignHCenter
                            side: 160
                            text: qrToggle.checked ? page.controller.verificationLink(page.jid, modelData.deviceId) : ""
                            caption: qsTr("Device %1 of %2").arg(modelData.deviceId).arg(page.jid)
                        }
                    }
                }
            }

            Label {
                text: qsTr("Privacy")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                Button {
                    objectName: "blockButton"
                    text: page.blocked ? qsTr("Unblock") : qsTr("Block")
                    enabled: page.has("block")
                    Accessible.name: page.blocked ? qsTr("Unblock %1").arg(page.jid) : qsTr("Block %1").arg(page.jid)
                    onClicked: page.blocked ? page.controller.unblock(page.jid) : page.controller.block(page.jid)
                }
                Button {
                    objectName: "reportButton"
                    text: qsTr("Report…")
                    enabled: page.has("report")
                    Accessible.name: qsTr("Report %1").arg(page.jid)
                    onClicked: reportDialog.openFor(page.jid, 0)
                }
                Button {
                    objectName: "removeButton"
                    text: qsTr("Remove contact")
                    enabled: page.has("removeContact")
                    Accessible.name: qsTr("Remove %1 from contacts").arg(page.jid)
                    onClicked: page.controller.removeContact(page.jid)
                }
            }
            Label {
                visible: !page.has("block")
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
                text: qsTr("Blocking and removing contacts are not available in this version of Sotto.")
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
