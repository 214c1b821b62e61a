#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// One document read out of an import file, with where it came from.
struct SourceDocument
{
    QString location; // "[3]" in an array, "line 4" in JSON Lines, empty for a single document
    QJsonValue value; // undefined when the text could not be parsed
    QString parseError; // why it could not be parsed
};

// Splits an import file into documents. A file holds one JSON document, a JSON array of them, or
// JSON Lines (one document per line). A broken line in JSON Lines rejects only that line.
class DocumentSource final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSource)

public:
    static QList<SourceDocument> split(const QByteArray& content);
};
