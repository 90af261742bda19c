import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// The window: first-start and unlock screens until the profile is open, then the
// conversation list and the chat side by side. Full-window pages (settings, contact,
// safety number) are pushed on top and closed with Esc or Back.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1100
    height: 720
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: qsTr("Sotto")
    color: Theme.background

    palette.window: Theme.background
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.buttonText: Theme.text
    palette.button: Theme.surfaceAlt
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.border
    palette.light: Theme.surface
    palette.dark: Theme.border
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    font.pixelSize: Theme.baseFont
    // Right-to-left languages (Arabic) mirror the whole window, popups included.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    readonly property alias stageLoader: stageLoader

    // Geometry and appearance come back as the user left them.
    Component.onCompleted: {
        const geometry = Backend.preference("geometry")
        if (geometry && geometry.width >= minimumWidth && geometry.height >= minimumHeight) {
            x = geometry.x; y = geometry.y; width = geometry.width; height = geometry.height
        }
        Theme.mode = Number(Backend.preference("themeMode", 0))
        Theme.fontScale = Number(Backend.preference("fontScale", 1.0))
    }
    onClosing: function(close) {
        Backend.setPreference("geometry", Qt.rect(x, y, width, height))
        // With a tray host Sotto stays running (notifications) and the tray icon brings the
        // window back; without one closing quits as it always did.
        if (typeof TrayIcon !== "undefined" && TrayIcon.available) {
            close.accepted = false
            window.hide()
        }
    }
    Connections {
        target: Theme
        function onModeChanged() { Backend.setPreference("themeMode", Theme.mode) }
        function onFontScaleChanged() { Backend.setPreference("fontScale", Theme.fontScale) }
    }
    // Tests and screenshots switch the theme without going through Settings.
    function setThemeMode(mode) { Theme.mode = mode }

    Loader {
        id: stageLoader
        objectName: "stageLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Backend.stage) {
            case Backend.ChoosePassphrase: return choosePassphrase
            case Backend.Unlock: return unlock
            case Backend.KeychainLost: return keychainLost
            case Backend.ProfileProblem: return profileProblem
            case Backend.ShowRecoveryCode: return recoveryCode
            case Backend.Welcome: return welcome
            case Backend.Main: return mainView
            default: return starting
            }
        }
    }

    Component {
        id: starting
        Rectangle {
            objectName: "startingPage"
            color: Theme.background
            // Only when opening takes long enough to notice: the spinner animates on the
            // render thread, and drawing it from the first frame took a software-rendered
            // desktop (llvmpipe) CPU that opening the profile needed (PERFORMANCE.md "ui").
            BusyIndicator {
                id: openingIndicator
                anchors.centerIn: parent
                running: false
                visible: running
                Accessible.name: qsTr("Opening your messages")
            }
            Timer { interval: 500; running: true; onTriggered: openingIndicator.running = true }
        }
    }
    // These screens load by address: a start that goes straight to the conversations never
    // loads their types (issue 7's first frame).
    Component { id: choosePassphrase; StagePage { page: "Onboarding/PassphrasePage.qml"; properties: ({ choosing: true }) } }
    Component { id: unlock; StagePage { page: "Onboarding/PassphrasePage.qml"; properties: ({ choosing: false }) } }
    Component { id: keychainLost; StagePage { page: "Onboarding/KeychainLostPage.qml" } }
    Component { id: profileProblem; StagePage { page: "Onboarding/ProfileProblemPage.qml" } }
    Component { id: recoveryCode; StagePage { page: "Onboarding/RecoveryCodePage.qml" } }
    component StagePage: Loader {
        property string page
        property var properties: ({})
        focus: true // passes the focus on to the page
        Component.onCompleted: setSource(Qt.resolvedUrl(page), properties)
    }
    Component {
        id: welcome
        StackView {
            id: onboardingStack
            objectName: "onboardingStack"
            focus: true // passes the focus on to the page shown
            initialItem: WelcomePage {
                onChooseCreate: onboardingStack.push(accountForm, { createMode: true })
                onChooseSignIn: onboardingStack.push(accountForm, { createMode: false })
                onChooseRestore: onboardingStack.push(restorePage)
            }
            Component {
                id: restorePage
                RestorePage { onBack: onboardingStack.pop() }
            }
            Component {
                id: accountForm
                AccountForm { onBack: onboardingStack.pop() }
            }
        }
    }
    Component {
        id: mainView
        MainView {}
    }
}
