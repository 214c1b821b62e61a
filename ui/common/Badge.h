#pragma once

#include <QLabel>

// A small coloured label for a state an agent must see at a glance: SPD breached, ticket
// cancelled, refund TAT breached. The colour only repeats the text, never replaces it.
class Badge final : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Neutral,
        Good,
        Warning,
        Bad,
    };
    Q_ENUM(Tone)

    explicit Badge(QWidget* parent = nullptr);

    void setState(const QString& text, Tone tone);
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Neutral;
};
