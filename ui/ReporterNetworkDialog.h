#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace centinela::core {
class PgConnection;
}

namespace centinela::ui {

/// The vetted reporter network, for the admin role: found members, record invitations, member
/// approvals and the police's background check, give strikes, reinstate. The database decides
/// who is approved (enough approvals and the check) and suspends at the strike limit.
class ReporterNetworkDialog : public QDialog
{
    Q_OBJECT
public:
    ReporterNetworkDialog(const QString& conninfo, QWidget* parent = nullptr);
    ~ReporterNetworkDialog() override;

public Q_SLOTS:
    void reload();

private:
    int selectedReporter() const;
    /// Runs an admin function; shows the database's refusal to the admin.
    bool run(const QByteArray& sql, const std::vector<std::optional<QByteArray>>& params);
    void found();
    void invite();
    void approve();
    void backgroundCheck(bool passed);
    void strike();
    void reinstate();

    QString m_conninfo;
    std::unique_ptr<core::PgConnection> m_db;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace centinela::ui
