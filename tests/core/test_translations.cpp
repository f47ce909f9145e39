// The Spanish translation is complete: every source text of the interface has a finished Spanish
// text, and the placeholders (%1, %n) survive translation.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spanishIsComplete()
    {
        QFile file(qEnvironmentVariable("CENTINELA_TS_DIR") + QStringLiteral("/centinela_es.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const bool plural = xml.attributes().hasAttribute(QLatin1String("numerus"));
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    text.trimmed().isEmpty()) {
                    if (type != QLatin1String("vanished"))
                        missing << source;
                    continue;
                }
                QStringList want, got;
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                    want << it.next().captured();
                for (auto it = placeholder.globalMatch(text); it.hasNext();)
                    got << it.next().captured();
                want.removeDuplicates();
                got.removeDuplicates();
                want.sort();
                got.sort();
                if (!plural)
                    QVERIFY2(want == got, qPrintable(QStringLiteral("placeholders differ: ") + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
