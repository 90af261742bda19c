import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Devices: the devices of this account that others encrypt to (our published
// OMEMO device list), this one marked. Removing another one takes it off the list, so
// nobody encrypts to it any more; a device that is still in use puts itself back.
ColumnLayout {
    id: section
    objectName: "ownDevicesSection"
    Layout.fillWidth: true
    spacing: Theme.spacing
    readonly property var controller: Backend.controller
    readonly property string accountJid: controller ? controller.accountJid : ""
    // controller.devices(own JID), active ones only, this device first.
    property var devices: []
    property alias removeDialog: removeDialog

    function refresh() {
        if (!controller || accountJid.length === 0 || typeof controller.devices !== "function") {
            devices = []
            return
        }
        const all = controller.devices(accountJid).filter(function(d) { return d.active || d.own })
        all.sort(function(a, b) { return (b.own ? 1 : 0) - (a.own ? 1 : 0) || b.lastSeen - a.lastSeen })
        devices = all
    }
    function lastActivity(device) {
        if (device.own)
            return qsTr("In use now")
        if (!device.lastSeen)
            return qsTr("Not seen yet")
        return qsTr("Last seen %1").arg(new Date(device.lastSeen).toLocaleString(Qt.locale(), Locale.ShortFormat))
    }

    Component.onCompleted: refresh()
    onAccountJidChanged: refresh()
    Connections {
        target: section.controller
        function onDevicesChanged(jid) { if (jid === section.accountJid) section.refresh() }
        function onAccountChanged() { section.refresh() }
    }

    Label { text: qsTr("Devices"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: qsTr("Messages to you are encrypted for each of these devices. Remove one you no longer use.")
    }
    Label {
        visible: section.devices.length === 0
        text: qsTr("No devices known yet.")
        color: Theme.mutedText
    }
    Repeater {
        model: section.devices
        delegate: Rectangle {
            id: row
            required property var modelData
            objectName: "ownDevice_" + modelData.deviceId
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + Theme.spacing * 2
            radius: Theme.radius
            color: Theme.surface
            border.color: modelData.own ? Theme.accent : Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: (modelData.own ? qsTr("This device") : qsTr("Device %1").arg(modelData.deviceId))
                             + ", " + section.lastActivity(modelData)
            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        spacing: Theme.spacing
                        Label {
                            text: qsTr("Device %1").arg(row.modelData.deviceId)
                            color: Theme.text
                            font.bold: true
                        }
                        Label {
                            objectName: "thisDeviceMark"
                            visible: row.modelData.own
                            text: qsTr("This device")
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.smallFont
                            leftPadding: 6; rightPadding: 6; topPadding: 1; bottomPadding: 1
                            background: Rectangle { radius: 4; color: Theme.accent }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.smallFont
                        color: Theme.text
                        text: row.modelData.fingerprint.length > 0 ? row.modelData.fingerprint : qsTr("Fingerprint not known yet")
                        Accessible.name: qsTr("Fingerprint: %1").arg(text)
                    }
                    Label {
                        text: section.lastActivity(row.modelData)
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFont
                    }
                }
                Button {
                    objectName: "removeDevice_" + row.modelData.deviceId
                    visible: !row.modelData.own
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove device %1").arg(row.modelData.deviceId)
                    onClicked: removeDialog.ask(row.modelData.deviceId)
                }
            }
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeDeviceDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, (parent ? parent.width : 420) - 40)
        modal: true
        property int deviceId: 0
        title: qsTr("Remove device %1?").arg(deviceId)
        function ask(id) {
            deviceId = id
            open()
        }
        onAccepted: section.controller.removeOwnDevice(deviceId)
        footer: DialogButtonBox {
            Button {
                objectName: "removeDeviceCancel"
                text: qsTr("Cancel")
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "removeDeviceConfirm"
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove device %1").arg(removeDialog.deviceId)
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.")
        }
    }
}
