#include "DocumentSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
    // "line 3, column 14" for a byte offset, as an editor would show it.
    QString position(const QByteArray& content, qsizetype offset)
    {
        offset = qBound<qsizetype>(0, offset, content.size());
        const QByteArray before = content.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return DocumentSource::tr("line %1, column %2").arg(line).arg(column);
    }
} // namespace

QList<SourceDocument> DocumentSource::split(const QByteArray& raw)
{
    QByteArray content = raw;
    if (content.startsWith("\xEF\xBB\xBF")) {
        content.remove(0, 3);
    }
    if (content.trimmed().isEmpty()) {
        return {SourceDocument{QString(), QJsonValue(QJsonValue::Undefined), tr("the file is empty")}};
    }

    QJsonParseError wholeError;
    const QJsonDocument whole = QJsonDocument::fromJson(content, &wholeError);
    if (wholeError.error == QJsonParseError::NoError) {
        if (whole.isObject()) {
            return {SourceDocument{QString(), whole.object(), QString()}};
        }
        QList<SourceDocument> documents;
        const QJsonArray array = whole.array();
        documents.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            documents.append({u"[%1]"_s.arg(i), array.at(i), QString()});
        }
        if (documents.isEmpty()) {
            documents.append({QString(), QJsonValue(QJsonValue::Undefined), tr("the array holds no documents")});
        }
        return documents;
    }

    // Not one JSON text. A pretty-printed document opens with a line holding only "{" or "[";
    // such a file with a typo is one broken document, reported once with the line and column
    // where the JSON breaks. Anything else is read as JSON Lines, where a broken line rejects
    // only itself, the first line included.
    const QList<QByteArray> lines = content.split('\n');
    const auto firstLine =
        std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray& line) { return !line.trimmed().isEmpty(); });
    const QByteArray opening = firstLine == lines.cend() ? QByteArray() : firstLine->trimmed();
    const auto wholeFileError = [&] {
        return QList<SourceDocument>{SourceDocument{
            QString(), QJsonValue(QJsonValue::Undefined),
            tr("not valid JSON: %1 at %2").arg(wholeError.errorString(), position(content, wholeError.offset))}};
    };
    if (opening == "{" || opening.startsWith('[')) {
        return wholeFileError();
    }
    QList<SourceDocument> documents;
    bool anyParsed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QString location = tr("line %1").arg(i + 1);
        QJsonParseError lineError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &lineError);
        if (lineError.error != QJsonParseError::NoError) {
            documents.append(
                {location, QJsonValue(QJsonValue::Undefined),
                 tr("not valid JSON (%1 at column %2)").arg(lineError.errorString()).arg(lineError.offset + 1)});
        } else if (document.isArray()) {
            documents.append({location, QJsonValue(QJsonValue::Undefined),
                              tr("a line of JSON Lines must hold one object, found an array")});
        } else {
            anyParsed = true;
            documents.append({location, document.object(), QString()});
        }
    }
    // Not a single line parses: one broken document after all (a one-line typo).
    return anyParsed ? documents : wholeFileError();
}
