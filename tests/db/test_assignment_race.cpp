// Many desks assign the same unit at the same moment: exactly one wins, every other one is told
// who did, and the database holds one live assignment.
#include "DbTest.h"
#include "domain/Command.h"
#include "store/CommandExecutor.h"
#include "store/StationDatabase.h"

#include <atomic>
#include <barrier>
#include <thread>

using namespace centinela;
using core::Command;
using core::CommandResult;

class TestAssignmentRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactlyOneWinnerEachTime()
    {
        CENTINELA_REQUIRE_CLUSTER(cluster);
        const QString db = cluster->createDatabase();
        constexpr int kDesks = 8;
        constexpr int kRounds = 25;
        core::PgConnection admin(db);
        QString error;
        QStringList users;
        for (int d = 0; d < kDesks; ++d) {
            users << QStringLiteral("desk%1").arg(d);
            QVERIFY(core::StationDatabase::addUser(admin, users.last(), core::StationDatabase::Role::Operator,
                                                   QString(), &error));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int round = 0; round < kRounds; ++round) {
            const qint64 unit = admin
                                    .exec("INSERT INTO units (call_sign, status) VALUES ($1, 'available') RETURNING id",
                                          {QStringLiteral("R-%1").arg(round).toUtf8()})
                                    .toLongLong(0, 0);
            QList<qint64> incidents;
            for (int d = 0; d < kDesks; ++d)
                incidents
                    << admin.exec("INSERT INTO incidents (received_at) VALUES (now()) RETURNING id").toLongLong(0, 0);

            std::vector<CommandResult> results(kDesks);
            std::barrier start(kDesks);
            std::vector<std::thread> desks;
            for (int d = 0; d < kDesks; ++d) {
                desks.emplace_back([&, d] {
                    core::CommandExecutor ex(cluster->conninfoAs(db, users.at(d)));
                    ex.execute(
                        Command::createAlert({{QStringLiteral("channel"), QStringLiteral("radio")}}, now)); // connect
                    start.arrive_and_wait();
                    results[d] = ex.execute(Command::assignUnit(incidents.at(d), unit, QString(), now));
                });
            }
            for (auto& t : desks)
                t.join();

            int winners = 0;
            QString winner;
            for (int d = 0; d < kDesks; ++d) {
                if (results[d].status == CommandResult::Status::Ok) {
                    ++winners;
                    winner = users.at(d);
                }
            }
            QCOMPARE(winners, 1);
            for (int d = 0; d < kDesks; ++d) {
                if (results[d].status == CommandResult::Status::Ok)
                    continue;
                QCOMPARE(results[d].status, CommandResult::Status::Conflict);
                QCOMPARE(results[d].data.value(QLatin1String("winner")).toString(), winner);
                QVERIFY2(results[d].message.contains(winner), qPrintable(results[d].message));
            }
            QCOMPARE(test::scalar(admin, "SELECT count(*) FROM assignments WHERE unit_id = $1 AND cleared_at IS NULL",
                                  {QByteArray::number(unit)}),
                     QStringLiteral("1"));
            QCOMPARE(test::scalar(admin, "SELECT status FROM units WHERE id = $1", {QByteArray::number(unit)}),
                     QStringLiteral("dispatched"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAssignmentRace)
#include "test_assignment_race.moc"
