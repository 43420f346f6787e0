#include "views/forms/unsavedchangesquestion.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

UnsavedChangesQuestion::UnsavedChangesQuestion(QWidget *form)
    : QObject(form)
    , m_form(form)
{ }

void UnsavedChangesQuestion::ask(const QString &text, const std::function<void(bool closed)> &done)
{
    m_waiters.append(done);
    if (m_box) {
        m_box->raise();
        return;
    }
    m_box = new QMessageBox(
        QMessageBox::Warning, m_form->windowTitle(), text, QMessageBox::NoButton, m_form);
    m_box->setObjectName(u"unsavedChangesBox"_s);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = m_box->addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *keep = m_box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    m_box->setDefaultButton(keep);
    m_box->setEscapeButton(keep);
    QMessageBox *box = m_box;
    connect(box, &QMessageBox::finished, this,
        [this, box, discard] { emit answered(box->clickedButton() == discard); });
    box->open();
}

QList<std::function<void(bool closed)>> UnsavedChangesQuestion::settle()
{
    if (m_box) {
        m_box->disconnect(this);
        m_box->close();
        m_box = nullptr;
    }
    return std::exchange(m_waiters, {});
}
