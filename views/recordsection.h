#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QSplitter;
class RecordListPage;

// One of the main window's page tabs: the list page of a kind listed at the
// account's top level (credential lists) and, below it, the pages of its
// member kinds (credentials), which show the members of the one record
// selected above — and nothing, with a hint, while none or several are.
class RecordSection : public QWidget
{
    Q_OBJECT

public:
    // The page becomes a child of this section.
    explicit RecordSection(RecordListPage *mainPage, QWidget *parent = nullptr);
    ~RecordSection() override;

    // A page of a member kind of the main page's kind.
    void addMemberPage(RecordListPage *page);

    RecordListPage *mainPage() const { return m_mainPage; }
    const QList<RecordListPage *> &memberPages() const { return m_memberPages; }
    bool holds(const RecordListPage *page) const;
    // The page with the keyboard focus, else the main page: what Find,
    // Refresh and New act on.
    RecordListPage *activePage() const;
    // "Credential Lists"
    QString title() const;

private:
    void followSelection();
    void updateHeading(int index);

    RecordListPage *m_mainPage;
    QList<RecordListPage *> m_memberPages;
    QList<QLabel *> m_headings; // parallel to m_memberPages
    QSplitter *m_splitter = nullptr;
};
