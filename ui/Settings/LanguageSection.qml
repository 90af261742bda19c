import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sotto.Ui

// Settings › Language: the system's language or one of the shipped ones, each named in
// itself. The switch happens at once; no restart.
ColumnLayout {
    id: section
    objectName: "languageSection"
    Layout.fillWidth: true
    spacing: Theme.spacing

    function indexOfChoice(choices, code) {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].code === code)
                return i
        }
        return 0
    }

    Label {
        objectName: "languageHeading"
        text: qsTr("Language")
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label { text: qsTr("Language of Sotto"); color: Theme.text }
        ComboBox {
            id: languageBox
            objectName: "languageBox"
            Layout.preferredWidth: 260
            model: LanguageController.choices
            textRole: "name"
            valueRole: "code"
            currentIndex: section.indexOfChoice(LanguageController.choices, LanguageController.choice)
            Accessible.name: qsTr("Language of Sotto")
            onActivated: function(index) { LanguageController.setChoice(model[index].code) }
        }
    }
}
