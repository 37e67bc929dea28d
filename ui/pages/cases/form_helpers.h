#pragma once

#include "widgets/error_label.h"

#include <QComboBox>
#include <QVBoxLayout>
#include <QWidget>

// Small layout helpers shared by the case and referral forms (ui/pages/cases, ui/pages/referrals).
namespace legalaid::ui::forms {

// The field with its error message right under it, as one widget for a QFormLayout row. The field keeps
// the focus (and so is the label's buddy through the focus proxy).
inline QWidget* withError(QWidget* field, ErrorLabel* error) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

// Selects the item whose data is `value`; false when there is none.
inline bool selectData(QComboBox* combo, const QVariant& value) {
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

// "accept" -> "Accept": catalogue labels are lower case for use inside sentences.
inline QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace legalaid::ui::forms
