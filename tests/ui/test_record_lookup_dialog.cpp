// The desk's record-check dialog against a real database: the lookup runs off the UI thread and
// the card shows its flags before anything else; a birth narrows a name check.
#include "DbTest.h"
#include "RecordLookupDialog.h"
#include "records/RecordImporter.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace centinela;

class TestRecordLookupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagsComeFirst()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase(QStringLiteral("dlg"));
        for (const auto& [kind, csv] :
             {std::pair<const char*, QByteArray>{"persons", "document_number,full_name,birth_date\n"
                                                            "1234 56789 0101,José Pérez Núñez,1980-02-03\n"},
              {"warrants", "warrant_number,document_number,offence,court\n"
                           "OC-1,1234567890101,robo agravado,Juzgado Primero Penal\n"}}) {
            QBuffer buffer;
            buffer.setData(csv);
            buffer.open(QIODevice::ReadOnly);
            core::RecordImporter importer(db, QString::fromLatin1(kind));
            core::RecordImporter::Summary s;
            QString error;
            QVERIFY2(importer.importDevice(&buffer, &s, &error), qPrintable(error));
        }
        core::PgConnection admin(db);
        const qint64 incident =
            test::scalar(admin, "INSERT INTO incidents (type, received_at) VALUES ('robbery', now()) RETURNING id")
                .toLongLong();

        ui::RecordLookupDialog dialog(cluster->conninfoAs(db, QStringLiteral("operador")), incident);
        dialog.show();
        QSignalSpy done(&dialog, &ui::RecordLookupDialog::lookupDone);
        dialog.lookup(QStringLiteral("jose perez"));
        QVERIFY(done.wait(10000));
        const QJsonObject result = done.first().at(0).toJsonObject();
        QVERIFY2(done.first().at(1).toString().isEmpty(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(result.value(QLatin1String("results")).toArray().size(), 1);
        const QString html = ui::RecordLookupDialog::cardsHtml(result);
        QVERIFY(html.indexOf(QStringLiteral("OUTSTANDING WARRANT")) >= 0);
        QVERIFY(html.indexOf(QStringLiteral("OUTSTANDING WARRANT")) < html.indexOf(QStringLiteral("José Pérez Núñez")));
        QCOMPARE(test::scalar(admin,
                              "SELECT count(*) FROM audit_log WHERE action = 'records.lookup' AND entity_id = $1",
                              {QByteArray::number(incident)}),
                 QStringLiteral("1"));
        // A birth the dialog cannot read is said so, and nothing is searched.
        auto* born = dialog.findChild<QLineEdit*>(QStringLiteral("born"));
        QVERIFY(born);
        born->setText(QStringLiteral("el martes"));
        dialog.lookup(QStringLiteral("jose perez"));
        QVERIFY(!done.wait(500));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("status"))->text().startsWith(QLatin1String("Born:")));
        QCOMPARE(QApplication::focusWidget(), born);
        // A birth year that is not his leaves him out; his own finds him.
        born->setText(QStringLiteral("1990"));
        dialog.lookup(QStringLiteral("jose perez"));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toJsonObject().value(QLatin1String("results")).toArray().size(), 0);
        born->setText(QStringLiteral("03/02/1980"));
        dialog.lookup(QStringLiteral("jose perez"));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toJsonObject().value(QLatin1String("results")).toArray().size(), 1);
        const QString dir = qEnvironmentVariable("CENTINELA_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            dialog.grab().save(dir + QStringLiteral("/record-check.png"));
    }
};

QTEST_MAIN(TestRecordLookupDialog)
#include "test_record_lookup_dialog.moc"
