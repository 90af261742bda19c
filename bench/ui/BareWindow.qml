import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The floor: one page with a few controls, the size of Sotto's window.
ApplicationWindow {
    width: 1100
    height: 720
    visible: true
    title: "Bare Qt Quick Controls window"

    Page {
        objectName: "barePage"
        anchors.fill: parent
        header: ToolBar {
            RowLayout {
                anchors.fill: parent
                Label { text: "Bare window"; Layout.fillWidth: true; leftPadding: 8 }
                ToolButton { text: "Settings"; Accessible.name: text }
            }
        }
        ColumnLayout {
            anchors.centerIn: parent
            spacing: 12
            Label { text: "A page with a few controls" }
            TextField { placeholderText: "Type here"; Layout.preferredWidth: 300; Accessible.name: "Text" }
            CheckBox { text: "Remember"; Accessible.name: text }
            Button { text: "OK"; Accessible.name: text }
        }
    }
}
