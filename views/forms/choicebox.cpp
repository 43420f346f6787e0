#include "views/forms/choicebox.h"

#include <QComboBox>

QComboBox *makeChoiceBox(const QStringList &values, const QString &unsetText, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    if (!unsetText.isNull())
        box->addItem(unsetText, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    return box;
}

void setChoice(QComboBox *box, const QString &value)
{
    int index = box->findData(value.isNull() ? QString() : value);
    if (index < 0 && value.isEmpty())
        index = box->findData(QString());
    if (index < 0) {
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QString choice(const QComboBox *box)
{
    const QString value = box->currentData().toString();
    return value.isEmpty() ? QString() : value;
}
