#include "Csv.h"

using namespace Qt::StringLiterals;

namespace
{
    const QByteArray bom("\xEF\xBB\xBF");
}

QString Csv::spreadsheetSafe(const QString& value)
{
    if (value.isEmpty()) {
        return value;
    }
    const QChar first = value.front();
    const bool formula =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    return formula ? u'\'' + value : value;
}

QString Csv::field(const QString& value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
                       || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote) {
        return value;
    }
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray Csv::document(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    auto line = [&text](const QStringList& values) {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString& value : values) {
            fields.append(field(value));
        }
        text += fields.join(u',') + u"\r\n"_s;
    };
    line(header);
    for (const QStringList& row : rows) {
        line(row);
    }
    return bom + text.toUtf8();
}

QList<QStringList> Csv::parse(const QByteArray& data, bool* ok)
{
    QString text = QString::fromUtf8(data.startsWith(bom) ? data.mid(bom.size()) : data);
    QList<QStringList> rows;
    QStringList row;
    QString value;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    value += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                value += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(value);
            value.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            row.append(value);
            rows.append(row);
            row.clear();
            value.clear();
            fieldStarted = false;
        } else {
            value += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(value);
        rows.append(row);
    }
    if (ok) {
        *ok = !quoted;
    }
    return rows;
}
