import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 960
    height: 640
    visible: true
    title: qsTr("Sotto")

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12

        Label {
            objectName: "welcomeTitle"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Sotto")
            font.pixelSize: 32
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: 480
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Private messages, end-to-end encrypted. Messaging is not built into this version yet.")
        }
        Label {
            objectName: "versionLabel"
            Layout.alignment: Qt.AlignHCenter
            opacity: 0.6
            text: qsTr("Version %1").arg(Qt.application.version)
        }
    }
}
