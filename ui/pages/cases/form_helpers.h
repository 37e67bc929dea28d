#pragma once

#include "widgets/error_label.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
#include <algorithm>
#include <initializer_list>

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

// A filter combo as wide as its first ("any") entry, not its longest one: Vietnamese status and form labels
// are long, and every filter bar must fit the 1280-pixel window. The open list still shows every entry in
// full, and the tooltip (set by the caller or here) names the chosen entry. Call after adding the first item.
inline void sizeToFirstEntry(QComboBox* combo, int extraCharacters = 1) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    const QFontMetrics metrics = combo->fontMetrics();
    const QString first = combo->count() > 0 ? combo->itemText(0) : QString();
    // (Qt counts the minimum contents length in widths of "x".)
    combo->setMinimumContentsLength(metrics.horizontalAdvance(first) /
                                        std::max(1, metrics.horizontalAdvance(QLatin1Char('x'))) +
                                    extraCharacters);
    // A chosen entry longer than the box is elided; its tooltip gives it whole.
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, [combo](const QString& text) {
        combo->setToolTip(
            combo->accessibleName().isEmpty() ? text : combo->accessibleName() + QStringLiteral(": ") + text);
    });
}

// "accept" -> "Accept": catalogue labels are lower case for use inside sentences.
inline QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace legalaid::ui::forms
