#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV, as Excel and LibreOffice open it: UTF-8 with a byte-order mark (so Excel reads
// Hindi names right), CRLF line ends, a field quoted when it holds a comma, a quote, a line break
// or leading/trailing spaces, quotes inside doubled.
namespace Csv
{
    QString field(const QString& value);
    // A cell a spreadsheet will not run: text starting with =, +, -, @, a tab or a carriage return
    // (what Excel and LibreOffice read as a formula) gets a leading apostrophe, which they show as
    // text. Exports of free text (remarks, notes) go through it; the CSV codec itself does not.
    QString spreadsheetSafe(const QString& value);
    QByteArray document(const QStringList& header, const QList<QStringList>& rows);
    // Reads a document written by document() (or any RFC 4180 text, BOM optional). *ok is false
    // when a quoted field never ends.
    QList<QStringList> parse(const QByteArray& data, bool* ok = nullptr);
} // namespace Csv
