#pragma once

#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace legalaid::ui {

// A choice box whose chosen label, when longer than the box, ends in "…" instead of being cut at the edge:
// long Vietnamese labels (beneficiary groups, kinds of organisation) in boxes sized to the 1280-pixel window.
// The open list shows every label whole; callers give the chosen one whole in the tooltip.
class ElidingComboBox : public QComboBox {
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent*) override {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect text =
            style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        const int iconRoom = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
        option.currentText =
            option.fontMetrics.elidedText(option.currentText, Qt::ElideRight, text.width() - iconRoom - 4);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

} // namespace legalaid::ui
