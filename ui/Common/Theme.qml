pragma Singleton
import QtQuick

// Colours and sizes in one place. Follows the system's light/dark palette unless the user
// picked one in Settings (mode: 0 system, 1 light, 2 dark).
QtObject {
    id: theme

    property int mode: 0
    property real fontScale: 1.0

    readonly property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property bool dark: mode === 2 || (mode === 0 && systemDark)

    readonly property color background: dark ? "#1e1f22" : "#f6f6f7"
    readonly property color surface: dark ? "#2b2d31" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#35373c" : "#eceef1"
    readonly property color selection: dark ? "#3d4a66" : "#dbe6fb"
    readonly property color text: dark ? "#eceef1" : "#1d1f23"
    readonly property color mutedText: dark ? "#a3a7b0" : "#5f6470"
    readonly property color accent: dark ? "#6d9cf5" : "#2f62d6"
    readonly property color textOnAccent: "#ffffff"
    readonly property color ownBubble: dark ? "#2f4f8f" : "#2f62d6"
    readonly property color ownBubbleText: "#ffffff"
    readonly property color peerBubble: dark ? "#35373c" : "#ffffff"
    readonly property color peerBubbleText: text
    readonly property color border: dark ? "#43464d" : "#d7dae0"
    readonly property color danger: dark ? "#f28b82" : "#c5221f"
    readonly property color warning: dark ? "#fdd663" : "#b06000"
    readonly property color success: dark ? "#81c995" : "#188038"

    readonly property int spacing: 8
    readonly property int radius: 10
    readonly property int baseFont: Math.round(14 * fontScale)
    readonly property int smallFont: Math.round(12 * fontScale)
    readonly property int titleFont: Math.round(22 * fontScale)
    readonly property string monoFamily: "DejaVu Sans Mono"
}
