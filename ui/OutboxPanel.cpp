#include "OutboxPanel.h"

#include "Labels.h"
#include "sync/DeskSession.h"

#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace centinela::ui {

OutboxPanel::OutboxPanel(core::DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_dismiss(new QPushButton(tr("&Dismiss conflict"), this))
{
    m_list->setObjectName(QStringLiteral("outboxList"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_dismiss);
    connect(&session, &core::DeskSession::outboxChanged, this, &OutboxPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem* item = m_list->currentItem();
        m_dismiss->setEnabled(item && item->data(Qt::UserRole + 1).toBool());
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_list->currentItem())
            m_session.dismissConflict(QUuid::fromString(item->data(Qt::UserRole).toString()));
    });
    refresh();
}

QString OutboxPanel::describe(const core::Command& c, const core::DeskSession& session)
{
    const auto id = [&c](const char* key) { return qint64(c.args.value(QLatin1String(key)).toDouble()); };
    const auto unitName = [&session](qint64 unitId) {
        const core::Unit* u = session.state().unit(unitId);
        return u ? u->callSign : QString::number(unitId);
    };
    if (c.kind == QLatin1String("acknowledge_alert"))
        return tr("Acknowledge alert #%1").arg(id("alert_id"));
    if (c.kind == QLatin1String("create_incident"))
        return tr("Create incident");
    if (c.kind == QLatin1String("assign_unit"))
        return tr("Assign %1 to incident #%2").arg(unitName(id("unit_id"))).arg(id("incident_id"));
    if (c.kind == QLatin1String("set_unit_status")) {
        const auto status = core::unitStatusFromDb(c.args.value(QLatin1String("status")).toString());
        return tr("%1 → %2").arg(unitName(id("unit_id")), status ? unitStatusLabel(*status) : QString());
    }
    if (c.kind == QLatin1String("add_note"))
        return tr("Note on incident #%1").arg(id("incident_id"));
    if (c.kind == QLatin1String("close_incident"))
        return tr("Close incident #%1").arg(id("incident_id"));
    if (c.kind == QLatin1String("create_alert"))
        return tr("New alert");
    return c.kind;
}

void OutboxPanel::refresh()
{
    m_list->clear();
    for (const core::Outbox::Entry& e : m_session.outbox().conflicts()) {
        auto* item =
            new QListWidgetItem(tr("Not applied: %1 — %2").arg(describe(e.command, m_session), e.message), m_list);
        item->setData(Qt::UserRole, e.command.id.toString());
        item->setData(Qt::UserRole + 1, true);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    for (const core::Command& c : m_session.outbox().pending()) {
        auto* item = new QListWidgetItem(
            tr("Pending: %1 (%2)")
                .arg(describe(c, m_session), c.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
            m_list);
        item->setData(Qt::UserRole, c.id.toString());
        item->setData(Qt::UserRole + 1, false);
    }
    m_dismiss->setEnabled(false);
}

} // namespace centinela::ui
