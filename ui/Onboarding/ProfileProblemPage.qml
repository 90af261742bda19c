import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The profile cannot be opened for another reason (another Sotto has it open, or the
// database cannot be read): state it and let the user retry.
CenteredPage {
    id: page
    objectName: "profileProblemPage"
    heading: qsTr("Sotto cannot open your messages")
    explanation: Backend.problem

    RowLayout {
        Layout.fillWidth: true
        Button {
            text: qsTr("Quit")
            Accessible.name: text
            onClicked: Qt.quit()
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "retryButton"
            highlighted: true
            focus: true
            text: qsTr("Try again")
            Accessible.name: text
            onClicked: Backend.start()
        }
    }
}
