import QtQuick

// A small padlock drawn from rectangles (no icon font needed): closed for end-to-end
// encrypted, replaced by a warning sign elsewhere.
Item {
    id: lock
    property color color: "black"
    property int size: 12
    width: size
    height: size
    Accessible.ignored: true

    Rectangle {
        x: lock.size * 0.22
        y: 0
        width: lock.size * 0.56
        height: lock.size * 0.62
        radius: width / 2
        color: "transparent"
        border.color: lock.color
        border.width: Math.max(1, lock.size / 8)
    }
    Rectangle {
        y: lock.size * 0.42
        width: lock.size
        height: lock.size * 0.58
        radius: lock.size / 8
        color: lock.color
    }
}
