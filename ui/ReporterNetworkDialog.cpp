#include "ReporterNetworkDialog.h"

#include "store/PgConnection.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centinela::ui {

ReporterNetworkDialog::ReporterNetworkDialog(const QString& conninfo, QWidget* parent)
    : QDialog(parent)
    , m_conninfo(conninfo)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Vetted reporter network"));
    m_table->setObjectName(QStringLiteral("reporterTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Name"), tr("Kind"), tr("Status"), tr("Approvals"), tr("Strikes"), tr("Background check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* buttons = new QHBoxLayout;
    const std::pair<QString, std::function<void()>> actions[] = {
        {tr("&Found member…"), [this] { found(); }},
        {tr("&Invite…"), [this] { invite(); }},
        {tr("&Approve as member…"), [this] { approve(); }},
        {tr("Background check &passed"), [this] { backgroundCheck(true); }},
        {tr("Background check &failed"), [this] { backgroundCheck(false); }},
        {tr("&Strike…"), [this] { strike(); }},
        {tr("&Reinstate…"), [this] { reinstate(); }},
    };
    for (const auto& [label, slot] : actions) {
        auto* b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    }
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Only approved members' numbers raise alerts on the vetted channel; other numbers go "
                      "to the unverified queue. Numbers are stored only as keyed hashes."),
                   this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(1000, 500);
    reload();
}

ReporterNetworkDialog::~ReporterNetworkDialog() = default;

bool ReporterNetworkDialog::run(const QByteArray& sql, const std::vector<std::optional<QByteArray>>& params)
{
    try {
        if (!m_db || !m_db->isOpen())
            m_db = std::make_unique<core::PgConnection>(m_conninfo);
        const core::PgRows rows = m_db->exec(sql, params);
        m_status->setText(rows.size() > 0 ? tr("Done: %1").arg(rows.text(0, 0)) : tr("Done."));
        reload();
        return true;
    } catch (const core::PgError& e) {
        QMessageBox::warning(this, windowTitle(),
                             e.sqlState() == "42501" ? tr("Only the admin role manages the reporter network.")
                                                     : tr("Not done: %1").arg(e.message()));
        return false;
    }
}

void ReporterNetworkDialog::reload()
{
    try {
        if (!m_db || !m_db->isOpen())
            m_db = std::make_unique<core::PgConnection>(m_conninfo);
        const core::PgRows rows =
            m_db->exec("SELECT r.id, r.display_name, r.kind, r.status,"
                       " (SELECT count(*) FROM reporter_approvals a WHERE a.reporter_id = r.id), r.strikes,"
                       " coalesce(r.police_approved_by || ' ' || to_char(r.police_approved_at, 'YYYY-MM-DD'), '')"
                       " FROM reporters r ORDER BY r.status, r.display_name");
        m_table->setRowCount(rows.size());
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < 7; ++c)
                m_table->setItem(r, c, new QTableWidgetItem(rows.text(r, c)));
        m_table->resizeColumnsToContents();
    } catch (const core::PgError& e) {
        m_status->setText(tr("Cannot read the network: %1").arg(e.message()));
    }
}

int ReporterNetworkDialog::selectedReporter() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text().toInt() : 0;
}

namespace {
QString askKind(QWidget* parent, bool* ok)
{
    const QStringList kinds = {QStringLiteral("resident"), QStringLiteral("business"), QStringLiteral("officer")};
    return QInputDialog::getItem(parent, ReporterNetworkDialog::tr("Kind"), ReporterNetworkDialog::tr("Kind:"), kinds,
                                 0, false, ok);
}
} // namespace

void ReporterNetworkDialog::found()
{
    bool ok = false;
    const QString number =
        QInputDialog::getText(this, tr("Found member"), tr("Phone number:"), QLineEdit::Normal, {}, &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    const QString name = QInputDialog::getText(this, tr("Found member"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString kind = askKind(this, &ok);
    if (ok)
        run("SELECT reporter_found($1, $2, $3)", {number.toUtf8(), name.toUtf8(), kind.toUtf8()});
}

void ReporterNetworkDialog::invite()
{
    const int inviter = selectedReporter();
    if (!inviter) {
        m_status->setText(tr("Select the inviting member first."));
        return;
    }
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Invite"), tr("Phone number of the invited person:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    const QString name = QInputDialog::getText(this, tr("Invite"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString kind = askKind(this, &ok);
    if (ok)
        run("SELECT reporter_invite($1, $2, $3, $4)",
            {QByteArray::number(inviter), number.toUtf8(), name.toUtf8(), kind.toUtf8()});
}

void ReporterNetworkDialog::approve()
{
    const int reporter = selectedReporter();
    if (!reporter)
        return;
    bool ok = false;
    const int approver =
        QInputDialog::getInt(this, tr("Approve as member"), tr("Id of the approving member:"), 1, 1, 1 << 30, 1, &ok);
    if (ok)
        run("SELECT reporter_approve($1, $2)", {QByteArray::number(reporter), QByteArray::number(approver)});
}

void ReporterNetworkDialog::backgroundCheck(bool passed)
{
    const int reporter = selectedReporter();
    if (!reporter)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Background check"), tr("Note (record consulted):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        run("SELECT reporter_police_check($1, $2, $3)",
            {QByteArray::number(reporter), passed ? QByteArray("true") : QByteArray("false"), note.toUtf8()});
}

void ReporterNetworkDialog::strike()
{
    const int reporter = selectedReporter();
    if (!reporter)
        return;
    bool ok = false;
    const QStringList rules = {QStringLiteral("chain_message"), QStringLiteral("naming_persons"),
                               QStringLiteral("false_report"), QStringLiteral("abuse"), QStringLiteral("other")};
    const QString rule = QInputDialog::getItem(this, tr("Strike"), tr("Rule broken:"), rules, 0, false, &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getText(this, tr("Strike"), tr("Note:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        run("SELECT reporter_strike($1, $2, $3)", {QByteArray::number(reporter), rule.toUtf8(), note.toUtf8()});
}

void ReporterNetworkDialog::reinstate()
{
    const int reporter = selectedReporter();
    if (!reporter)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Reinstate"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        run("SELECT reporter_reinstate($1, $2)", {QByteArray::number(reporter), note.toUtf8()});
}

} // namespace centinela::ui
