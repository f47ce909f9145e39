#include "CallTakingDialog.h"

#include "Labels.h"
#include "domain/IncidentTypes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace centinela::ui {

CallTakingDialog::CallTakingDialog(PlaceSearch search, std::optional<core::GeoPoint> mapCentre,
                                   const QDateTime& answeredAt, QWidget* parent)
    : QDialog(parent)
    , m_search(std::move(search))
    , m_mapCentre(mapCentre)
    , m_answeredAt(answeredAt)
    , m_channel(new QComboBox(this))
    , m_caller(new QLineEdit(this))
    , m_callback(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_places(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_priority(new QSpinBox(this))
    , m_questions(new QFormLayout)
    , m_said(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("callTaking"));
    setWindowTitle(tr("Take a call"));
    for (const char* c : {"phone", "radio", "front_desk", "hotline"})
        m_channel->addItem(channelLabel(QString::fromLatin1(c)), QString::fromLatin1(c));
    m_caller->setPlaceholderText(tr("Name, or leave empty if they will not say"));
    m_callback->setPlaceholderText(tr("Number to call back"));
    m_location->setObjectName(QStringLiteral("callLocation"));
    m_location->setPlaceholderText(tr("Street, place or \"street y street\" — Enter searches the map"));
    m_places->setObjectName(QStringLiteral("callPlaces"));
    m_places->addItem(tr("(no location yet)"));
    if (m_mapCentre)
        m_places->addItem(tr("Where the map is centred"),
                          QVariant::fromValue(QPointF(m_mapCentre->lon, m_mapCentre->lat)));
    for (const core::IncidentType& t : core::IncidentTypes::all())
        m_type->addItem(incidentTypeLabel(t.code), t.code);
    m_type->setObjectName(QStringLiteral("callType"));
    m_type->setCurrentIndex(m_type->findData(QStringLiteral("unknown")));
    m_priority->setRange(1, 5);
    m_priority->setValue(3);
    m_said->setPlaceholderText(tr("What the caller says"));
    m_said->setTabChangesFocus(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828;"));

    auto* form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Caller:"), m_caller);
    form->addRow(tr("Call&back:"), m_callback);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Found:"), m_places);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Priority (1 = highest):"), m_priority);
    auto* questions = new QGroupBox(tr("Ask"), this);
    questions->setLayout(m_questions);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* incident = buttons->addButton(tr("Create &incident (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    QPushButton* queue = buttons->addButton(tr("To the &queue"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    incident->setDefault(false);
    incident->setAutoDefault(false);
    queue->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(questions);
    layout->addWidget(new QLabel(tr("What was &said:"), this));
    layout->addWidget(m_said, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_location, &QLineEdit::returnPressed, this, &CallTakingDialog::findPlace);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CallTakingDialog::typeChanged);
    connect(incident, &QPushButton::clicked, this, [this] { finish(true); });
    connect(queue, &QPushButton::clicked, this, [this] { finish(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this] { finish(true); });
    typeChanged();
    resize(560, 640);
}

void CallTakingDialog::findPlace()
{
    const QString query = m_location->text().trimmed();
    if (query.isEmpty() || !m_search)
        return;
    const QList<Place> found = m_search(query);
    m_places->clear();
    if (found.isEmpty())
        m_places->addItem(tr("Not found on the map — kept as text"));
    for (const Place& p : found)
        m_places->addItem(p.label, QVariant::fromValue(QPointF(p.point.lon, p.point.lat)));
    if (m_mapCentre)
        m_places->addItem(tr("Where the map is centred"),
                          QVariant::fromValue(QPointF(m_mapCentre->lon, m_mapCentre->lat)));
    m_places->setCurrentIndex(0);
    m_places->setFocus();
}

void CallTakingDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_priority->setValue(core::IncidentTypes::find(type).defaultPriority);
    while (m_questions->rowCount() > 0)
        m_questions->removeRow(0);
    m_answers.clear();
    for (const QString& q : incidentTypeQuestions(type)) {
        auto* answer = new QLineEdit(this);
        m_answers << answer;
        auto* label = new QLabel(q, this);
        label->setWordWrap(true);
        m_questions->addRow(label, answer);
    }
}

void CallTakingDialog::finish(bool incident)
{
    if (incident && !m_places->currentData().isValid() && m_location->text().trimmed().isEmpty()) {
        m_problem->setText(tr("An incident needs a location: type an address and press Enter, or send the call to "
                              "the queue."));
        m_location->setFocus();
        return;
    }
    m_incident = incident;
    accept();
}

QJsonObject CallTakingDialog::alert() const
{
    QStringList body;
    if (!m_said->toPlainText().trimmed().isEmpty())
        body << m_said->toPlainText().trimmed();
    const QStringList questions = incidentTypeQuestions(m_type->currentData().toString());
    for (int i = 0; i < m_answers.size() && i < questions.size(); ++i)
        if (!m_answers[i]->text().trimmed().isEmpty())
            body << questions[i] + QLatin1Char(' ') + m_answers[i]->text().trimmed();
    if (!m_caller->text().trimmed().isEmpty())
        body << tr("Caller: %1").arg(m_caller->text().trimmed());
    if (!m_callback->text().trimmed().isEmpty())
        body << tr("Callback: %1").arg(m_callback->text().trimmed());
    body.prepend(tr("[%1] %2").arg(incidentTypeLabel(m_type->currentData().toString()),
                                   body.isEmpty() ? tr("(nothing said)") : body.takeFirst()));
    QJsonObject a{{QStringLiteral("channel"), m_channel->currentData().toString()},
                  {QStringLiteral("body"), body.join(QLatin1Char('\n'))},
                  {QStringLiteral("priority"), m_priority->value()},
                  {QStringLiteral("received_at"), m_answeredAt.toUTC().toString(Qt::ISODateWithMs)}};
    const QString text = m_places->currentData().isValid() ? m_places->currentText() : m_location->text().trimmed();
    if (!text.isEmpty())
        a.insert(QStringLiteral("location_text"), text);
    if (m_places->currentData().isValid()) {
        const QPointF p = m_places->currentData().toPointF();
        a.insert(QStringLiteral("lon"), p.x());
        a.insert(QStringLiteral("lat"), p.y());
    }
    return a;
}

QJsonObject CallTakingDialog::incident() const
{
    QJsonObject i{{QStringLiteral("type"), m_type->currentData().toString()},
                  {QStringLiteral("priority"), m_priority->value()}};
    const QJsonObject a = alert();
    if (a.contains(QLatin1String("lon"))) {
        i.insert(QStringLiteral("lon"), a.value(QLatin1String("lon")));
        i.insert(QStringLiteral("lat"), a.value(QLatin1String("lat")));
        // The operator found or chose the place: it must not be replaced by a message's pin later.
        i.insert(QStringLiteral("location_source"), QStringLiteral("address"));
    }
    if (a.contains(QLatin1String("location_text")))
        i.insert(QStringLiteral("address"), a.value(QLatin1String("location_text")));
    return i;
}

} // namespace centinela::ui
