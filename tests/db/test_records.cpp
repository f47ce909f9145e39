// Record checks against a real database: the importer (bad rows named by line), fuzzy and
// accent-insensitive name search, document and plate normalisation, flags first, and the audit
// trail every lookup writes and no operator can remove.
#include "DbTest.h"
#include "records/RecordImporter.h"
#include "records/RecordLookup.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace centinela;
using core::BirthRange;
using core::PgConnection;
using core::PgError;
using core::RecordImporter;
using core::RecordLookup;
using core::RecordQuery;

namespace {

bool importCsv(const QString& db, const QString& kind, const QByteArray& csv, QList<RecordImporter::Problem>* problems,
               RecordImporter::Summary* summary = nullptr)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    RecordImporter importer(db, kind);
    importer.setProblemHandler([problems](const RecordImporter::Problem& p) { problems->push_back(p); });
    RecordImporter::Summary s;
    QString error;
    const bool ok = importer.importDevice(&buffer, summary ? summary : &s, &error);
    if (!ok)
        qWarning("import failed: %s", qPrintable(error));
    return ok;
}

QStringList names(const QJsonObject& result)
{
    QStringList out;
    for (const QJsonValue& v : result.value(QLatin1String("results")).toArray())
        out << v.toObject().value(QLatin1String("name")).toString();
    return out;
}

QJsonObject lookup(PgConnection& db, const QString& text, const QString& kind)
{
    RecordQuery q;
    q.text = text;
    q.kind = kind;
    q.reason = QStringLiteral("control vehicular de rutina");
    return RecordLookup::lookup(db, q);
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT
    QString m_db;

    void loadRecords()
    {
        QList<RecordImporter::Problem> problems;
        QVERIFY(importCsv(m_db, QStringLiteral("persons"),
                          "document_number,full_name,birth_date,nationality,address\n"
                          "1234 56789 0101,José Pérez Núñez,1980-02-03,GT,\"6a avenida 3-20, zona 1\"\n"
                          "2222-33333-0101,María José García López,1991-07-12,GT,\n"
                          "3333 44444 0101,Josué Peres Ortiz,1975-11-30,GT,\n"
                          "4444 55555 0101,Ana Lucía Hernández Xicará,2001-01-09,GT,\n"
                          "5555 66666 0101,Juan Carlos Gómez Muñoz,1969-05-05,GT,\n",
                          &problems));
        QVERIFY(problems.isEmpty());
        QVERIFY(importCsv(m_db, QStringLiteral("vehicles"),
                          "plate,make,model,colour,year,owner_document,reported_stolen\n"
                          "P123ABC,Toyota,Corolla,gris,2015,1234-56789-0101,false\n"
                          "P-987 XYZ,Nissan,Sentra,rojo,2012,5555 66666 0101,si\n",
                          &problems));
        QVERIFY(importCsv(m_db, QStringLiteral("warrants"),
                          "warrant_number,document_number,person_name,offence,court,issued_on,status\n"
                          "OC-1,1234567890101,José Pérez,robo agravado,Juzgado Primero Penal,2024-03-01,active\n"
                          "OC-2,5555 66666 0101,Juan Carlos Gómez,hurto,Juzgado Segundo,2020-01-01,served\n",
                          &problems));
        QVERIFY(importCsv(m_db, QStringLiteral("fines"),
                          "fine_number,document_number,plate,amount,reason,issued_on,paid_on\n"
                          "M-1,,p 123-abc,450.00,exceso de velocidad,2025-06-01,\n"
                          "M-2,1234 56789 0101,,100,estacionamiento,2025-01-01,\n"
                          "M-3,2222-33333-0101,,100,estacionamiento,2025-01-01,2025-02-01\n",
                          &problems));
        QVERIFY(importCsv(m_db, QStringLiteral("orders"),
                          "order_number,document_number,person_name,protected_name,court,issued_on,valid_until,"
                          "conditions,status\n"
                          "OA-1,1234 56789 0101,José Pérez Núñez,Marta Ruiz,Juzgado de Familia,2025-01-01,2099-01-01,"
                          "no acercarse a 300 m,active\n"
                          "OA-2,3333 44444 0101,,Lidia Soto,Juzgado de Familia,2019-01-01,2020-01-01,,active\n",
                          &problems));
        QVERIFY(importCsv(m_db, QStringLiteral("crossings"),
                          "document_number,crossed_at,post,direction\n"
                          "1234 56789 0101,2025-10-01T08:30:00-06:00,Tecún Umán,out\n"
                          "1234 56789 0101,2025-10-03T18:00:00Z,Tecún Umán,in\n",
                          &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).reason));
    }

private Q_SLOTS:
    void init()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        m_db = cluster->createDatabase(QStringLiteral("rec"));
        loadRecords();
    }

    void badRowsAreListedWithLineAndReason()
    {
        QList<RecordImporter::Problem> problems;
        RecordImporter::Summary s;
        QVERIFY(importCsv(m_db, QStringLiteral("persons"),
                          "full_name,document_number,birth_date\n"
                          "Rosa Méndez,9999 00000 0101,1990-13-45\n"
                          ",8888 00000 0101,\n"
                          "Luis Cano,7777 00000 0101,1980-01-01\n"
                          "Solo dos,campos\n"
                          "Pedro Gil,---,\n",
                          &problems, &s));
        QCOMPARE(s.rowsRead, 5);
        QCOMPARE(s.rowsAccepted, 1);
        QCOMPARE(s.rowsRejected, 4);
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems[0].line, 2);
        QVERIFY2(problems[0].reason.contains(QStringLiteral("birth_date")), qPrintable(problems[0].reason));
        QCOMPARE(problems[1].line, 3);
        QVERIFY(problems[1].reason.contains(QStringLiteral("full_name is empty")));
        QCOMPARE(problems[2].line, 5);
        QVERIFY(problems[2].reason.contains(QStringLiteral("fields")));
        QCOMPARE(problems[3].line, 6);
        // A header without a required column is refused as a whole.
        QBuffer buffer;
        buffer.setData("plate,make\nP1,Kia\n");
        buffer.open(QIODevice::ReadOnly);
        RecordImporter importer(m_db, QStringLiteral("fines"));
        QString error;
        QVERIFY(!importer.importDevice(&buffer, &s, &error));
        QVERIFY2(error.contains(QStringLiteral("fine_number")), qPrintable(error));
        // Importing the same export again updates, never doubles.
        problems.clear();
        QVERIFY(importCsv(m_db, QStringLiteral("persons"),
                          "document_number,full_name\n1234-56789-0101,José Pérez Núñez\n", &problems));
        PgConnection admin(m_db);
        QCOMPARE(test::scalar(admin, "SELECT count(*) FROM persons WHERE document_key = '1234567890101'"),
                 QStringLiteral("1"));
    }

    void namesMatchWithoutAccentsAndWithTypos()
    {
        PgConnection db(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        // Accents, case and word order do not matter.
        QCOMPARE(names(lookup(db, QStringLiteral("Jose Perez"), QStringLiteral("name"))).value(0),
                 QStringLiteral("José Pérez Núñez"));
        QCOMPARE(names(lookup(db, QStringLiteral("PEREZ NUNEZ JOSE"), QStringLiteral("name"))).value(0),
                 QStringLiteral("José Pérez Núñez"));
        QCOMPARE(names(lookup(db, QStringLiteral("maria jose garcia lopez"), QStringLiteral("name"))).value(0),
                 QStringLiteral("María José García López"));
        // Typos: a letter missing, a letter wrong, an s for a z.
        QCOMPARE(names(lookup(db, QStringLiteral("Jose Perz Nunez"), QStringLiteral("name"))).value(0),
                 QStringLiteral("José Pérez Núñez"));
        QCOMPARE(names(lookup(db, QStringLiteral("Ana Lucia Hernandes"), QStringLiteral("name"))).value(0),
                 QStringLiteral("Ana Lucía Hernández Xicará"));
        QCOMPARE(names(lookup(db, QStringLiteral("Juan Carlos Gomes Munos"), QStringLiteral("name"))).value(0),
                 QStringLiteral("Juan Carlos Gómez Muñoz"));
        // One word beyond recognition still finds the person through the others.
        QCOMPARE(names(lookup(db, QStringLiteral("Ana Qwrtzy Xicara"), QStringLiteral("name"))).value(0),
                 QStringLiteral("Ana Lucía Hernández Xicará"));
        // "Josue Peres" is a different person from "José Pérez", and ranks first for its own name.
        QCOMPARE(names(lookup(db, QStringLiteral("Josue Peres"), QStringLiteral("name"))).value(0),
                 QStringLiteral("Josué Peres Ortiz"));
        QVERIFY(names(lookup(db, QStringLiteral("Pedro Infante"), QStringLiteral("name"))).isEmpty());
    }

    void aBirthYearDateOrAgeNarrowsACommonName()
    {
        // Twelve namesakes born a year apart, and one whose birth date the registry lacks.
        QByteArray csv = "document_number,full_name,birth_date\n";
        for (int i = 0; i < 12; ++i)
            csv += QStringLiteral("9000 %1 0101,Carlos Méndez Ruiz,%2-06-15\n").arg(10000 + i).arg(1980 + i).toUtf8();
        csv += "9000 99999 0101,Carlos Méndez Ruiz,\n";
        QList<RecordImporter::Problem> problems;
        QVERIFY(importCsv(m_db, QStringLiteral("persons"), csv, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).reason));
        PgConnection db(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        const auto born = [&db](const QString& text, const QString& when) {
            BirthRange range;
            QString error;
            if (!RecordLookup::parseBirth(when, QDate(2026, 11, 23), &range, &error))
                qWarning("%s", qPrintable(error));
            RecordQuery q;
            q.text = text;
            q.kind = QStringLiteral("name");
            q.reason = QStringLiteral("llamada por radio");
            q.bornFrom = range.from;
            q.bornTo = range.to;
            QStringList documents;
            for (const QJsonValue& v : RecordLookup::lookup(db, q).value(QLatin1String("results")).toArray())
                documents << v.toObject().value(QLatin1String("document")).toString();
            return documents;
        };
        // Without a birth, ten of thirteen namesakes fit on the cards: the one asked for may not be there.
        QCOMPARE(born(QStringLiteral("carlos mendez ruiz"), QString()).size(), 10);
        // A year: the one born then, then the one without a date.
        QCOMPARE(born(QStringLiteral("carlos mendez ruiz"), QStringLiteral("1987")),
                 (QStringList{QStringLiteral("9000 10007 0101"), QStringLiteral("9000 99999 0101")}));
        // A date, day first.
        QCOMPARE(born(QStringLiteral("Carlos Mendes"), QStringLiteral("15/06/1991")).value(0),
                 QStringLiteral("9000 10011 0101"));
        // An age: 40 on 2026-11-23 means 37 to 43, born 1982-11-24 .. 1989-11-23: seven people.
        const QStringList aged = born(QStringLiteral("carlos mendez ruiz"), QStringLiteral("40 años"));
        QCOMPARE(aged.size(), 8);
        QCOMPARE(aged.first(), QStringLiteral("9000 10003 0101")); // 1983
        QCOMPARE(aged.last(), QStringLiteral("9000 99999 0101"));  // unknown birth last
        // Written after the name in one line, as an officer texts a field check, the birth is read too.
        const auto oneLine = [&db](const char* text) {
            QStringList documents;
            const QJsonObject r =
                QJsonDocument::fromJson(
                    db.exec("SELECT records_lookup($1, 'any', NULL, 'radio')", {QByteArray(text)}).bytes(0, 0))
                    .object();
            for (const QJsonValue& v : r.value(QLatin1String("results")).toArray())
                documents << v.toObject().value(QLatin1String("document")).toString();
            return documents;
        };
        QCOMPARE(oneLine("Carlos Mendez Ruiz 1987"),
                 (QStringList{QStringLiteral("9000 10007 0101"), QStringLiteral("9000 99999 0101")}));
        QCOMPARE(oneLine("carlos mendez, nacido 15/06/1991").value(0), QStringLiteral("9000 10011 0101"));
        QCOMPARE(oneLine("Carlos Mendez Ruiz 31/02/1991").size(), 0); // not a date: searched as written
        QCOMPARE(oneLine("Mendez 1987").size(), 10);                  // one word: not read as a birth, so not narrowed
        // The audit rows keep the range the operator gave, and what a one-line check was read as.
        PgConnection admin(m_db);
        QCOMPARE(test::scalar(admin,
                              "SELECT count(*) FROM audit_log WHERE action = 'records.lookup'"
                              " AND details ->> 'born_from' = '1982-11-24' AND details ->> 'born_to' = '1989-11-23'"),
                 QStringLiteral("1"));
        QCOMPARE(test::scalar(admin, "SELECT details ->> 'query' FROM audit_log WHERE action = 'records.lookup'"
                                     " AND details ->> 'born_from' = '1987-01-01' AND details ->> 'reason' = 'radio'"),
                 QStringLiteral("Carlos Mendez Ruiz 1987"));
    }

    void birthsAreReadAsOperatorsWriteThem()
    {
        const QDate today(2026, 11, 23);
        BirthRange r;
        QString error;
        QVERIFY(RecordLookup::parseBirth(QStringLiteral(" "), today, &r, &error));
        QVERIFY(r.isNull());
        QVERIFY(RecordLookup::parseBirth(QStringLiteral("1990"), today, &r, &error));
        QCOMPARE(r.from, QDate(1990, 1, 1));
        QCOMPARE(r.to, QDate(1990, 12, 31));
        for (const char* text : {"12/03/1990", "12-03-1990", "12.03.1990", "1990-03-12"}) {
            QVERIFY2(RecordLookup::parseBirth(QString::fromLatin1(text), today, &r, &error), text);
            QCOMPARE(r.from, QDate(1990, 3, 12));
            QCOMPARE(r.to, QDate(1990, 3, 12));
        }
        for (const QString& text : {QStringLiteral("35"), QStringLiteral("35 años"), QStringLiteral("~35"),
                                    QStringLiteral("unos 35 anos"), QStringLiteral("Aprox. 35")}) {
            QVERIFY2(RecordLookup::parseBirth(text, today, &r, &error), qPrintable(text));
            QCOMPARE(r.from, QDate(1987, 11, 24)); // 38 at most
            QCOMPARE(r.to, QDate(1994, 11, 23));   // 32 at least
        }
        for (const char* bad : {"31/02/1990", "1850", "2030", "05/05/2030", "200 años", "ayer", "12/1990"}) {
            QVERIFY2(!RecordLookup::parseBirth(QString::fromLatin1(bad), today, &r, &error), bad);
            QVERIFY(!error.isEmpty());
            QVERIFY(r.isNull());
        }
    }

    void documentsAndPlatesAreNormalised()
    {
        QCOMPARE(RecordLookup::normaliseKey(QStringLiteral(" p-123 abc ")), QStringLiteral("P123ABC"));
        QCOMPARE(RecordLookup::normaliseKey(QStringLiteral("P.123-ÁBC")), QStringLiteral("P123ABC"));
        QCOMPARE(RecordLookup::normaliseKey(QStringLiteral("1234 56789 0101")), QStringLiteral("1234567890101"));
        PgConnection db(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        for (const char* q : {"P123ABC", "p123abc", "P-123-ABC", " p 123 abc ", "P.123.ABC"}) {
            const QJsonObject r = lookup(db, QString::fromLatin1(q), QStringLiteral("plate"));
            const QJsonArray results = r.value(QLatin1String("results")).toArray();
            QCOMPARE(results.size(), 1);
            QCOMPARE(results[0].toObject().value(QLatin1String("plate")).toString(), QStringLiteral("P123ABC"));
        }
        // The database's own normalisation agrees with core's.
        PgConnection admin(m_db);
        QCOMPARE(test::scalar(admin, "SELECT records_key(' p-123 ÁBC ')"), QStringLiteral("P123ABC"));
        const QJsonObject doc = lookup(db, QStringLiteral("1234-56789-0101"), QStringLiteral("document"));
        QCOMPARE(names(doc), QStringList{QStringLiteral("José Pérez Núñez")});
        // "any" tries plates and documents first.
        QCOMPARE(lookup(db, QStringLiteral("p987xyz"), QStringLiteral("any"))
                     .value(QLatin1String("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("plate"))
                     .toString(),
                 QStringLiteral("P-987 XYZ"));
    }

    void flagsComeFirst()
    {
        PgConnection db(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        QJsonObject card = lookup(db, QStringLiteral("1234 56789 0101"), QStringLiteral("document"))
                               .value(QLatin1String("results"))
                               .toArray()
                               .at(0)
                               .toObject();
        QCOMPARE(card.value(QLatin1String("flags")).toArray(),
                 (QJsonArray{QStringLiteral("warrant"), QStringLiteral("restraining_order"),
                             QStringLiteral("unpaid_fines")}));
        QCOMPARE(card.value(QLatin1String("warrants")).toArray().size(), 1);
        QCOMPARE(card.value(QLatin1String("crossings")).toArray().size(), 2);
        QCOMPARE(card.value(QLatin1String("vehicles")).toArray().size(), 1);
        // A served warrant, an expired order and a paid fine raise no flag.
        for (const char* doc : {"5555 66666 0101", "3333 44444 0101", "2222-33333-0101"}) {
            card = lookup(db, QString::fromLatin1(doc), QStringLiteral("document"))
                       .value(QLatin1String("results"))
                       .toArray()
                       .at(0)
                       .toObject();
            QVERIFY2(card.value(QLatin1String("flags")).toArray().isEmpty(), doc);
        }
        // A plate: stolen, unpaid fines, and the owner's warrant.
        card = lookup(db, QStringLiteral("P123ABC"), QStringLiteral("plate"))
                   .value(QLatin1String("results"))
                   .toArray()
                   .at(0)
                   .toObject();
        QCOMPARE(card.value(QLatin1String("flags")).toArray(),
                 (QJsonArray{QStringLiteral("owner_warrant"), QStringLiteral("owner_restraining_order"),
                             QStringLiteral("unpaid_fines")}));
        card = lookup(db, QStringLiteral("P987XYZ"), QStringLiteral("plate"))
                   .value(QLatin1String("results"))
                   .toArray()
                   .at(0)
                   .toObject();
        QCOMPARE(card.value(QLatin1String("flags")).toArray(), (QJsonArray{QStringLiteral("stolen")}));
    }

    void lookupsAreAuditedAndTheTrailCannotBeRemoved()
    {
        const QString operatorInfo = test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador"));
        PgConnection db(operatorInfo);
        // No reason, no check.
        RecordQuery q;
        q.text = QStringLiteral("Jose Perez");
        q.kind = QStringLiteral("name");
        bool refused = false;
        try {
            RecordLookup::lookup(db, q);
        } catch (const PgError&) {
            refused = true;
        }
        QVERIFY(refused);
        // For an incident.
        PgConnection admin(m_db);
        const QString incident =
            test::scalar(admin, "INSERT INTO incidents (type, received_at) VALUES ('domestic', now()) RETURNING id");
        q.incidentId = incident.toLongLong();
        const QJsonObject r = RecordLookup::lookup(db, q);
        QVERIFY(!names(r).isEmpty());

        const core::PgRows rows = admin.exec(
            "SELECT actor, entity_type, entity_id, details ->> 'query', details -> 'found' -> 0 ->> 'document',"
            " details ->> 'via', at > now() - interval '1 minute' FROM audit_log WHERE action = 'records.lookup'");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.text(0, 0), QStringLiteral("operador"));
        QCOMPARE(rows.text(0, 1), QStringLiteral("incident"));
        QCOMPARE(rows.text(0, 2), incident);
        QCOMPARE(rows.text(0, 3), QStringLiteral("Jose Perez"));
        QCOMPARE(rows.text(0, 4), QStringLiteral("1234 56789 0101"));
        QCOMPARE(rows.text(0, 5), QStringLiteral("desk"));
        QCOMPARE(rows.text(0, 6), QStringLiteral("t"));

        // The operator sees the row (it is theirs) but can neither change nor delete it, nor read
        // the records directly, around the audit.
        QCOMPARE(test::scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'records.lookup'"),
                 QStringLiteral("1"));
        for (const QByteArray& sql :
             {QByteArray("DELETE FROM audit_log WHERE action = 'records.lookup'"),
              QByteArray("UPDATE audit_log SET details = '{}' WHERE action = 'records.lookup'"),
              QByteArray("TRUNCATE audit_log"), QByteArray("SELECT count(*) FROM persons"),
              QByteArray("SELECT count(*) FROM warrants"), QByteArray("SELECT records_person_card('1234567890101')")}) {
            bool denied = false;
            try {
                db.exec(sql);
            } catch (const PgError& e) {
                denied = e.sqlState() == "42501";
            }
            QVERIFY2(denied, sql.constData());
        }
        // Not even the owner may delete it.
        bool ownerRefused = false;
        try {
            admin.exec("DELETE FROM audit_log WHERE action = 'records.lookup'");
        } catch (const PgError&) {
            ownerRefused = true;
        }
        QVERIFY(ownerRefused);
        QCOMPARE(test::scalar(admin, "SELECT count(*) FROM audit_log WHERE action = 'records.lookup'"),
                 QStringLiteral("1"));
    }

    void fieldChecksAnswerRegisteredOfficersOnly()
    {
        QCOMPARE(RecordLookup::fieldCheckQuery(QStringLiteral("CHECK P123ABC")), QStringLiteral("P123ABC"));
        QCOMPARE(RecordLookup::fieldCheckQuery(QStringLiteral("  check  p-123 abc ")), QStringLiteral("p-123 abc"));
        QCOMPARE(RecordLookup::fieldCheckQuery(QStringLiteral("Consulta 1234 56789 0101")),
                 QStringLiteral("1234 56789 0101"));
        QVERIFY(RecordLookup::fieldCheckQuery(QStringLiteral("hay un robo en la 6a avenida")).isEmpty());
        QVERIFY(RecordLookup::fieldCheckQuery(QStringLiteral("CHECK")).isEmpty());

        PgConnection admin(m_db);
        admin.execScript("INSERT INTO gateway_secrets (name, value) VALUES ('tip_hash_key', gen_random_bytes(32));"
                         "SELECT reporter_found('50255551234', 'Agente Morales', 'officer');"
                         "SELECT reporter_found('50255559999', 'Vecina Ruiz', 'resident');");
        PgConnection gateway(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("pasarela")));
        const QString reply = test::scalar(gateway, "SELECT records_field_check('50255551234', 'P123ABC', 'sms')");
        QVERIFY2(reply.startsWith(QStringLiteral("P123ABC Toyota Corolla gris: PROPIETARIO CON ORDEN DE CAPTURA")),
                 qPrintable(reply));
        QVERIFY2(reply.contains(QStringLiteral("MULTAS 1 (Q450.00)")), qPrintable(reply));
        QVERIFY(reply.size() <= 600);
        // Queued for the messaging API, addressed to the officer.
        const core::PgRows out = gateway.exec("SELECT channel, address, body FROM outbound_batch(10)");
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.text(0, 0), QStringLiteral("sms"));
        QCOMPARE(out.text(0, 1), QStringLiteral("50255551234"));
        QCOMPARE(out.text(0, 2), reply);
        QCOMPARE(test::scalar(admin, "SELECT details ->> 'via' || ' ' || (details ->> 'officer') FROM audit_log"
                                     " WHERE action = 'records.lookup'"),
                 QStringLiteral("sms Agente Morales (reporter 1)"));
        // A resident's number, or an unknown one, gets nothing: no reply, no lookup.
        for (const char* number : {"50255559999", "50200000000"}) {
            const core::PgRows r =
                gateway.exec("SELECT records_field_check($1, 'P123ABC', 'sms')", {QByteArray(number)});
            QVERIFY(r.isNull(0, 0));
        }
        QCOMPARE(test::scalar(admin, "SELECT count(*) FROM outbound_messages"), QStringLiteral("1"));
        QCOMPARE(test::scalar(admin, "SELECT count(*) FROM audit_log WHERE action = 'records.lookup'"),
                 QStringLiteral("1"));
        // A person's check.
        const QString person =
            test::scalar(gateway, "SELECT records_field_check('50255551234', '1234-56789-0101', 'sms')");
        QVERIFY2(person.contains(QStringLiteral("ORDEN DE CAPTURA; ORDEN DE ALEJAMIENTO")), qPrintable(person));
    }

    void platesAndNamesInIncidentNotesAreCheckedAutomatically()
    {
        PgConnection admin(m_db);
        const QString incident =
            test::scalar(admin, "INSERT INTO incidents (type, received_at) VALUES ('suspicious', now()) RETURNING id");
        PgConnection op(test::TestCluster::instance()->conninfoAs(m_db, QStringLiteral("operador")));
        QCOMPARE(
            test::scalar(op, "SELECT cmd_add_note(gen_random_uuid(), $1, $2) ->> 'ok'",
                         {incident.toUtf8(), QByteArray("Pick-up gris placa p-123 abc, conductor nombre: Jose Perez")}),
            QStringLiteral("true"));
        const core::PgRows notes =
            admin.exec("SELECT author, body FROM notes WHERE incident_id = $1 ORDER BY id", {incident.toUtf8()});
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.text(1, 0), QStringLiteral("consulta automática"));
        QVERIFY2(
            notes.text(1, 1).contains(QStringLiteral("P123ABC Toyota Corolla gris: PROPIETARIO CON ORDEN DE CAPTURA")),
            qPrintable(notes.text(1, 1)));
        QVERIFY2(notes.text(1, 1).contains(QStringLiteral("José Pérez Núñez")), qPrintable(notes.text(1, 1)));
        QCOMPARE(test::scalar(admin,
                              "SELECT count(*) FROM audit_log WHERE action = 'records.lookup'"
                              " AND details ->> 'via' = 'incident' AND entity_id = $1 AND actor = 'operador'",
                              {incident.toUtf8()}),
                 QStringLiteral("2"));
        // A note without plates, documents or names is just a note.
        test::scalar(op, "SELECT cmd_add_note(gen_random_uuid(), $1, 'sin novedad en el sector')", {incident.toUtf8()});
        QCOMPARE(test::scalar(admin, "SELECT count(*) FROM notes WHERE incident_id = $1", {incident.toUtf8()}),
                 QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "test_records.moc"
