#include "views/journal/journalwindow.h"

#include "views/widgets/messagebar.h"

#include "models/journal/changejournal.h"
#include "models/journal/journalexport.h"
#include "models/journal/journaltablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

JournalWindow::JournalWindow(ChangeJournal *journal, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_journal(journal)
    , m_model(new JournalTableModel(this))
{
    setObjectName(u"journalWindow"_s);
    setWindowTitle(tr("Journal"));

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"journalMessageBar"_s);

    m_account = new QComboBox(this);
    m_account->setObjectName(u"journalAccountFilter"_s);
    m_account->setAccessibleName(tr("Account"));
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    m_oneDay = new QCheckBox(tr("Only &on"), this);
    m_oneDay->setObjectName(u"journalOneDay"_s);
    m_oneDay->setAccessibleName(tr("Only on one day"));
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(u"journalDay"_s);
    m_day->setAccessibleName(tr("Day"));
    m_day->setCalendarPopup(true);
    m_day->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(accountLabel);
    filters->addWidget(m_account, 1);
    filters->addSpacing(12);
    filters->addWidget(m_oneDay);
    filters->addWidget(m_day);

    m_table = new QTableView(this);
    m_table->setObjectName(u"journalTable"_s);
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons

    m_count = new QLabel(this);
    m_count->setObjectName(u"journalCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"journalExport"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_export, &QPushButton::clicked, this, &JournalWindow::exportShown);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_account, &QComboBox::currentIndexChanged, this, &JournalWindow::applyFilter);
    connect(m_oneDay, &QCheckBox::toggled, m_day, &QWidget::setEnabled);
    connect(m_oneDay, &QCheckBox::toggled, this, &JournalWindow::applyFilter);
    connect(m_day, &QDateEdit::dateChanged, this, &JournalWindow::applyFilter);
    if (m_journal) {
        connect(m_journal, &ChangeJournal::appended, this, &JournalWindow::onAppended);
        connect(m_journal, &ChangeJournal::writeFailed, this, &JournalWindow::showWriteFailure);
    }
    resize(1280, 560);
    reload();
}

void JournalWindow::reload()
{
    const ChangeJournal::Contents contents =
        m_journal ? m_journal->read() : ChangeJournal::Contents();
    m_model->setEntries(contents.entries);
    fillAccounts();
    applyFilter();
    m_messageBar->hideMessage();
    if (m_journal && !m_journal->lastWriteError().isEmpty())
        showWriteFailure(m_journal->lastWriteError());
    else if (!contents.error.isEmpty())
        m_messageBar->showMessage(MessageBar::Type::Error,
            tr("The journal file cannot be read: %1").arg(contents.error));
    else if (contents.damagedLines > 0)
        m_messageBar->showMessage(MessageBar::Type::Warning,
            tr("%n damaged line(s) of the journal file were skipped.", nullptr,
                contents.damagedLines));
}

void JournalWindow::showWriteFailure(const QString &reason)
{
    m_messageBar->showMessage(MessageBar::Type::Error,
        tr("The journal file cannot be written: %1. Changes are shown here until SipDesk closes.")
            .arg(reason));
}

void JournalWindow::onAppended(const JournalEntry &entry)
{
    m_model->append(entry);
    if (m_account->findData(entry.account) < 0)
        fillAccounts();
    updateCount();
}

void JournalWindow::fillAccounts()
{
    const QString chosen = m_account->currentData().toString();
    const QSignalBlocker quiet(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    for (const JournalTableModel::AccountChoice &choice : m_model->accounts())
        m_account->addItem(choice.label, choice.account);
    m_account->setCurrentIndex(std::max(0, m_account->findData(chosen)));
}

void JournalWindow::applyFilter()
{
    m_model->setFilter(
        m_account->currentData().toString(), m_oneDay->isChecked() ? m_day->date() : QDate());
    m_table->resizeColumnsToContents();
    // Long names and messages are cut (the tooltip has them whole): every column stays in sight.
    constexpr int kWidest = 240;
    for (int column = 0; column < m_model->columnCount() - 1; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kWidest));
    updateCount();
}

void JournalWindow::updateCount()
{
    m_count->setText(tr("Changes shown: %1").arg(m_model->rowCount()));
    m_export->setEnabled(m_model->rowCount() > 0);
}

bool JournalWindow::exportTo(const QString &path, QString *error) const
{
    const QList<JournalEntry> entries = m_model->shownEntries();
    const QByteArray bytes = path.endsWith(u".csv"_s, Qt::CaseInsensitive)
        ? JournalExport::toCsv(entries)
        : JournalExport::toJson(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void JournalWindow::exportShown()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"sipdesk-journal-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString csv = tr("CSV files (*.csv)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Journal"),
        folder + u'/' + name, csv + u";;"_s + tr("JSON files (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == csv ? u".csv"_s : u".json"_s;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export failed"),
            tr("The file could not be written: %1").arg(error), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the path is the user's text
        box.exec();
        return;
    }
    m_count->setText(tr("Exported to %1.").arg(path));
}
