#pragma once

#include "domain/Command.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;
class QPushButton;

namespace centinela::core {
class DeskSession;
}

namespace centinela::ui {

/// Open incidents and the selected one's detail: lifecycle times, assigned units, notes; actions to
/// assign a unit, add a note and close.
class IncidentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentPanel(core::DeskSession& session, QWidget* parent = nullptr);

    qint64 selectedIncident() const;
    void selectIncident(qint64 id);

public Q_SLOTS:
    void assignUnit();
    void addNote();
    void closeIncident();

Q_SIGNALS:
    void selectionChanged(qint64 incidentId);

private:
    void rebuildList();
    void showDetail();
    void submit(const core::Command& command);

    core::DeskSession& m_session;
    QListWidget* m_list;
    QTextBrowser* m_detail;
    QPushButton* m_assign;
    QPushButton* m_note;
    QPushButton* m_close;
};

} // namespace centinela::ui
