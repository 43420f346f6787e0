#include "views/listbody.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *stateLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    // The service's error text is quoted: never rendered as markup.
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

ListBody::ListBody(QWidget *table, QWidget *parent)
    : QStackedWidget(parent)
    , m_table(table)
{
    addWidget(table);
    m_empty = stateLabel(u"emptyState"_s, this);
    addWidget(m_empty);

    m_errorPage = new QWidget(this);
    m_error = stateLabel(u"errorState"_s, m_errorPage);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try again"), m_errorPage);
    retry->setObjectName(u"retryButton"_s);
    connect(retry, &QPushButton::clicked, this, &ListBody::retryRequested);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch();
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    addWidget(m_errorPage);
}

void ListBody::showTable()
{
    setCurrentWidget(m_table);
}

void ListBody::showEmpty(const QString &text)
{
    m_empty->setText(text);
    setCurrentWidget(m_empty);
}

void ListBody::showError(const QString &text)
{
    m_error->setText(text);
    setCurrentWidget(m_errorPage);
}

bool ListBody::showsTable() const
{
    return currentWidget() == m_table;
}
