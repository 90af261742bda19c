import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The frame of every first-start screen: a title, an explanation and the page's controls
// in a readable column, scrollable when the window is small.
Page {
    id: page
    property string heading
    property string explanation
    default property alias content: column.data

    background: Rectangle { color: Theme.background }

    // The page and its scroll view are focus scopes: both pass the focus on, so the field
    // a page marks `focus: true` has it when the page appears (no click needed).
    focus: true
    ScrollView {
        anchors.fill: parent
        focus: true
        // Fixed implicit size: the column's width follows the view, not the other way round.
        implicitWidth: 480
        implicitHeight: 480
        contentWidth: availableWidth

        ColumnLayout {
            id: outer
            width: Math.min(parent.width - 48, 520)
            x: (parent.width - width) / 2
            spacing: Theme.spacing * 2

            Item { Layout.preferredHeight: Math.max(24, (page.height - column.implicitHeight) / 4) }

            Label {
                objectName: "pageHeading"
                Layout.fillWidth: true
                text: page.heading
                font.pixelSize: Theme.titleFont
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.explanation
                color: Theme.mutedText
                font.pixelSize: Theme.baseFont
                wrapMode: Text.WordWrap
            }
            ColumnLayout {
                id: column
                Layout.fillWidth: true
                spacing: Theme.spacing * 1.5
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
}
