#pragma once

#include <QCoreApplication>
#include <QString>

// What the agent typed into the one search box, recognised before any query runs.
struct SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    enum class Kind
    {
        Empty,
        OrderId, // a full OD ID
        OrderIdPrefix, // "OD" + at least six digits, shorter than a full ID
        Phone, // normalised to the 10-digit mobile
        Email,
        TicketId,
        Invalid, // fits no format: message says which formats are accepted
    };

    Kind kind = Kind::Empty;
    QString value; // normalised: upper-case OD ID, bare 10-digit mobile, trimmed email / ticket ID
    QString message; // for Invalid: what was wrong and what is accepted

    bool isRunnable() const { return kind != Kind::Empty && kind != Kind::Invalid; }

    static SearchQuery parse(const QString& text);
    static QString acceptedFormats();
    static QString kindName(Kind kind);
};
