import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Notifications: whether new messages show a system notification, and how
// much of the message it shows (others may see the screen). Kept in the profile.
ColumnLayout {
    id: section
    objectName: "notificationsSection"
    Layout.fillWidth: true
    spacing: Theme.spacing

    Label {
        objectName: "notificationsHeading"
        text: qsTr("Notifications")
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Switch {
        id: enabledSwitch
        objectName: "notificationsSwitch"
        Layout.fillWidth: true
        text: qsTr("Show a notification for new messages")
        Accessible.name: text
        Accessible.role: Accessible.CheckBox
        checked: NotificationCenter.enabled
        onToggled: NotificationCenter.enabled = checked
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        enabled: enabledSwitch.checked
        Label { text: qsTr("Show"); color: Theme.text }
        ComboBox {
            objectName: "notificationContentBox"
            Layout.preferredWidth: 260
            model: [qsTr("Name and message"), qsTr("Name only"), qsTr("No name or message")]
            currentIndex: NotificationCenter.content
            Accessible.name: qsTr("What notifications show")
            onActivated: function(index) { NotificationCenter.content = index }
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFont
        text: qsTr("Notifications can be read by anyone who sees your screen, also when it is locked. "
                   + "A message request only ever shows “New message request”.")
    }
}
