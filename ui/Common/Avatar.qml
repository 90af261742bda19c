import QtQuick
import Sotto.Ui

// A round initial in a colour derived from the JID, so a contact looks the same everywhere.
// The initial is the name's when one is given; the colour stays the address's.
Rectangle {
    id: avatar
    property string jid
    property string name
    property int size: 40
    width: size
    height: size
    radius: size / 2
    color: Qt.hsla(hue(jid), 0.45, Theme.dark ? 0.4 : 0.55, 1)
    Accessible.ignored: true

    function hue(text) {
        let h = 0
        for (let i = 0; i < text.length && i < 32; ++i)
            h = (h * 31 + text.charCodeAt(i)) % 360
        return h / 360
    }

    Text {
        anchors.centerIn: parent
        // A whole first character (an emoji is two UTF-16 units).
        readonly property string source: avatar.name.trim().length > 0 ? avatar.name.trim() : avatar.jid
        text: source.length > 0 ? String.fromCodePoint(source.codePointAt(0)).toUpperCase() : "?"
        color: "white"
        font.pixelSize: avatar.size * 0.45
        font.bold: true
    }
}
