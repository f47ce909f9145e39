// centinela-cli bench records: N persons with Spanish names drawn from frequency lists (so common
// names repeat as in a real population), vehicles, warrants, fines and orders, imported through
// import-records; then Q mixed name / document / plate checks through records_lookup as an operator.
#include "BenchSupport.h"
#include "Cli.h"

#include "records/RecordImporter.h"
#include "records/RecordLookup.h"
#include "store/PgConnection.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <cstdio>
#include <vector>

namespace centinela::cli {

namespace {

struct Weighted
{
    const char* name;
    int weight; ///< people per 10,000 (approximate; Spain's INE and Guatemala's RENAP lists)
};

// Given names, women then men (most frequent first).
const Weighted kWomen[] = {
    {"María", 300},   {"Ana", 120},      {"Carmen", 110},    {"Rosa", 90},    {"Lucía", 70},     {"Sofía", 60},
    {"Isabel", 60},   {"Laura", 55},     {"Marta", 50},      {"Elena", 45},   {"Paula", 45},     {"Julia", 40},
    {"Cristina", 40}, {"Patricia", 35},  {"Andrea", 35},     {"Raquel", 30},  {"Mónica", 30},    {"Silvia", 30},
    {"Teresa", 30},   {"Ángela", 28},    {"Beatriz", 25},    {"Natalia", 25}, {"Alejandra", 25}, {"Gabriela", 25},
    {"Verónica", 20}, {"Irene", 20},     {"Claudia", 20},    {"Inés", 18},    {"Lourdes", 15},   {"Dolores", 15},
    {"Josefa", 15},   {"Guadalupe", 15}, {"Marisol", 12},    {"Leticia", 12}, {"Yolanda", 12},   {"Rocío", 12},
    {"Noemí", 10},    {"Esperanza", 10}, {"Concepción", 10}, {"Fátima", 8},   {"Azucena", 6},    {"Itzel", 5}};
const Weighted kMen[] = {
    {"José", 280},   {"Juan", 160},     {"Antonio", 130}, {"Manuel", 110},  {"Francisco", 100}, {"Luis", 90},
    {"Carlos", 85},  {"Jorge", 60},     {"Miguel", 70},   {"Pedro", 55},    {"Javier", 55},     {"David", 50},
    {"Daniel", 50},  {"Alejandro", 45}, {"Rafael", 40},   {"Fernando", 40}, {"Pablo", 35},      {"Sergio", 35},
    {"Mario", 35},   {"Óscar", 30},     {"Ángel", 30},    {"Ramón", 28},    {"Andrés", 28},     {"Héctor", 25},
    {"Julio", 25},   {"Raúl", 25},      {"Rubén", 20},    {"Víctor", 20},   {"Enrique", 20},    {"Ricardo", 20},
    {"Eduardo", 18}, {"Roberto", 18},   {"Esteban", 15},  {"Hugo", 15},     {"Gerardo", 12},    {"Efraín", 10},
    {"Joaquín", 10}, {"Ismael", 8},     {"Baltasar", 5},  {"Nicolás", 12},  {"Martín", 15},     {"Tomás", 10}};
const Weighted kSurnames[] = {
    {"García", 310},   {"Rodríguez", 200}, {"González", 195}, {"Fernández", 190}, {"López", 185},    {"Martínez", 180},
    {"Sánchez", 175},  {"Pérez", 170},     {"Gómez", 100},    {"Martín", 95},     {"Jiménez", 90},   {"Ruiz", 85},
    {"Hernández", 95}, {"Díaz", 80},       {"Moreno", 75},    {"Muñoz", 70},      {"Álvarez", 70},   {"Romero", 65},
    {"Alonso", 55},    {"Gutiérrez", 55},  {"Navarro", 50},   {"Torres", 50},     {"Domínguez", 48}, {"Vázquez", 45},
    {"Ramos", 45},     {"Gil", 44},        {"Ramírez", 44},   {"Serrano", 42},    {"Blanco", 42},    {"Molina", 40},
    {"Morales", 40},   {"Suárez", 38},     {"Ortega", 38},    {"Delgado", 36},    {"Castro", 36},    {"Ortiz", 35},
    {"Rubio", 34},     {"Marín", 33},      {"Sanz", 32},      {"Núñez", 32},      {"Iglesias", 30},  {"Medina", 30},
    {"Garrido", 29},   {"Cortés", 28},     {"Castillo", 28},  {"Santos", 27},     {"Lozano", 27},    {"Guerrero", 26},
    {"Cano", 26},      {"Prieto", 25},     {"Méndez", 25},    {"Cruz", 25},       {"Calvo", 24},     {"Gallego", 24},
    {"Herrera", 24},   {"Márquez", 23},    {"León", 23},      {"Vidal", 22},      {"Peña", 22},      {"Flores", 22},
    {"Cabrera", 21},   {"Campos", 21},     {"Vega", 21},      {"Fuentes", 20},    {"Carrasco", 20},  {"Díez", 20},
    {"Reyes", 20},     {"Caballero", 19},  {"Nieto", 19},     {"Aguilar", 19},    {"Pascual", 18},   {"Santana", 18},
    {"Herrero", 18},   {"Montero", 17},    {"Lorenzo", 17},   {"Hidalgo", 17},    {"Giménez", 16},   {"Ibáñez", 16},
    {"Ferrer", 16},    {"Durán", 16},      {"Santiago", 15},  {"Benítez", 15},    {"Mora", 15},      {"Vicente", 15},
    {"Vargas", 15},    {"Arias", 14},      {"Carmona", 14},   {"Crespo", 14},     {"Román", 14},     {"Pastor", 13},
    {"Soto", 13},      {"Sáez", 13},       {"Velasco", 13},   {"Moya", 12},       {"Soler", 12},     {"Parra", 12},
    {"Esteban", 12},   {"Bravo", 12},      {"Gallardo", 11},  {"Rojas", 11},      {"Chávez", 11},    {"Orellana", 10},
    {"Barrios", 10},   {"Monterroso", 8},  {"Cifuentes", 8},  {"Quiñónez", 8},    {"Xicará", 5},     {"Ajanel", 4},
    {"Tzul", 4},       {"Coj", 4},         {"Cux", 4},        {"Ixcoy", 3},       {"Batz", 3},       {"Yax", 3},
    {"Toj", 3}};
const char* const kMakes[][2] = {
    {"Toyota", "Corolla"}, {"Toyota", "Hilux"},   {"Nissan", "Sentra"}, {"Honda", "Civic"}, {"Mazda", "3"},
    {"Kia", "Rio"},        {"Hyundai", "Accent"}, {"Suzuki", "Swift"},  {"Isuzu", "D-Max"}, {"Yamaha", "YBR 125"}};
const char* const kColours[] = {"blanco", "gris", "negro", "rojo", "azul", "plateado", "verde"};

/// Draws from a weighted list by cumulative weight.
template <size_t N> const char* draw(const Weighted (&list)[N], QRandomGenerator& rng)
{
    static const int total = [&list] {
        int t = 0;
        for (const Weighted& w : list)
            t += w.weight;
        return t;
    }();
    int x = int(rng.bounded(total));
    for (const Weighted& w : list) {
        if (x < w.weight)
            return w.name;
        x -= w.weight;
    }
    return list[0].name;
}

/// Person i, the same every time it is asked for (the benchmark regenerates instead of storing).
QString personName(qint64 i)
{
    QRandomGenerator rng(quint32(i * 2654435761u) ^ 0x5eed);
    const bool woman = rng.bounded(2) == 0;
    QString name = QString::fromUtf8(woman ? draw(kWomen, rng) : draw(kMen, rng));
    if (rng.bounded(10) < 3) { // a second given name: "María José", "Juan Carlos"
        name += QLatin1Char(' ');
        name += QString::fromUtf8(woman ? draw(kWomen, rng) : draw(kMen, rng));
    }
    name += QLatin1Char(' ') + QString::fromUtf8(draw(kSurnames, rng));
    name += QLatin1Char(' ') + QString::fromUtf8(draw(kSurnames, rng));
    return name;
}

/// A 13-digit CUI in the printed "NNNN NNNNN NNNN" form, unique per person.
QString document(qint64 i)
{
    const qint64 n = 1000000000LL + (i * 7919) % 8999999999LL;
    const QString digits = QString::number(n) + QString::number(1000 + i % 2000).right(3);
    return digits.left(4) + QLatin1Char(' ') + digits.mid(4, 5) + QLatin1Char(' ') + digits.mid(9);
}

QString plate(qint64 i)
{
    const qint64 letters = i / 1000;
    QString out = QStringLiteral("P") + QString::number(i % 1000).rightJustified(3, QLatin1Char('0'));
    for (int k = 0, v = int(letters); k < 3; ++k, v /= 26)
        out += QLatin1Char(char('A' + v % 26));
    return out;
}

QString csvField(const QString& s)
{
    return s.contains(QLatin1Char(',')) ? QLatin1Char('"') + s + QLatin1Char('"') : s;
}

/// One typo in the longest word: a letter dropped or replaced.
QString withTypo(const QString& name, QRandomGenerator& rng)
{
    QStringList words = name.split(QLatin1Char(' '));
    int longest = 0;
    for (int w = 1; w < words.size(); ++w)
        if (words[w].size() > words[longest].size())
            longest = w;
    QString& w = words[longest];
    const int at = 1 + int(rng.bounded(qMax(1, int(w.size()) - 1)));
    if (rng.bounded(2) == 0)
        w.remove(at, 1);
    else
        w[at] = QLatin1Char('x');
    return words.join(QLatin1Char(' '));
}

QString stripAccents(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

bool importGenerated(const QString& conninfo, const QString& kind, qint64 rows,
                     const std::function<QString(qint64)>& row, const QString& header, QString* error)
{
    QTemporaryFile file;
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    QByteArray buffer = header.toUtf8() + '\n';
    for (qint64 i = 0; i < rows; ++i) {
        buffer += row(i).toUtf8() + '\n';
        if (buffer.size() > (4 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.flush();
    core::RecordImporter importer(conninfo, kind);
    core::RecordImporter::Summary s;
    if (!importer.importFile(file.fileName(), &s, error))
        return false;
    if (s.rowsRejected > 0) {
        *error = QStringLiteral("%1 generated %2 rows were rejected").arg(s.rowsRejected).arg(kind);
        return false;
    }
    return true;
}

int benchRecords(const QStringList& argv)
{
    Args args;
    QString error;
    if (!args.parse(argv, {QStringLiteral("db"), QStringLiteral("persons"), QStringLiteral("queries")}, {}, &error))
        return usageError(error);
    qint64 persons = 0, queries = 0;
    if (!args.integer(QStringLiteral("persons"), 100000, 10, 50000000, &persons, &error) ||
        !args.integer(QStringLiteral("queries"), 1000, 1, 10000000, &queries, &error))
        return usageError(error);

    DatabaseTarget target;
    if (!target.open(args.value(QStringLiteral("db")), true, &error))
        return failure(error);

    QElapsedTimer timer;
    timer.start();
    const qint64 vehicles = qMax<qint64>(1, persons / 4);
    const bool ok =
        importGenerated(
            target.conninfo(), QStringLiteral("persons"), persons,
            [](qint64 i) -> QString {
                return document(i) + QLatin1Char(',') + personName(i) + QLatin1Char(',') +
                       QDate(1940, 1, 1).addDays((i * 7919) % 25000).toString(Qt::ISODate) +
                       QStringLiteral(",GT,\"Zona ") + QString::number(1 + i % 25) + QStringLiteral(", Guatemala\"");
            },
            QStringLiteral("document_number,full_name,birth_date,nationality,address"), &error) &&
        importGenerated(
            target.conninfo(), QStringLiteral("vehicles"), vehicles,
            [persons](qint64 i) -> QString {
                const auto& m = kMakes[i % 10];
                return plate(i) + QLatin1Char(',') + QLatin1String(m[0]) + QLatin1Char(',') + QLatin1String(m[1]) +
                       QLatin1Char(',') + QLatin1String(kColours[i % 7]) + QLatin1Char(',') +
                       QString::number(1995 + i % 30) + QLatin1Char(',') + document((i * 3) % persons) +
                       (i % 500 == 0 ? QStringLiteral(",true") : QStringLiteral(",false"));
            },
            QStringLiteral("plate,make,model,colour,year,owner_document,reported_stolen"), &error) &&
        importGenerated(
            target.conninfo(), QStringLiteral("warrants"), qMax<qint64>(1, persons / 100),
            [persons](qint64 i) -> QString {
                const qint64 p = (i * 97) % persons;
                return QStringLiteral("OC-%1,").arg(i) + document(p) + QLatin1Char(',') + csvField(personName(p)) +
                       QStringLiteral(",robo agravado,Juzgado Primero Penal,2024-03-01,") +
                       (i % 4 == 0 ? QStringLiteral("served") : QStringLiteral("active"));
            },
            QStringLiteral("warrant_number,document_number,person_name,offence,court,issued_on,status"), &error) &&
        importGenerated(
            target.conninfo(), QStringLiteral("fines"), qMax<qint64>(1, persons / 20),
            [persons, vehicles](qint64 i) -> QString {
                const bool byPlate = i % 2 == 0;
                return QStringLiteral("M-%1,").arg(i) + (byPlate ? QString() : document((i * 31) % persons)) +
                       QLatin1Char(',') + (byPlate ? plate((i * 13) % vehicles) : QString()) +
                       QStringLiteral(",%1.00,exceso de velocidad,2025-06-01,").arg(100 + i % 900) +
                       (i % 3 == 0 ? QStringLiteral("2025-07-01") : QString());
            },
            QStringLiteral("fine_number,document_number,plate,amount,reason,issued_on,paid_on"), &error) &&
        importGenerated(
            target.conninfo(), QStringLiteral("orders"), qMax<qint64>(1, persons / 200),
            [persons](qint64 i) -> QString {
                return QStringLiteral("OA-%1,").arg(i) + document((i * 211) % persons) +
                       QStringLiteral(",,víctima protegida,Juzgado de Familia,2025-01-01,2030-01-01,"
                                      "no acercarse a 500 m,active");
            },
            QStringLiteral("order_number,document_number,person_name,protected_name,court,issued_on,valid_until,"
                           "conditions,status"),
            &error);
    if (!ok)
        return failure(error);
    const double importS = timer.elapsed() / 1000.0;

    try {
        core::PgConnection admin(target.conninfo());
        const qint64 tokens = admin.exec("SELECT count(*) FROM record_name_tokens").toLongLong(0, 0);

        core::PgConnection db(target.conninfoAs(QStringLiteral("operador")));
        QRandomGenerator rng(42);
        std::vector<double> all, names, documents, plates;
        qint64 nameQueries = 0, nameFound = 0, bornQueries = 0, bornFound = 0, keyQueries = 0, keyFound = 0;
        const qint64 warmup = qMin<qint64>(100, queries);
        for (qint64 q = 0; q < warmup + queries; ++q) {
            const qint64 p = qint64(rng.bounded(quint64(persons)));
            const int mix = int(rng.bounded(4));
            core::RecordQuery query;
            query.reason = QStringLiteral("benchmark");
            query.via = QStringLiteral("cli");
            QString expect;
            if (mix <= 1) {
                const QString name = personName(p);
                const int variant = int(rng.bounded(4));
                query.text = variant == 0   ? name
                             : variant == 1 ? stripAccents(name)
                             : variant == 2 ? withTypo(stripAccents(name), rng)
                                            : name.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
                                                  name.section(QLatin1Char(' '), -2, -1);
                query.kind = QStringLiteral("name");
                expect = document(p);
                // Half the name checks come with the year of birth, as a radio call often gives it.
                if (rng.bounded(2)) {
                    const int year = QDate(1940, 1, 1).addDays((p * 7919) % 25000).year();
                    query.bornFrom = QDate(year, 1, 1);
                    query.bornTo = QDate(year, 12, 31);
                }
            } else if (mix == 2) {
                query.text = document(p).remove(QLatin1Char(' '));
                if (rng.bounded(2))
                    query.text.insert(4, QLatin1Char('-'));
                query.kind = QStringLiteral("document");
                expect = document(p);
            } else {
                const qint64 v = qint64(rng.bounded(quint64(vehicles)));
                query.text = plate(v).toLower();
                if (rng.bounded(2))
                    query.text.insert(1, QLatin1Char('-'));
                query.kind = QStringLiteral("plate");
                expect = plate(v);
            }
            QElapsedTimer t;
            t.start();
            const QJsonObject result = core::RecordLookup::lookup(db, query);
            const double ms = t.nsecsElapsed() / 1e6;
            if (q < warmup)
                continue;
            bool found = false;
            for (const QJsonValue& card : result.value(QLatin1String("results")).toArray()) {
                const QJsonObject c = card.toObject();
                if (c.value(QLatin1String("document")).toString() == expect ||
                    c.value(QLatin1String("plate")).toString() == expect)
                    found = true;
            }
            all.push_back(ms);
            if (query.kind == QLatin1String("name")) {
                names.push_back(ms);
                const bool withBirth = !query.bornFrom.isNull();
                ++(withBirth ? bornQueries : nameQueries);
                (withBirth ? bornFound : nameFound) += found;
            } else {
                (query.kind == QLatin1String("plate") ? plates : documents).push_back(ms);
                ++keyQueries;
                keyFound += found;
            }
        }
        std::printf("persons: %lld\nvehicles: %lld\ndistinct_name_words: %lld\nqueries: %lld\n", persons, vehicles,
                    tokens, queries);
        std::printf("import_s: %.1f\n", importS);
        const double p50 = percentile(all, 0.5), p99 = percentile(all, 0.99);
        std::printf("p50_ms: %.2f\np99_ms: %.2f\nmax_ms: %.2f\n", p50, p99, all.empty() ? 0.0 : all.back());
        std::printf("name_p50_ms: %.2f\nname_p99_ms: %.2f\n", percentile(names, 0.5), percentile(names, 0.99));
        std::printf("document_p99_ms: %.2f\nplate_p99_ms: %.2f\n", percentile(documents, 0.99),
                    percentile(plates, 0.99));
        // A name shared by more than ten people can push the one asked for out of the ten shown.
        std::printf("name_found_in_top10: %.3f\nname_with_birth_year_found_in_top10: %.3f\nkey_found: %.3f\n",
                    nameQueries ? double(nameFound) / double(nameQueries) : 0.0,
                    bornQueries ? double(bornFound) / double(bornQueries) : 0.0,
                    keyQueries ? double(keyFound) / double(keyQueries) : 0.0);
        std::printf("machine: %s\n", qUtf8Printable(machineDescription()));
    } catch (const core::PgError& e) {
        return failure(QStringLiteral("database: %1").arg(e.message()));
    }
    return 0;
}

} // namespace

void registerBenchRecords(QList<Subcommand>& commands)
{
    commands.append({QStringLiteral("bench records"),
                     QStringLiteral("bench records [--db CONNINFO] --persons N --queries Q"), benchRecords});
}

} // namespace centinela::cli
