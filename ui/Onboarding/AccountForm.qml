import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Create an account (in-band registration on the server the user names) or sign in.
// Passwords go straight to the controller, which keeps them in the keychain.
CenteredPage {
    id: page
    objectName: "accountForm"
    property bool createMode: true
    property string error
    readonly property var controller: Backend.controller
    readonly property bool working: Backend.connection === Backend.Connecting

    heading: createMode ? qsTr("Create an account") : qsTr("Sign in")
    explanation: createMode
        ? qsTr("Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.")
        : qsTr("Enter your XMPP address and password. Sotto will publish its encryption keys for this device.")

    signal back()

    function submit() {
        error = ""
        if (createMode) {
            if (serverField.text.trim() === "" || userField.text.trim() === "") {
                error = qsTr("Please enter a server and a user name.")
                return
            }
            if (passwordField.text.length < 8) {
                error = qsTr("Please choose a password of at least 8 characters.")
                return
            }
            if (passwordField.text !== confirmField.text) {
                error = qsTr("The passwords do not match.")
                return
            }
            controller.createAccount(serverField.text.trim(), userField.text.trim(), passwordField.text)
        } else {
            if (jidField.text.indexOf("@") < 1) {
                error = qsTr("Please enter your full address, like name@example.org.")
                return
            }
            controller.signIn(jidField.text.trim(), passwordField.text)
        }
    }

    Connections {
        target: page.controller
        function onErrorOccurred(code, text) { page.error = text }
        function onConnectionStateChanged() {
            if (Backend.connection === Backend.Online)
                Backend.showMain()
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        Label { visible: page.createMode; text: qsTr("Server"); color: Theme.text }
        TextField {
            id: serverField
            objectName: "serverField"
            visible: page.createMode
            Layout.fillWidth: true
            placeholderText: qsTr("example.org")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Server")
            focus: page.createMode
            onAccepted: userField.forceActiveFocus()
        }
        Label { visible: page.createMode; text: qsTr("User name"); color: Theme.text }
        TextField {
            id: userField
            objectName: "userField"
            visible: page.createMode
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("User name")
            onAccepted: passwordField.forceActiveFocus()
        }
        Label { visible: !page.createMode; text: qsTr("Address"); color: Theme.text }
        TextField {
            id: jidField
            objectName: "jidField"
            visible: !page.createMode
            Layout.fillWidth: true
            placeholderText: qsTr("name@example.org")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhEmailCharactersOnly
            Accessible.name: qsTr("Address")
            focus: !page.createMode
            onAccepted: passwordField.forceActiveFocus()
        }
        Label { text: qsTr("Password"); color: Theme.text }
        TextField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            // Also the spoken label: Qt 6.4 hides a password field's name from screen readers
            // and reads its placeholder (the Accessible.description it sets) instead.
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Password")
            Accessible.passwordEdit: true
            onAccepted: page.createMode ? confirmField.forceActiveFocus() : page.submit()
        }
        Label { visible: page.createMode; text: qsTr("Repeat password"); color: Theme.text }
        TextField {
            id: confirmField
            objectName: "confirmField"
            visible: page.createMode
            Layout.fillWidth: true
            echoMode: TextInput.Password
            // Also the spoken label: Qt 6.4 hides a password field's name from screen readers
            // and reads its placeholder (the Accessible.description it sets) instead.
            placeholderText: qsTr("Repeat password")
            Accessible.name: qsTr("Repeat password")
            Accessible.passwordEdit: true
            onAccepted: page.submit()
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: page.error
        onDismissed: page.error = ""
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            text: qsTr("Back")
            Accessible.name: text
            enabled: !page.working
            onClicked: page.back()
        }
        Item { Layout.fillWidth: true }
        BusyIndicator {
            running: page.working
            visible: running
            Layout.preferredHeight: 32
            Accessible.name: qsTr("Connecting")
        }
        Button {
            objectName: "submitButton"
            highlighted: true
            enabled: !page.working
            text: page.createMode ? qsTr("Create account") : qsTr("Sign in")
            Accessible.name: text
            onClicked: page.submit()
        }
    }
}
