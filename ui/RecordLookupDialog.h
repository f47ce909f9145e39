#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace centinela::ui {

/// A record check from the desk (Ctrl+L): a name, document number or plate, for the selected
/// incident or a stated reason. The database searches and writes the audit row; the dialog shows
/// one card per result with its flags first (warrant, restraining order, unpaid fines, stolen).
/// The lookup runs off the UI thread.
class RecordLookupDialog : public QDialog
{
    Q_OBJECT
public:
    /// `incidentId` 0: no incident, a reason is then required.
    RecordLookupDialog(const QString& conninfo, qint64 incidentId, QWidget* parent = nullptr);

    /// Runs a lookup as if typed and confirmed (also used by tests).
    void lookup(const QString& text);
    /// The cards as HTML, flags first (for tests and printing).
    static QString cardsHtml(const QJsonObject& result);

Q_SIGNALS:
    void lookupDone(const QJsonObject& result, const QString& error);

private:
    void search();
    void showResult(const QJsonObject& result, const QString& error);

    QString m_conninfo;
    qint64 m_incidentId;
    QLineEdit* m_query;
    QComboBox* m_kind;
    QLineEdit* m_born; ///< year, date or age of birth: narrows name checks
    QLineEdit* m_reason;
    QPushButton* m_search;
    QTextBrowser* m_results;
    QLabel* m_status;
};

} // namespace centinela::ui
