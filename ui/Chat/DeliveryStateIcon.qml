import QtQuick
import QtQuick.Controls
import Sotto.Ui

// Pending (clock), sent (one tick), delivered (two ticks), read (two ticks, accent),
// failed (a red mark). States match MessageItem::State.
Label {
    id: icon
    property int deliveryState: 0
    property color baseColor: Theme.mutedText
    readonly property var glyphs: ["\u25f7", "\u2713", "\u2713\u2713", "\u2713\u2713", "!"]
    text: glyphs[Math.max(0, Math.min(4, deliveryState))]
    color: deliveryState === 4 ? Theme.danger : deliveryState === 3 ? "#8ee3ff" : baseColor
    font.pixelSize: Theme.smallFont
    font.bold: deliveryState === 4
    Accessible.name: [qsTr("Sending"), qsTr("Sent"), qsTr("Delivered"), qsTr("Read"), qsTr("Not sent")][Math.max(0, Math.min(4, deliveryState))]
}
