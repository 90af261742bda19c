import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// A QR code to be scanned by another device (a safety-number code or an xmpp: device
// link), drawn by the image://qr provider, black on white in both themes: scanners need
// the contrast and the white quiet zone.
ColumnLayout {
    id: code
    // What the code carries; nothing is shown while it is empty.
    property string text
    property string caption
    property int side: 180
    visible: text.length > 0
    spacing: Theme.spacing / 2

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: code.side + 16
        implicitHeight: code.side + 16
        color: "white"
        radius: 6
        Image {
            objectName: code.objectName.length > 0 ? code.objectName + "Image" : "qrCodeImage"
            anchors.centerIn: parent
            width: code.side
            height: code.side
            sourceSize: Qt.size(code.side, code.side)
            smooth: false
            // Never kept in Qt's shared pixmap cache: it names keys.
            cache: false
            fillMode: Image.PreserveAspectFit
            source: code.text.length > 0 ? "image://qr/" + encodeURIComponent(code.text) : ""
            Accessible.role: Accessible.Graphic
            Accessible.name: code.caption.length > 0 ? code.caption : qsTr("QR code to scan with the other device")
        }
    }
    Label {
        visible: code.caption.length > 0
        Layout.fillWidth: true
        Layout.maximumWidth: Math.max(code.side + 16, 240)
        Layout.alignment: Qt.AlignHCenter
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.smallFont
        color: Theme.mutedText
        text: code.caption
    }
}
