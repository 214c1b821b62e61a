#include "core/AppInfo.h"
#include "domain/StatusCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace
{
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool unfinished = false;
        QStringList forms; // numerus forms, or the one translation
    };

    QList<Message> readTs(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                if (!current.source.isEmpty()) {
                    messages.append(current);
                }
                current =
                    Message{context, QString(), xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
                if (!current.numerus) {
                    current.forms = {xml.readElementText()};
                }
            } else if (name == u"numerusform") {
                current.forms.append(xml.readElementText());
            }
        }
        if (!current.source.isEmpty()) {
            messages.append(current);
        }
        return messages;
    }

    QString ts(const QString& language)
    {
        return QStringLiteral(ASSISTDESK_SOURCE_DIR) + u"/translations/assistdesk_"_s + language + u".ts"_s;
    }
} // namespace

// The translation files are part of the product: English carries the plural forms, Hindi every
// message. These checks catch a string added without running scripts/update-translations.sh.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishPluralsAreFilled();
    void everyPluralInTheSourcesIsInTheFile();
    void hindiHasEveryMessageTranslated();
    void translationsAreEmbedded();
    void statusMeaningsAreTranslatable();
};

void TestTranslations::englishPluralsAreFilled()
{
    int plurals = 0;
    for (const Message& message : readTs(ts(u"en"_s))) {
        if (!message.numerus) {
            continue;
        }
        ++plurals;
        QCOMPARE(message.forms.size(), 2);
        for (const QString& form : message.forms) {
            QVERIFY2(!form.isEmpty() && !form.contains(u"(s)"), qPrintable(message.source));
        }
    }
    QVERIFY(plurals > 5);
}

void TestTranslations::everyPluralInTheSourcesIsInTheFile()
{
    QSet<QString> known;
    for (const Message& message : readTs(ts(u"en"_s))) {
        known.insert(message.source);
    }
    // tr("…(s)…", nullptr, n): the shape of a plural message, its text possibly split into
    // adjacent literals across lines ("…%n day(s) ago " "(on %1).").
    static const QRegularExpression call(QStringLiteral(R"re(tr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    int found = 0;
    for (const QString& folder : {u"app"_s, u"ui"_s}) {
        QDirIterator it(QStringLiteral(ASSISTDESK_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            auto calls = call.globalMatch(code);
            while (calls.hasNext()) {
                QString source;
                auto parts = literal.globalMatch(calls.next().captured(1));
                while (parts.hasNext()) {
                    source += parts.next().captured(1);
                }
                source.replace(u"\\\""_s, u"\""_s);
                if (!source.contains(u"(s)")) {
                    continue;
                }
                ++found;
                QVERIFY2(known.contains(source),
                         qPrintable(u"%1: \"%2\" is not in assistdesk_en.ts; run scripts/update-translations.sh"_s.arg(
                             file.fileName(), source)));
            }
        }
    }
    QVERIFY(found > 5); // the scan itself works
}

void TestTranslations::hindiHasEveryMessageTranslated()
{
    const QList<Message> english = readTs(ts(u"en"_s));
    const QList<Message> hindi = readTs(ts(u"hi"_s));
    QCOMPARE(hindi.size(), english.size());
    for (const Message& message : hindi) {
        QVERIFY2(!message.unfinished, qPrintable(u"[%1] %2"_s.arg(message.context, message.source)));
        for (const QString& form : message.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(message.source));
        }
        // Placeholders survive translation.
        for (const QString& marker : {u"%1"_s, u"%2"_s, u"%3"_s, u"%n"_s}) {
            if (message.source.contains(marker)) {
                for (const QString& form : message.forms) {
                    QVERIFY2(form.contains(marker), qPrintable(u"%1 lost %2"_s.arg(message.source, marker)));
                }
            }
        }
    }
}

void TestTranslations::translationsAreEmbedded()
{
    QTranslator hindi;
    QVERIFY(hindi.load(u"assistdesk_hi"_s, u":/i18n"_s));
    const QString translated = hindi.translate("SearchQuery", "email address");
    QVERIFY(!translated.isEmpty());
    QVERIFY(translated != u"email address"_s);
    // The translator picks the plural form; QCoreApplication::translate fills in the number.
    QTranslator english;
    QVERIFY(english.load(u"assistdesk_en"_s, u":/i18n"_s));
    QCOMPARE(english.translate("DisplayFormat", "%n day(s) ago", nullptr, 1), u"%n day ago"_s);
    QVERIFY(QCoreApplication::installTranslator(&english));
    QCOMPARE(QCoreApplication::translate("DisplayFormat", "%n day(s) ago", nullptr, 3), u"3 days ago"_s);
    QCoreApplication::removeTranslator(&english);
}

void TestTranslations::statusMeaningsAreTranslatable()
{
    QSet<QString> listed;
    for (const Message& message : readTs(ts(u"en"_s))) {
        if (message.context == u"StatusMeaning") {
            listed.insert(message.source);
        }
    }
    for (const StatusDefinition& definition : StatusCatalog::instance().definitions()) {
        QVERIFY2(listed.contains(definition.meaning),
                 qPrintable(u"\"%1\" is missing from app/domain/StatusMeanings.cpp"_s.arg(definition.meaning)));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
