#include "MainWindow.h"

#include "AlertQueueModel.h"
#include "CommanderView.h"
#include "IncidentPanel.h"
#include "OutboxPanel.h"
#include "RecordLookupDialog.h"
#include "ReporterNetworkDialog.h"
#include "UnitBoardModel.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace centinela::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QDockWidget* makeDock(const QString& title, const QString& name, QWidget* content, QMainWindow* window,
                      Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace

MainWindow::MainWindow(core::DeskSession& session, QString stationKey, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stationKey(std::move(stationKey))
    , m_alertModel(new AlertQueueModel(session.state(), session.clock(), this))
    , m_unitModel(new UnitBoardModel(session.state(), session.clock(), this))
    , m_alertView(makeTable(m_alertModel, QStringLiteral("alertQueue"), this))
    , m_unitView(makeTable(m_unitModel, QStringLiteral("unitBoard"), this))
    , m_incidents(new IncidentPanel(session, this))
    , m_banner(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Centinela — dispatch"));
    m_alertView->setSelectionMode(QAbstractItemView::ExtendedSelection);

    // The map canvas is its own component; until a map is configured the centre says so.
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setStyleSheet(QStringLiteral("background:#c62828;color:white;font-weight:bold;padding:8px;"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    auto* mapArea = new QLabel(tr("No map configured for this station."), centre);
    mapArea->setObjectName(QStringLiteral("mapArea"));
    mapArea->setAlignment(Qt::AlignCenter);
    mapArea->setMinimumSize(400, 300);
    mapArea->setStyleSheet(QStringLiteral("background:#eceff1;color:#546e7a;"));
    layout->addWidget(m_banner);
    layout->addWidget(mapArea, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    setCentralWidget(centre);

    QDockWidget* queueDock =
        makeDock(tr("Alert queue"), QStringLiteral("alertQueueDock"), m_alertView, this, Qt::LeftDockWidgetArea);
    QDockWidget* outboxDock = makeDock(tr("Pending actions"), QStringLiteral("outboxDock"),
                                       new OutboxPanel(session, this), this, Qt::LeftDockWidgetArea);
    QDockWidget* unitDock =
        makeDock(tr("Units"), QStringLiteral("unitBoardDock"), m_unitView, this, Qt::RightDockWidgetArea);
    QDockWidget* incidentDock =
        makeDock(tr("Incidents"), QStringLiteral("incidentDock"), m_incidents, this, Qt::RightDockWidgetArea);
    // First-run layout; a saved layout replaces it below.
    resizeDocks({queueDock, unitDock}, {560, 460}, Qt::Horizontal);
    resizeDocks({queueDock, outboxDock, unitDock, incidentDock}, {640, 160, 360, 440}, Qt::Vertical);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertQueueModel::Priority, QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertQueueModel::Age, QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertQueueModel::Text, QHeaderView::Stretch);
    m_alertView->horizontalHeader()->setStretchLastSection(false);
    m_unitView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    statusBar()->addPermanentWidget(m_connection);
    createActions();

    connect(&session, &core::DeskSession::connectionStateChanged, this, &MainWindow::updateConnection);
    connect(&session, &core::DeskSession::outboxChanged, this, &MainWindow::updateConnection);
    connect(&session.state(), &core::StationState::eventsApplied, this, &MainWindow::updateConnection);
    connect(&session, &core::DeskSession::commandFinished, this, &MainWindow::onCommandFinished);
    connect(&session, &core::DeskSession::storageError, this, [this](const QString& message) {
        QMessageBox::critical(this, tr("Centinela"), tr("Local storage failed: %1").arg(message));
    });
    connect(&session.state(), &core::StationState::alertAdded, this, [] { QApplication::beep(); });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, m_alertModel, &AlertQueueModel::tick);
    connect(m_tick, &QTimer::timeout, m_unitModel, &UnitBoardModel::tick);
    m_tick->start();

    resize(1400, 900);
    QSettings settings;
    settings.beginGroup(QStringLiteral("desk/") + m_stationKey);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    updateConnection();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("desk/") + m_stationKey);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    event->accept();
}

void MainWindow::createActions()
{
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        addAction(action);
        return action;
    };
    QMenu* alerts = menuBar()->addMenu(tr("&Alerts"));
    add(alerts, tr("&Acknowledge"), QKeySequence(Qt::Key_F2), [this] { acknowledgeAlert(); });
    add(alerts, tr("Create &incident (links selected alerts)"), QKeySequence(Qt::Key_F3),
        [this] { createIncidentFromAlerts(); });
    add(alerts, tr("Go to &queue"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_alertView->setFocus(); });

    QMenu* incidents = menuBar()->addMenu(tr("&Incidents"));
    add(incidents, tr("&Assign unit"), QKeySequence(Qt::Key_F4), [this] { m_incidents->assignUnit(); });
    add(incidents, tr("Add &note"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_incidents->addNote(); });
    add(incidents, tr("&Close"), QKeySequence(Qt::Key_F9), [this] { m_incidents->closeIncident(); });
    add(incidents, tr("Go to &incidents"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_incidents->setFocus(); });
    add(incidents, tr("Record &check…"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        auto* dialog = new RecordLookupDialog(m_session.conninfo(), m_incidents->selectedIncident(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    QMenu* units = menuBar()->addMenu(tr("&Units"));
    add(units, tr("&En route"), QKeySequence(Qt::Key_F5),
        [this] { setSelectedUnitStatus(QStringLiteral("en_route")); });
    add(units, tr("On &scene"), QKeySequence(Qt::Key_F6),
        [this] { setSelectedUnitStatus(QStringLiteral("on_scene")); });
    add(units, tr("&Available"), QKeySequence(Qt::Key_F7),
        [this] { setSelectedUnitStatus(QStringLiteral("available")); });
    add(units, tr("&Out of service"), QKeySequence(Qt::Key_F8),
        [this] { setSelectedUnitStatus(QStringLiteral("out_of_service")); });
    add(units, tr("Go to &units"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_unitView->setFocus(); });

    // The commander's review opens in its own window, once; it computes on its own connections.
    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    add(reports, tr("&Response-time review…"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        auto* view = findChild<CommanderView*>();
        if (!view) {
            view = new CommanderView(m_session.conninfo(), m_session.clock(), this);
            view->setWindowFlag(Qt::Window);
            view->refresh();
        }
        view->show();
        view->raise();
        view->activateWindow();
    });

    QMenu* admin = menuBar()->addMenu(tr("A&dministration"));
    add(admin, tr("Vetted &reporter network…"), QKeySequence(), [this] {
        auto* dialog = new ReporterNetworkDialog(m_session.conninfo(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::updateConnection()
{
    const int pending = int(m_session.outbox().pending().size());
    const int conflicts = int(m_session.outbox().conflicts().size());
    QString text;
    switch (m_session.connectionState()) {
    case core::SyncClient::State::Online:
        text = tr("● Connected as %1 · event %2").arg(m_session.user()).arg(m_session.state().eventWatermark());
        m_connection->setStyleSheet(QStringLiteral("color:#2e7d32;"));
        m_banner->hide();
        break;
    case core::SyncClient::State::Connecting:
        text = tr("● Connecting…");
        m_connection->setStyleSheet(QStringLiteral("color:#ef6c00;"));
        break;
    case core::SyncClient::State::Offline:
        text = tr("● No database connection");
        m_connection->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
        m_banner->setText(tr("DATABASE CONNECTION LOST — showing the last known state. Your actions are kept on this "
                             "desk (%n pending) and will be sent when the connection returns. %1",
                             nullptr, pending)
                              .arg(m_session.connectionMessage()));
        m_banner->show();
        break;
    }
    if (pending > 0)
        text += tr(" · %n pending", nullptr, pending);
    if (conflicts > 0)
        text += tr(" · %n not applied", nullptr, conflicts);
    m_connection->setText(text);
}

void MainWindow::onCommandFinished(const core::Command& command, const core::CommandResult& result)
{
    using S = core::CommandResult::Status;
    if (result.status == S::Ok || result.status == S::Unreachable)
        return;
    QString message;
    const QString winner = result.data.value(QLatin1String("winner")).toString();
    if (command.kind == QLatin1String("assign_unit") && !winner.isEmpty())
        message = tr("Another desk was first: %1 assigned this unit to incident #%2.")
                      .arg(winner)
                      .arg(qint64(result.data.value(QLatin1String("incident_id")).toDouble()));
    else
        message = tr("Not applied: %1").arg(result.message);
    statusBar()->showMessage(message, 15000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Centinela"),
                                OutboxPanel::describe(command, m_session) + QStringLiteral("\n\n") + message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

QList<qint64> MainWindow::selectedAlerts() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_alertView->selectionModel()->selectedRows())
        ids << m_alertModel->alertIdAt(index.row());
    if (ids.isEmpty() && m_alertView->currentIndex().isValid())
        ids << m_alertModel->alertIdAt(m_alertView->currentIndex().row());
    return ids;
}

qint64 MainWindow::selectedUnit() const
{
    const QModelIndexList rows = m_unitView->selectionModel()->selectedRows();
    const QModelIndex current = rows.isEmpty() ? m_unitView->currentIndex() : rows.first();
    return current.isValid() ? m_unitModel->unitIdAt(current.row()) : 0;
}

void MainWindow::submit(const core::Command& command)
{
    QString error;
    if (!m_session.submit(command, &error))
        QMessageBox::critical(this, tr("Centinela"), tr("The action could not be saved: %1").arg(error));
}

void MainWindow::acknowledgeAlert()
{
    for (qint64 id : selectedAlerts()) {
        const auto& alerts = m_session.state().alerts();
        if (alerts.contains(id) && alerts[id].state == core::AlertState::New)
            submit(core::Command::acknowledgeAlert(id, m_session.clock().now()));
    }
}

void MainWindow::createIncidentFromAlerts()
{
    const QList<qint64> ids = selectedAlerts();
    if (ids.isEmpty())
        return;
    const auto& alerts = m_session.state().alerts();
    QJsonObject incident;
    int priority = 5;
    for (qint64 id : ids) {
        if (!alerts.contains(id))
            continue;
        const core::Alert& a = alerts[id];
        priority = std::min(priority, a.priority);
        // The message's own location pin, when it has one; an operator's later edit wins over it.
        if (a.location && !incident.contains(QLatin1String("lon"))) {
            incident.insert(QStringLiteral("lon"), a.location->lon);
            incident.insert(QStringLiteral("lat"), a.location->lat);
            incident.insert(QStringLiteral("location_source"), QStringLiteral("message"));
        }
        if (!a.locationText.isEmpty() && !incident.contains(QLatin1String("address")))
            incident.insert(QStringLiteral("address"), a.locationText);
    }
    incident.insert(QStringLiteral("priority"), priority);
    submit(core::Command::createIncident(incident, ids, m_session.clock().now()));
}

void MainWindow::setSelectedUnitStatus(const QString& status)
{
    if (const qint64 unit = selectedUnit())
        submit(core::Command::setUnitStatus(unit, status, m_session.clock().now()));
}

} // namespace centinela::ui
