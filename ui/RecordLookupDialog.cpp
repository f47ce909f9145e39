#include "RecordLookupDialog.h"

#include "records/RecordLookup.h"
#include "store/PgConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QThreadPool>
#include <QVBoxLayout>

namespace centinela::ui {

namespace {

QString flagText(const QString& flag, const QJsonObject& card)
{
    const QJsonObject fines = card.value(QLatin1String("fines")).toObject();
    if (flag == QLatin1String("warrant"))
        return RecordLookupDialog::tr("OUTSTANDING WARRANT");
    if (flag == QLatin1String("restraining_order"))
        return RecordLookupDialog::tr("ACTIVE RESTRAINING ORDER");
    if (flag == QLatin1String("unpaid_fines"))
        return RecordLookupDialog::tr("UNPAID FINES: %1 (%2)")
            .arg(fines.value(QLatin1String("unpaid")).toInt())
            .arg(fines.value(QLatin1String("amount")).toDouble(), 0, 'f', 2);
    if (flag == QLatin1String("stolen"))
        return RecordLookupDialog::tr("REPORTED STOLEN");
    if (flag == QLatin1String("owner_warrant"))
        return RecordLookupDialog::tr("OWNER HAS AN OUTSTANDING WARRANT");
    if (flag == QLatin1String("owner_restraining_order"))
        return RecordLookupDialog::tr("OWNER HAS AN ACTIVE RESTRAINING ORDER");
    return flag.toUpper();
}

QString escaped(const QJsonValue& v)
{
    return v.toVariant().toString().toHtmlEscaped();
}

QString personHtml(const QJsonObject& card)
{
    QString html = QStringLiteral("<b>%1</b> — %2 %3")
                       .arg(escaped(card.value(QLatin1String("name"))), RecordLookupDialog::tr("document"),
                            escaped(card.value(QLatin1String("document"))));
    if (!card.value(QLatin1String("birth_date")).isNull())
        html += QStringLiteral("<br>%1 %2")
                    .arg(RecordLookupDialog::tr("born"), escaped(card.value(QLatin1String("birth_date"))));
    if (!card.value(QLatin1String("address")).toString().isEmpty())
        html += QStringLiteral("<br>%1").arg(escaped(card.value(QLatin1String("address"))));
    for (const QJsonValue& w : card.value(QLatin1String("warrants")).toArray())
        html += QStringLiteral("<br>%1 %2: %3, %4")
                    .arg(RecordLookupDialog::tr("Warrant"), escaped(w[QLatin1String("number")]),
                         escaped(w[QLatin1String("offence")]), escaped(w[QLatin1String("court")]));
    for (const QJsonValue& o : card.value(QLatin1String("restraining_orders")).toArray())
        html += QStringLiteral("<br>%1 %2: %3 %4 (%5)")
                    .arg(RecordLookupDialog::tr("Restraining order"), escaped(o[QLatin1String("number")]),
                         RecordLookupDialog::tr("protects"), escaped(o[QLatin1String("protected_name")]),
                         escaped(o[QLatin1String("conditions")]));
    for (const QJsonValue& v : card.value(QLatin1String("vehicles")).toArray())
        html += QStringLiteral("<br>%1 %2 %3 %4 %5")
                    .arg(RecordLookupDialog::tr("Vehicle"), escaped(v[QLatin1String("plate")]),
                         escaped(v[QLatin1String("make")]), escaped(v[QLatin1String("model")]),
                         escaped(v[QLatin1String("colour")]));
    for (const QJsonValue& c : card.value(QLatin1String("crossings")).toArray())
        html += QStringLiteral("<br>%1 %2 %3 (%4)")
                    .arg(RecordLookupDialog::tr("Border crossing"), escaped(c[QLatin1String("at")]),
                         escaped(c[QLatin1String("post")]), escaped(c[QLatin1String("direction")]));
    return html;
}

} // namespace

RecordLookupDialog::RecordLookupDialog(const QString& conninfo, qint64 incidentId, QWidget* parent)
    : QDialog(parent)
    , m_conninfo(conninfo)
    , m_incidentId(incidentId)
    , m_query(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_born(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_results(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Record check"));
    m_query->setPlaceholderText(tr("Name, document number or plate"));
    m_kind->addItem(tr("Any"), QStringLiteral("any"));
    m_kind->addItem(tr("Name"), QStringLiteral("name"));
    m_kind->addItem(tr("Document"), QStringLiteral("document"));
    m_kind->addItem(tr("Plate"), QStringLiteral("plate"));
    m_born->setObjectName(QStringLiteral("born"));
    m_status->setObjectName(QStringLiteral("status"));
    m_born->setPlaceholderText(tr("Year, date or age: 1990, 12/03/1990, 35 años"));
    m_born->setToolTip(tr("Narrows a name check to people born then (an age means give or take three years). "
                          "People whose birth date the registry lacks are still shown, last."));
    m_reason->setPlaceholderText(incidentId > 0 ? tr("Optional") : tr("Required without an incident"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Look up:"), m_query);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Born:"), m_born);
    form->addRow(tr("Incident:"),
                 new QLabel(incidentId > 0 ? QStringLiteral("#%1").arg(incidentId) : tr("none"), this));
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_search, QDialogButtonBox::ActionRole);
    m_search->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QPushButton::clicked, this, &RecordLookupDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &RecordLookupDialog::search);
    connect(m_born, &QLineEdit::returnPressed, this, &RecordLookupDialog::search);
    connect(this, &RecordLookupDialog::lookupDone, this, &RecordLookupDialog::showResult);
    resize(640, 520);
}

void RecordLookupDialog::lookup(const QString& text)
{
    m_query->setText(text);
    search();
}

void RecordLookupDialog::search()
{
    if (m_query->text().trimmed().isEmpty())
        return;
    if (m_incidentId <= 0 && m_reason->text().trimmed().size() < 3) {
        m_status->setText(tr("State a reason for the check (or open it from an incident)."));
        m_reason->setFocus();
        return;
    }
    core::BirthRange born;
    QString bornError;
    if (!core::RecordLookup::parseBirth(m_born->text(), QDate::currentDate(), &born, &bornError)) {
        m_status->setText(tr("Born: write a year (1990), a date (12/03/1990) or an age (35 años)."));
        m_born->setFocus();
        return;
    }
    core::RecordQuery q;
    q.bornFrom = born.from;
    q.bornTo = born.to;
    q.text = m_query->text().trimmed();
    q.kind = m_kind->currentData().toString();
    q.incidentId = m_incidentId;
    q.reason = m_reason->text().trimmed();
    q.via = QStringLiteral("desk");
    m_search->setEnabled(false);
    m_status->setText(tr("Searching…"));
    // Off the UI thread; the answer comes back through a queued signal (dropped if the dialog closed).
    QPointer<RecordLookupDialog> self(this);
    const QString conninfo = m_conninfo;
    QThreadPool::globalInstance()->start([self, conninfo, q] {
        QJsonObject result;
        QString error;
        try {
            core::PgConnection db(conninfo);
            result = core::RecordLookup::lookup(db, q);
        } catch (const core::PgError& e) {
            error = e.message();
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, result, error] {
                if (self)
                    Q_EMIT self->lookupDone(result, error);
            });
    });
}

void RecordLookupDialog::showResult(const QJsonObject& result, const QString& error)
{
    m_search->setEnabled(true);
    if (!error.isEmpty()) {
        m_status->setText(tr("The check was refused: %1").arg(error));
        return;
    }
    const int n = int(result.value(QLatin1String("results")).toArray().size());
    m_results->setHtml(cardsHtml(result));
    m_status->setText(n == 0 ? tr("No records found. The check was recorded in the audit trail.")
                             : tr("%n result(s). The check was recorded in the audit trail.", nullptr, n));
}

QString RecordLookupDialog::cardsHtml(const QJsonObject& result)
{
    QString html;
    for (const QJsonValue& v : result.value(QLatin1String("results")).toArray()) {
        const QJsonObject card = v.toObject();
        html += QStringLiteral("<p>");
        const QJsonArray flags = card.value(QLatin1String("flags")).toArray();
        for (const QJsonValue& f : flags)
            html += QStringLiteral("<span style='color:#b00020;font-weight:bold'>⚠ %1</span><br>")
                        .arg(flagText(f.toString(), card).toHtmlEscaped());
        if (flags.isEmpty())
            html += QStringLiteral("<span style='color:#2e7d32'>%1</span><br>").arg(tr("No flags"));
        if (card.value(QLatin1String("type")).toString() == QLatin1String("vehicle")) {
            html += QStringLiteral("<b>%1</b> %2 %3 %4 %5")
                        .arg(escaped(card.value(QLatin1String("plate"))), escaped(card.value(QLatin1String("make"))),
                             escaped(card.value(QLatin1String("model"))), escaped(card.value(QLatin1String("colour"))),
                             escaped(card.value(QLatin1String("year"))));
            const QJsonObject owner = card.value(QLatin1String("owner")).toObject();
            if (!owner.isEmpty())
                html += QStringLiteral("<br>%1: ").arg(tr("Owner")) + personHtml(owner);
        } else {
            html += personHtml(card);
        }
        html += QStringLiteral("</p><hr>");
    }
    return html;
}

} // namespace centinela::ui
