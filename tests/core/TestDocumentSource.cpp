#include "TestData.h"

#include "document/DocumentParser.h"
#include "document/DocumentSource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentSource : public QObject
{
    Q_OBJECT

private slots:
    void singleDocument();
    void array();
    void jsonLines();
    void brokenLineRejectsOnlyThatLine();
    void brokenDocumentSaysWhere();
    void prettyPrintedTypoIsOneError();
    void brokenFirstLineOfJsonLines();
    void emptyFile();
    void byteOrderMark();
    void parserKeepsOrderAndVerdicts();
    void parserStopsEarly();
};

void TestDocumentSource::singleDocument()
{
    const QList<SourceDocument> documents = DocumentSource::split(R"({"order_id": "OD1"})");
    QCOMPARE(documents.size(), 1);
    QVERIFY(documents.constFirst().location.isEmpty());
    QCOMPARE(documents.constFirst().value.toObject().value(u"order_id").toString(), u"OD1"_s);
}

void TestDocumentSource::array()
{
    const QList<SourceDocument> documents = DocumentSource::split("[{\"a\": 1},\n {\"a\": 2}, 3]");
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents.at(1).location, u"[1]"_s);
    QCOMPARE(documents.at(1).value.toObject().value(u"a").toInt(), 2);
    QVERIFY(documents.at(2).parseError.isEmpty()); // not an object: the validator says so
    QCOMPARE(documents.at(2).value.toInt(), 3);
}

void TestDocumentSource::jsonLines()
{
    const QList<SourceDocument> documents = DocumentSource::split("{\"a\": 1}\n\n{\"a\": 2}\r\n{\"a\": 3}\n");
    QCOMPARE(documents.size(), 3);
    QCOMPARE(documents.at(0).location, u"line 1"_s);
    QCOMPARE(documents.at(1).location, u"line 3"_s);
    QCOMPARE(documents.at(2).location, u"line 4"_s);
    QCOMPARE(documents.at(2).value.toObject().value(u"a").toInt(), 3);
}

void TestDocumentSource::brokenLineRejectsOnlyThatLine()
{
    const QList<SourceDocument> documents = DocumentSource::split("{\"a\": 1}\n{\"a\": \n{\"a\": 3}\n[1]\n");
    QCOMPARE(documents.size(), 4);
    QVERIFY(documents.at(0).parseError.isEmpty());
    QCOMPARE(documents.at(1).location, u"line 2"_s);
    QVERIFY(documents.at(1).parseError.contains(u"not valid JSON"));
    QVERIFY(documents.at(2).parseError.isEmpty());
    QVERIFY(documents.at(3).parseError.contains(u"found an array"));
}

void TestDocumentSource::brokenDocumentSaysWhere()
{
    const QList<SourceDocument> documents = DocumentSource::split("{\n  \"order_id\": \"OD1\",\n  \"amount\": ,\n}\n");
    QCOMPARE(documents.size(), 1);
    const QString error = documents.constFirst().parseError;
    QVERIFY2(error.contains(u"not valid JSON"), qPrintable(error));
    QVERIFY2(error.contains(u"line 3"), qPrintable(error));
}

void TestDocumentSource::prettyPrintedTypoIsOneError()
{
    // A complete object on one line inside a broken pretty-printed array must not turn the
    // file into JSON Lines and a flood of messages.
    const QList<SourceDocument> documents =
        DocumentSource::split("[\n  {\"a\": 1}\n  {\"a\": 2}\n]\n"); // missing comma
    QCOMPARE(documents.size(), 1);
    QVERIFY2(documents.constFirst().parseError.contains(u"line 3"), qPrintable(documents.constFirst().parseError));
}

void TestDocumentSource::brokenFirstLineOfJsonLines()
{
    const QList<SourceDocument> documents = DocumentSource::split("{\"a\": \n{\"a\": 2}\n{\"a\": 3}\n");
    QCOMPARE(documents.size(), 3);
    QVERIFY(documents.at(0).parseError.contains(u"not valid JSON"));
    QCOMPARE(documents.at(0).location, u"line 1"_s);
    QCOMPARE(documents.at(2).value.toObject().value(u"a").toInt(), 3);
    // One line, broken: the whole file, with where it breaks.
    QVERIFY(DocumentSource::split("{\"a\": 1,}").constFirst().parseError.contains(u"line 1, column"));
}

void TestDocumentSource::emptyFile()
{
    const QList<SourceDocument> documents = DocumentSource::split("  \n");
    QCOMPARE(documents.size(), 1);
    QVERIFY(documents.constFirst().parseError.contains(u"empty"));
    QVERIFY(DocumentSource::split("[]").constFirst().parseError.contains(u"no documents"));
}

void TestDocumentSource::byteOrderMark()
{
    const QList<SourceDocument> documents = DocumentSource::split("\xEF\xBB\xBF{\"a\": 1}");
    QCOMPARE(documents.size(), 1);
    QVERIFY(documents.constFirst().parseError.isEmpty());
}

// The import's second thread gives exactly what parsing in line would, in document order, well
// past its look-ahead, with broken and invalid documents among good ones.
void TestDocumentSource::parserKeepsOrderAndVerdicts()
{
    QByteArray lines;
    for (int i = 0; i < 300; ++i) {
        QJsonObject document = TestData::document(i % 4);
        document.insert(u"order_id"_s, u"OD%1"_s.arg(700000000000000000LL + i));
        if (i % 7 == 3) {
            document.insert(u"platform"_s, u"fax"_s); // invalid: rejected with a reason
        }
        lines += i % 11 == 5 ? QByteArray("{ broken") : QJsonDocument(document).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    const QList<SourceDocument> documents = DocumentSource::split(lines);
    QCOMPARE(documents.size(), 300);
    DocumentParser parser(documents, 8);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const OrderDocument::Result ahead = parser.take(i);
        if (!documents.at(i).parseError.isEmpty()) {
            QVERIFY(!ahead.ok());
            continue;
        }
        const OrderDocument::Result inLine = OrderDocument::parse(documents.at(i).value);
        QCOMPARE(ahead.ok(), inLine.ok());
        QCOMPARE(ahead.errors.size(), inLine.errors.size());
        if (inLine.ok()) {
            QCOMPARE(ahead.order->orderId, inLine.order->orderId);
        }
    }
}

// An import that stops half way (a database error) leaves no thread behind.
void TestDocumentSource::parserStopsEarly()
{
    QByteArray lines;
    for (int i = 0; i < 100; ++i) {
        lines += QJsonDocument(TestData::document(0)).toJson(QJsonDocument::Compact) + '\n';
    }
    const QList<SourceDocument> documents = DocumentSource::split(lines);
    {
        DocumentParser parser(documents, 4);
        QVERIFY(parser.take(0).ok());
        QVERIFY(parser.take(1).ok());
    } // joins here, without waiting for the rest to be taken
    DocumentParser untouched(documents, 4);
}

QTEST_GUILESS_MAIN(TestDocumentSource)
#include "TestDocumentSource.moc"
