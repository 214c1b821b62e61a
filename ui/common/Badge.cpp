#include "Badge.h"

using namespace Qt::StringLiterals;

Badge::Badge(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setTextFormat(Qt::PlainText);
}

void Badge::setState(const QString& text, Tone tone)
{
    m_tone = tone;
    // Colours chosen for contrast (WCAG AA with white or dark text), not from the palette, so
    // the meaning survives dark themes.
    QString colours;
    switch (tone) {
    case Tone::Neutral:
        colours = u"background:#e4e7eb; color:#1f2933;"_s;
        break;
    case Tone::Good:
        colours = u"background:#1e7b34; color:#ffffff;"_s;
        break;
    case Tone::Warning:
        colours = u"background:#f0b429; color:#1f2933;"_s;
        break;
    case Tone::Bad:
        colours = u"background:#c62828; color:#ffffff;"_s;
        break;
    }
    setStyleSheet(u"QLabel { %1 border-radius:4px; padding:1px 8px; font-weight:600; }"_s.arg(colours));
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}
