#include "MainWindow.h"

#include "AlertQueueModel.h"
#include "CallTakingDialog.h"
#include "CommanderView.h"
#include "DeskActions.h"
#include "DeskRecommender.h"
#include "IncidentPanel.h"
#include "Labels.h"
#include "MapLayersPanel.h"
#include "OutboxPanel.h"
#include "RecordLookupDialog.h"
#include "ReporterNetworkDialog.h"
#include "StationMap.h"
#include "UnitBoardModel.h"
#include "canvas/MapCanvas.h"
#include "domain/IncidentTypes.h"
#include "sync/DeskSession.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
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
    , m_recommender(new DeskRecommender(session.state(), this))
    , m_incidents(new IncidentPanel(session, *m_recommender, this))
    , m_map(new maps::MapCanvas(this))
    , m_stationMap(new StationMap(session.state(), *m_map, m_stationKey, this))
    , m_layersPanel(new MapLayersPanel(*m_map, this))
    , m_banner(new QLabel(this))
    , m_emergencyBanner(new QLabel(this))
    , m_welfare(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Centinela — dispatch"));
    m_alertView->setSelectionMode(QAbstractItemView::ExtendedSelection);

    // The map fills the centre; the connection banner sits above it when the database is lost.
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setStyleSheet(QStringLiteral("background:#c62828;color:white;font-weight:bold;padding:8px;"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_map->setTimeSource([&session] { return session.clock().now().toMSecsSinceEpoch(); });
    m_emergencyBanner->setObjectName(QStringLiteral("emergencyBanner"));
    m_emergencyBanner->setStyleSheet(
        QStringLiteral("background:#aa00ff;color:white;font-weight:bold;font-size:14pt;padding:8px;"));
    m_emergencyBanner->setWordWrap(true);
    m_emergencyBanner->hide();
    layout->addWidget(m_emergencyBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_map, 1);
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
    QDockWidget* layersDock =
        makeDock(tr("Map layers"), QStringLiteral("mapLayersDock"), m_layersPanel, this, Qt::LeftDockWidgetArea);
    tabifyDockWidget(outboxDock, layersDock);
    outboxDock->raise();
    // First-run layout; a saved layout replaces it below.
    resizeDocks({queueDock, unitDock}, {440, 400}, Qt::Horizontal);
    resizeDocks({queueDock, outboxDock, unitDock, incidentDock}, {640, 160, 360, 440}, Qt::Vertical);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertQueueModel::Priority, QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertQueueModel::Age, QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertQueueModel::Text, QHeaderView::Stretch);
    m_alertView->horizontalHeader()->setStretchLastSection(false);
    m_unitView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_welfare->setObjectName(QStringLiteral("welfareNotice"));
    m_welfare->setStyleSheet(QStringLiteral("background:#ffb74d;padding:2px 6px;font-weight:bold;"));
    m_welfare->hide();
    statusBar()->addPermanentWidget(m_welfare);
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

    m_actions = new DeskActions(
        session, {m_alertModel, m_unitModel, m_alertView, m_unitView, m_incidents, m_map, m_stationMap}, this);
    connect(m_actions, &DeskActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_alertModel->setAttachmentSource(session.conninfo());
    connectSelection();
    m_stationMap->setDatabase(session.conninfo());
    m_incidents->setPlaceSearch([this](const QString& query) { return m_stationMap->searchPlaces(query); });
    connect(m_stationMap, &StationMap::loaded, m_layersPanel, &MapLayersPanel::refresh);
    connect(m_stationMap, &StationMap::layersChanged, m_layersPanel, &MapLayersPanel::refresh);
    // The recommender routes on the station map's roads.
    connect(m_stationMap, &StationMap::loaded, m_recommender, &DeskRecommender::loadRoads);
    connect(m_incidents, &IncidentPanel::routePreview, this, [this](const std::vector<core::GeoPoint>& route) {
        QPolygonF line;
        for (const core::GeoPoint& p : route)
            if (const auto m = m_map->projection().toMap(p))
                line << *m;
        m_map->overlay().setRoute(line);
        m_map->update();
    });
    connect(&session.state(), &core::StationState::unitChanged, this, &MainWindow::updateBanners);
    connect(&session.state(), &core::StationState::reset, this, &MainWindow::updateBanners);
    connect(m_layersPanel, &MapLayersPanel::layoutChanged, m_stationMap, &StationMap::saveLayout);
    connect(m_map, &maps::MapCanvas::createIncidentRequested, this,
            [this](const core::GeoPoint& p) { m_actions->createIncidentAt(p.lon, p.lat); });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, m_alertModel, &AlertQueueModel::tick);
    connect(m_tick, &QTimer::timeout, m_unitModel, &UnitBoardModel::tick);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::updateBanners);
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
    m_stationMap->saveLayout();
    event->accept();
}

void MainWindow::createActions()
{
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        // The window and its floating docks (tool windows, which Qt counts as part of the window).
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        addAction(action);
        return action;
    };
    QMenu* alerts = menuBar()->addMenu(tr("&Alerts"));
    add(alerts, tr("&Acknowledge"), QKeySequence(Qt::Key_F2), [this] { m_actions->acknowledgeAlert(); });
    add(alerts, tr("Create &incident (links selected alerts)"), QKeySequence(Qt::Key_F3),
        [this] { m_actions->createIncidentFromAlerts(); });
    add(alerts, tr("&Take a call…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_actions->takeCall(); });
    add(alerts, tr("Set type and &priority…"), QKeySequence(Qt::CTRL | Qt::Key_P),
        [this] { m_actions->triageAlert(); });
    add(alerts, tr("&Link to the selected incident (duplicates)"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { m_actions->linkAlertsToIncident(); });
    add(alerts, tr("Clear &bracelet alarm…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        [this] { m_actions->clearBraceletAlarm(); });
    add(alerts, tr("&Open attachment…"), QKeySequence(Qt::CTRL | Qt::Key_O), [this] { m_actions->openAttachment(); });
    add(alerts, tr("Go to &queue"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_alertView->setFocus(); });

    QMenu* incidents = menuBar()->addMenu(tr("&Incidents"));
    add(incidents, tr("&Assign the first recommended unit"), QKeySequence(Qt::Key_F4),
        [this] { m_incidents->assignUnit(); });
    add(incidents, tr("Assign an&other unit (with a reason)…"), QKeySequence(Qt::SHIFT | Qt::Key_F4),
        [this] { m_incidents->assignOtherUnit(); });
    add(incidents, tr("&Edit type and priority…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { m_incidents->editIncident(); });
    add(incidents, tr("Add &note"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_incidents->addNote(); });
    add(incidents, tr("&Close"), QKeySequence(Qt::Key_F9), [this] { m_incidents->closeIncident(); });
    add(incidents, tr("Go to &incidents"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_incidents->setFocus(); });
    add(incidents, tr("Record &check…"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        auto* dialog = new RecordLookupDialog(m_session.conninfo(), m_incidents->selectedIncident(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    QMenu* units = menuBar()->addMenu(tr("&Units"));
    add(units, tr("&En route"), QKeySequence(Qt::Key_F5),
        [this] { m_actions->setSelectedUnitStatus(QStringLiteral("en_route")); });
    add(units, tr("On &scene"), QKeySequence(Qt::Key_F6),
        [this] { m_actions->setSelectedUnitStatus(QStringLiteral("on_scene")); });
    add(units, tr("&Available"), QKeySequence(Qt::Key_F7),
        [this] { m_actions->setSelectedUnitStatus(QStringLiteral("available")); });
    add(units, tr("&Out of service"), QKeySequence(Qt::Key_F8),
        [this] { m_actions->setSelectedUnitStatus(QStringLiteral("out_of_service")); });
    add(units, tr("Officer &emergency (declare / clear)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [this] { m_actions->toggleEmergency(); });
    add(units, tr("&Welfare check done…"), QKeySequence(Qt::CTRL | Qt::Key_W), [this] { m_actions->welfareCheck(); });
    add(units, tr("Go to &units"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_unitView->setFocus(); });

    QMenu* map = menuBar()->addMenu(tr("&Map"));
    add(map, tr("Go to &map"), QKeySequence(Qt::CTRL | Qt::Key_4), [this] { m_map->setFocus(); });
    add(map, tr("&Centre on the selection"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
        const maps::LiveOverlay::Pick pick = m_map->overlay().selection();
        const auto& state = m_session.state();
        if (pick.target == maps::LiveOverlay::Target::Unit) {
            if (const core::Unit* u = state.unit(pick.id); u && u->position)
                m_map->centreOn(u->position->point);
        } else if (pick.target == maps::LiveOverlay::Target::Incident && state.incidents().contains(pick.id)) {
            if (const auto& loc = state.incidents()[pick.id].location)
                m_map->centreOn(*loc);
        } else if (pick.target == maps::LiveOverlay::Target::Alert && state.alerts().contains(pick.id)) {
            if (const auto& loc = state.alerts()[pick.id].location)
                m_map->centreOn(*loc);
        }
    });
    add(map, tr("&Follow the selected unit"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        if (m_map->followedUnit())
            m_map->setFollowedUnit(0);
        else if (const qint64 unit = m_actions->selectedUnit())
            m_map->setFollowedUnit(unit);
    });
    add(map, tr("&Home view"), QKeySequence(Qt::CTRL | Qt::Key_Home), [this] { m_map->goHome(); });
    add(map, tr("Make this the &home view"), QKeySequence(), [this] { m_map->setHomeView(m_map->view()); });
    add(map, tr("Create incident at the map &centre"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        if (const auto p = m_map->toLonLat(QPointF(m_map->width() / 2.0, m_map->height() / 2.0)))
            m_actions->createIncidentAt(p->lon, p->lat);
    });

    // The commander's review opens in its own window, once; it computes on its own connections.
    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    add(reports, tr("&Response-time review…"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        auto* view = findChild<CommanderView*>();
        if (!view) {
            view = new CommanderView(m_session.conninfo(), m_session.clock(), this);
            view->setWindowFlag(Qt::Window);
            view->setBaseMap(m_stationMap->baseLayers());
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

void MainWindow::loadMap(const QString& path)
{
    m_stationMap->load(path);
}

void MainWindow::applyStationSettings(const QJsonObject& settings)
{
    const QJsonObject alerts = settings.value(QLatin1String("alert_thresholds")).toObject();
    const int amber = alerts.value(QLatin1String("amber_s")).toInt(60);
    const int red = alerts.value(QLatin1String("red_s")).toInt(120);
    m_alertModel->setAgeThresholds(amber, red);
    m_map->overlay().setAgeThresholdsMs(qint64(amber) * 1000, qint64(red) * 1000);
    const QJsonObject welfare = settings.value(QLatin1String("welfare")).toObject();
    m_unitModel->setWelfareThresholds(welfare.value(QLatin1String("en_route_s")).toInt(15 * 60),
                                      welfare.value(QLatin1String("on_scene_s")).toInt(30 * 60));
    m_map->overlay().setStaleAfterMs(qint64(settings.value(QLatin1String("stale_fix_s")).toInt(120)) * 1000);
    m_map->update();
}

void MainWindow::connectSelection()
{
    using Target = maps::LiveOverlay::Target;
    // One selection across the map, the queue, the unit board and the incident panel.
    auto selectRow = [](QTableView* view, int row) {
        if (row < 0)
            return;
        view->selectRow(row);
        view->scrollTo(view->model()->index(row, 0));
    };
    connect(m_map, &maps::MapCanvas::picked, this, [this, selectRow](Target target, qint64 id) {
        if (target == Target::Unit)
            selectRow(m_unitView, m_unitModel->rowOf(id));
        else if (target == Target::Alert)
            selectRow(m_alertView, m_alertModel->rowOf(id));
        else if (target == Target::Incident)
            m_incidents->selectIncident(id);
    });
    connect(m_map, &maps::MapCanvas::activated, this, [this](Target target, qint64) {
        if (target == Target::Unit)
            m_unitView->setFocus();
        else if (target == Target::Alert)
            m_alertView->setFocus();
        else if (target == Target::Incident)
            m_incidents->setFocus();
    });
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_map->overlay().setSelection(Target::Unit, m_unitModel->unitIdAt(current.row()));
                m_map->update();
            });
    connect(m_alertView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_map->overlay().setSelection(Target::Alert, m_alertModel->alertIdAt(current.row()));
                m_map->update();
            });
    connect(m_incidents, &IncidentPanel::selectionChanged, this, [this](qint64 id) {
        if (id)
            m_map->overlay().setSelection(Target::Incident, id);
        m_map->update();
    });
}

void MainWindow::updateBanners()
{
    QStringList emergencies;
    for (qint64 id : m_unitModel->emergencyUnits()) {
        const core::Unit* u = m_session.state().unit(id);
        emergencies
            << tr("%1 since %2").arg(u->callSign, u->emergencySince.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    m_emergencyBanner->setVisible(!emergencies.isEmpty());
    if (!emergencies.isEmpty())
        m_emergencyBanner->setText(tr("OFFICER EMERGENCY: %1 — select the unit and press Ctrl+Shift+E when the officer "
                                      "is safe")
                                       .arg(emergencies.join(QStringLiteral(", "))));
    QStringList due;
    for (qint64 id : m_unitModel->welfareDueUnits())
        due << m_session.state().unit(id)->callSign;
    m_welfare->setVisible(!due.isEmpty());
    m_welfare->setText(tr("Welfare check due: %1 (Ctrl+W)").arg(due.join(QStringLiteral(", "))));
}

} // namespace centinela::ui
