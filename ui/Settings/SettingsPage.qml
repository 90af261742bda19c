import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings that are backed by something real: the account, privacy, devices, appearance, About.
Page {
    id: page
    objectName: "settingsPage"
    readonly property var controller: Backend.controller
    signal closed()

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
                text: qsTr("Settings")
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
            width: Math.min(parent.width - 48, 560)
            x: (parent.width - width) / 2
            spacing: Theme.spacing * 1.5

            Item { Layout.preferredHeight: Theme.spacing }
            AccountSection {}

            PrivacySection {}

            OwnDevicesSection {}

            Label { text: qsTr("This device"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
            Label {
                objectName: "ownFingerprint"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                font.family: Theme.monoFamily
                color: Theme.text
                text: page.controller && typeof page.controller.ownFingerprint === "function"
                      ? page.controller.ownFingerprint() : qsTr("Not available")
                Accessible.name: qsTr("Fingerprint of this device: %1").arg(text)
            }
            // What Conversations and other OMEMO apps scan to verify this device.
            VerificationQrCode {
                objectName: "ownDeviceQr"
                side: 160
                text: page.controller && typeof page.controller.verificationLink === "function" && page.controller.ownDeviceId > 0
                      ? page.controller.verificationLink(page.controller.accountJid, page.controller.ownDeviceId) : ""
                caption: qsTr("Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.")
            }

            Label { text: qsTr("Appearance"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
            RowLayout {
                Label { text: qsTr("Theme"); color: Theme.text }
                ComboBox {
                    objectName: "themeBox"
                    model: [qsTr("System"), qsTr("Light"), qsTr("Dark")]
                    currentIndex: Theme.mode
                    Accessible.name: qsTr("Theme")
                    onActivated: function(index) { Theme.mode = index }
                }
            }
            RowLayout {
                Label { text: qsTr("Text size"); color: Theme.text }
                Slider {
                    from: 0.85; to: 1.4; stepSize: 0.05
                    value: Theme.fontScale
                    Accessible.name: qsTr("Text size")
                    onMoved: Theme.fontScale = value
                }
            }

            LanguageSection {}

            NotificationsSection {}

            BlockedContactsSection {}

            BackupSection {}

            Label { text: qsTr("About"); font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading }
            Label {
                objectName: "aboutVersion"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: Backend.versionLine()
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
