#pragma once

#include "domain/Command.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace centinela::core {
class DeskSession;
}

namespace centinela::ui {

/// Actions not yet confirmed by the database (kept in the durable outbox) and actions the database
/// refused (conflicts), which stay listed until the operator dismisses them: never dropped silently.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(core::DeskSession& session, QWidget* parent = nullptr);
    /// A short operator-facing description of a command.
    static QString describe(const core::Command& command, const core::DeskSession& session);

private:
    void refresh();

    core::DeskSession& m_session;
    QListWidget* m_list;
    QPushButton* m_dismiss;
};

} // namespace centinela::ui
