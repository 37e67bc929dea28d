#pragma once

#include <QPushButton>
#include <QVariantMap>

class QLabel;

namespace legalaid::ui {

// A large number with its caption that opens the list behind it: a flat push button, so it is reachable
// with Tab and pressed with Space or Enter like any other.
class FigureButton : public QPushButton {
    Q_OBJECT

public:
    enum class Tone { Normal, Warning };

    FigureButton(const QString& caption, QString pageKey, QVariantMap filter, Tone tone = Tone::Normal,
                 QWidget* parent = nullptr);

    // Shows the value ("–" while unknown).
    void setValue(qint64 value);
    void clearValue();
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] const QString& pageKey() const { return m_pageKey; }
    [[nodiscard]] const QVariantMap& filter() const { return m_filter; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void linkActivated(const QString& pageKey, const QVariantMap& filter);

private:
    void updateAccessibleName();

    QLabel* m_value = nullptr;
    QLabel* m_caption = nullptr;
    QString m_pageKey;
    QVariantMap m_filter;
    Tone m_tone;
    qint64 m_number = -1;
};

} // namespace legalaid::ui
