#include "sync/Outbox.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace centinela::core;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
}

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.jsonl"));
        const Command a = Command::acknowledgeAlert(7, kNow);
        const Command b = Command::assignUnit(3, 11, QStringLiteral("closer"), kNow);
        const Command c = Command::addNote(3, QStringLiteral("caller hung up"), kNow);
        {
            Outbox box(path);
            QString error;
            QVERIFY(box.load(&error));
            QVERIFY(box.add(a, &error));
            QVERIFY(box.add(b, &error));
            QVERIFY(box.add(c, &error));
            QVERIFY(box.markDone(a.id, &error));
            QVERIFY(box.markConflict(b.id, QStringLiteral("unit taken"), &error));
        }
        Outbox reopened(path);
        QString error;
        QVERIFY2(reopened.load(&error), qPrintable(error));
        QCOMPARE(reopened.pending().size(), 1);
        QCOMPARE(reopened.pending().first().id, c.id);
        QCOMPARE(reopened.pending().first().args.value(QLatin1String("body")).toString(),
                 QStringLiteral("caller hung up"));
        QCOMPARE(reopened.pending().first().createdAt, kNow);
        QCOMPARE(reopened.conflicts().size(), 1);
        QCOMPARE(reopened.conflicts().first().command.id, b.id);
        QCOMPARE(reopened.conflicts().first().message, QStringLiteral("unit taken"));
        QVERIFY(reopened.dismiss(b.id, &error));
        Outbox third(path);
        QVERIFY(third.load(&error));
        QVERIFY(third.conflicts().isEmpty());
        QCOMPARE(third.pending().size(), 1);
    }

    void tornLastLineIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.jsonl"));
        const Command a = Command::acknowledgeAlert(1, kNow);
        {
            Outbox box(path);
            QString error;
            QVERIFY(box.add(a, &error));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"op\":\"add\",\"id\":\"12"); // killed mid-write
        f.close();
        Outbox box(path);
        QString error;
        QVERIFY2(box.load(&error), qPrintable(error));
        QCOMPARE(box.pending().size(), 1);
        QCOMPARE(box.pending().first().id, a.id);
    }

    void damagedMiddleLineRefusesAndKeepsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.jsonl"));
        {
            Outbox box(path);
            QString error;
            QVERIFY(box.add(Command::acknowledgeAlert(1, kNow), &error));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        f.close();
        const QByteArray damaged = "not json at all\n" + good;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damaged);
        f.close();
        Outbox box(path);
        QString error;
        QVERIFY(!box.load(&error));
        QVERIFY(error.contains(QStringLiteral("line 1")));
        QVERIFY(box.pending().isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged); // left untouched for inspection
    }

    void compactsWhenEverythingIsDone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.jsonl"));
        Outbox box(path);
        QString error;
        for (int i = 0; i < 300; ++i) {
            const Command c = Command::acknowledgeAlert(i, kNow);
            QVERIFY(box.add(c, &error));
            QVERIFY(box.markDone(c.id, &error));
        }
        QVERIFY(QFileInfo(path).size() < 200 * 100); // compacted at least once
        const Command last = Command::acknowledgeAlert(999, kNow);
        QVERIFY(box.add(last, &error));
        Outbox reopened(path);
        QVERIFY(reopened.load(&error));
        QCOMPARE(reopened.pending().size(), 1);
        QCOMPARE(reopened.pending().first().id, last.id);
    }

    void unwritableFolderIsAnError()
    {
        Outbox box(QStringLiteral("/proc/centinela-outbox.jsonl"));
        QString error;
        QVERIFY(!box.add(Command::acknowledgeAlert(1, kNow), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
